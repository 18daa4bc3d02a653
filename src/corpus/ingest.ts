import type { DocInput } from '../engine/types.ts'
import type { ReadItem } from '../ingest/read.ts'
import { createAnalysisPool, type AnalysisPoolOptions } from '../jobs/analysis-pool.ts'
import { contentHash, sourceHash } from './content-hash.ts'
import type { Store } from './types.ts'

/** What an ingest did. */
export interface IngestSummary {
  ingested: number
  duplicates: number
  failed: number
  seconds: number
}

/** Counts so far, reported after every document. */
export interface IngestProgress {
  done: number
  ingested: number
  duplicates: number
  failed: number
}

export interface IngestOptions extends AnalysisPoolOptions {
  /** called after each document is written (or found to be a duplicate) */
  onProgress?: (progress: IngestProgress) => void
  /** called with each failure as it is recorded */
  onFailure?: (source: string, error: string) => void
  /** stop reading new documents; those being analysed are still written */
  signal?: AbortSignal
}

const BATCH = 32

async function* batches(items: AsyncIterable<ReadItem>, size: number, signal?: AbortSignal): AsyncGenerator<ReadItem[]> {
  let batch: ReadItem[] = []
  for await (const item of items) {
    if (signal?.aborted) break
    batch.push(item)
    if (batch.length >= size) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0 && !signal?.aborted) yield batch
}

function errorProblems(report: { problems: { severity?: string; message: string }[] }): string | null {
  const broken = report.problems.filter((p) => (p.severity ?? 'error') === 'error')
  return broken.length > 0 ? broken.map((p) => p.message).join('; ') : null
}

/**
 * Analyses documents on worker threads and writes them to a store, each in its own transaction.
 * Documents are keyed by content hash: one already stored (or met earlier in the same run) counts
 * as a duplicate and only its source is recorded. A document that cannot be read, or whose analysis
 * fails in full or in part, is recorded as failed with its error; the next ingest retries it.
 * A store error stops the run and is thrown once the documents in flight are settled.
 *
 * @example
 * const store = await openStore('unspun.db')
 * const summary = await ingestDocuments(store, readDocuments(['examples/']), { workers: 2 })
 */
export async function ingestDocuments(store: Store, items: AsyncIterable<ReadItem>, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now()
  const counts = { done: 0, ingested: 0, duplicates: 0, failed: 0 }
  const { onProgress, onFailure, signal, ...poolOptions } = options
  const pool = createAnalysisPool(poolOptions)
  const maxInFlight = pool.size * 4
  const inFlight = new Set<Promise<void>>()
  const seen = new Set<string>()
  let storeError: unknown = null

  const settle = (outcome: 'ingested' | 'duplicates' | 'failed') => {
    counts[outcome]++
    counts.done++
    onProgress?.({ ...counts })
  }
  const fail = async (hash: string, source: string, error: string, doc?: DocInput, report?: Parameters<Store['addFailure']>[0]['report']) => {
    await store.addFailure({ hash, source, error, text: doc?.text, title: doc?.title, issuer: doc?.issuer, published: doc?.published, report })
    onFailure?.(source, error)
    settle('failed')
  }

  const analyse = async (hash: string, source: string, doc: DocInput) => {
    let output
    try {
      output = await pool.run({ doc: { ...doc, source: doc.source ?? source } })
    } catch (error) {
      await fail(hash, source, `analysis failed: ${(error as Error).message}`, doc)
      return
    }
    const problems = errorProblems(output.report)
    if (problems) {
      await fail(hash, source, problems, doc, output.report)
      return
    }
    const outcome = await store.addReport({ hash, source, report: output.report, rows: output.rows })
    settle(outcome === 'duplicate' ? 'duplicates' : 'ingested')
  }

  const track = (work: Promise<void>) => {
    const p = work.catch((error: unknown) => {
      storeError ??= error
    }).finally(() => inFlight.delete(p))
    inFlight.add(p)
  }

  try {
    for await (const batch of batches(items, BATCH, signal)) {
      if (storeError) break
      const hashes = batch.map((item) => (item.doc ? contentHash(item.doc.text) : sourceHash(item.source)))
      const stored = await store.existing(hashes.filter((_, i) => batch[i].doc))
      for (let i = 0; i < batch.length && !storeError; i++) {
        const item = batch[i]
        const hash = hashes[i]
        if (!item.doc) {
          await fail(hash, item.source, item.error.message)
          continue
        }
        if (stored.has(hash) || seen.has(hash)) {
          await store.addSource(hash, item.doc.source ?? item.source)
          settle('duplicates')
          continue
        }
        seen.add(hash)
        while (inFlight.size >= maxInFlight) await Promise.race(inFlight)
        track(analyse(hash, item.doc.source ?? item.source, item.doc))
      }
    }
    await Promise.all(inFlight)
  } finally {
    await Promise.allSettled(inFlight)
    await pool.close()
  }
  if (storeError) throw storeError
  return { ingested: counts.ingested, duplicates: counts.duplicates, failed: counts.failed, seconds: Math.round((performance.now() - started) / 10) / 100 }
}
