import { availableParallelism } from 'node:os'
import type { ReportRows } from '../corpus/report-rows.ts'
import type { DocInput } from '../engine/types.ts'
import type { Report } from '../report/schema.ts'
import { createWorkerPool, workerScript, type WorkerPool } from './worker-pool.ts'

/** How every worker sets up its analyzer. */
export interface AnalysisWorkerData {
  /** analyzer ids or prefixes to leave out */
  disable?: readonly string[]
  /** reference date for documents that carry none */
  published?: string | null
  /** URL or path of a module whose default export is the analyzers to run instead of the built-in ones */
  analyzersModule?: string
}

export interface AnalysisInput {
  doc: DocInput
}

export interface AnalysisOutput {
  report: Report
  rows: ReportRows
}

export interface AnalysisPoolOptions extends AnalysisWorkerData {
  /** worker threads; default the number of cores */
  workers?: number
  /** a document analysed for longer than this fails and its worker is replaced; default 120 s */
  taskTimeoutMs?: number
}

/**
 * Worker threads that each hold one analyzer and turn documents into reports and store rows.
 *
 * @example
 * const pool = createAnalysisPool({ workers: 2 })
 * const { report } = await pool.run({ doc: { text } })
 * await pool.close()
 */
export function createAnalysisPool(options: AnalysisPoolOptions = {}): WorkerPool<AnalysisInput, AnalysisOutput> {
  const { workers = availableParallelism(), taskTimeoutMs = 120_000, ...data } = options
  return createWorkerPool<AnalysisInput, AnalysisOutput>({
    script: workerScript('./analysis-worker', import.meta.url),
    size: workers,
    workerData: { disable: data.disable ? [...data.disable] : undefined, published: data.published ?? null, analyzersModule: data.analyzersModule },
    taskTimeoutMs,
  })
}
