import { availableParallelism } from 'node:os'
import { createAnalyzer, type UnspunAnalyzer } from '../index.ts'
import { createWorkerPool, workerScript } from '../jobs/worker-pool.ts'
import type { Report } from '../report/schema.ts'
import { createAnalysisCache } from './analysis-cache.ts'
import { runJob, type AnalysisJob, type AnalysisResult, type DocumentSource } from './analysis-job.ts'

/** Why the pool gave no report: too many documents waiting, the server closing, or the analysis failing. */
export type RejectionReason = 'busy' | 'closed' | 'failed'

/** The pool could not analyse a document; `reason` says why. */
export class AnalysisRejected extends Error {
  readonly reason: RejectionReason
  constructor(reason: RejectionReason, message: string) {
    super(message)
    this.name = 'AnalysisRejected'
    this.reason = reason
  }
}

/** The input could not be read as a document (no text, malformed HTML); the message says why. */
export class UnreadableInput extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnreadableInput'
  }
}

export interface AnalysisPoolOptions {
  /** worker threads; 0 analyses on the calling thread (then nothing can stop a running analysis) */
  workers?: number
  /** documents that may be waiting or in analysis at once before new ones are refused as busy */
  maxPending?: number
  /** an analysis running longer than this is stopped and its worker replaced; default 30 s */
  taskTimeoutMs?: number
  /** analyzer ids or prefixes to leave out */
  disable?: string[]
  /** how many bytes of recent reports to keep, to answer a document sent again without analysing it; default 64 MiB, 0 for none */
  cacheBytes?: number
}

export interface AnalysisPool {
  readonly workers: number
  /** Resolves once every worker has loaded its analyzer. */
  ready(): Promise<void>
  /** The report as a JSON string (serialised on the worker, so the server thread only sends it on). */
  analyzeToJson(source: DocumentSource): Promise<string>
  /** The report as an object. */
  analyzeToReport(source: DocumentSource): Promise<Report>
  /** Refuses new documents, waits for those pending, and stops the workers. */
  close(): Promise<void>
}

const WARM_UP: DocumentSource = { format: 'text', content: 'The pool started on Monday.', source: 'warm-up' }

function unwrap(result: AnalysisResult): string {
  if (result.ok) return result.json
  if (result.failure.kind === 'input') throw new UnreadableInput(result.failure.message)
  throw new AnalysisRejected('failed', `The analysis failed: ${result.failure.message}`)
}

/**
 * The server's analysis workers: each thread holds one analyzer (src/jobs worker pool); documents
 * are read (text or HTML) and analysed on the workers, and at most `maxPending` wait at once so an
 * overloaded server answers "busy" at once instead of queueing without end. Reports of recent
 * documents are kept (see AnalysisCache), so one sent again is not analysed twice.
 *
 * @example
 * const pool = createServerPool({ workers: 2 })
 * const json = await pool.analyzeToJson({ format: 'text', content: 'NATO troops arrived.', source: 'request' })
 * await pool.close()
 */
export function createServerPool(options: AnalysisPoolOptions = {}): AnalysisPool {
  const workers = options.workers ?? availableParallelism()
  const maxPending = options.maxPending ?? 256
  const cache = createAnalysisCache(options.cacheBytes ?? 64 * 1024 * 1024)
  let nextId = 1
  let closing = false
  const pending = new Set<Promise<unknown>>()
  let analyzer: UnspunAnalyzer | undefined
  const inline = (job: AnalysisJob) => runJob((doc) => (analyzer ??= createAnalyzer({ disable: options.disable })).analyze(doc), job)
  const pool =
    workers === 0
      ? null
      : createWorkerPool<AnalysisJob, AnalysisResult>({
          script: workerScript('./analysis-worker', import.meta.url),
          size: workers,
          workerData: { disable: options.disable },
          taskTimeoutMs: options.taskTimeoutMs ?? 30_000,
        })

  const submit = (source: DocumentSource): Promise<string> => {
    if (closing) return Promise.reject(new AnalysisRejected('closed', 'The server is shutting down; send the request again once it is back.'))
    const cached = cache.get(source)
    if (cached !== undefined) return Promise.resolve(cached)
    if (pending.size >= maxPending) return Promise.reject(new AnalysisRejected('busy', `${pending.size} documents are waiting for analysis; try again shortly.`))
    const job: AnalysisJob = { id: nextId++, source }
    const work = pool
      ? pool.run(job).catch((error: Error) => {
          throw new AnalysisRejected('failed', error.message)
        })
      : Promise.resolve().then(() => inline(job))
    const tracked = work.finally(() => pending.delete(tracked))
    pending.add(tracked)
    return tracked.then((result) => {
      const json = unwrap(result)
      cache.set(source, json)
      return json
    })
  }

  return {
    workers,
    async ready() {
      // One small document per worker: each worker takes one task at a time, so every worker loads its analyzer.
      await Promise.all(Array.from({ length: Math.max(1, workers) }, (_, i) => submit({ ...WARM_UP, content: `${WARM_UP.content} ${i}` })))
    },
    analyzeToJson(source) {
      return submit(source)
    },
    async analyzeToReport(source) {
      return JSON.parse(await submit(source)) as Report
    },
    async close() {
      closing = true
      await Promise.allSettled([...pending])
      await pool?.close()
    },
  }
}
