import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { contentHash } from '../src/corpus/content-hash.ts'
import { ingestDocuments } from '../src/corpus/ingest.ts'
import { reportRows } from '../src/corpus/report-rows.ts'
import { openSqliteStore } from '../src/corpus/sqlite/store.ts'
import { ISSUERS, syntheticCorpus } from '../src/corpus/test-support/synthetic-corpus.ts'
import type { SearchQuery, Store } from '../src/corpus/types.ts'
import type { Report } from '../src/report/schema.ts'
import type { ReadItem } from '../src/ingest/read.ts'
import { createAnalysisPool } from '../src/jobs/analysis-pool.ts'
import { createProgress } from '../src/jobs/progress.ts'
import { seededRandom } from '../src/models/seeded-random.ts'
import { TECHNIQUES } from '../src/report/techniques.ts'

export interface StoreBenchOptions {
  /** documents in the store that is measured for size and search */
  docs: number
  /** documents ingested through analysis (default: all of them); the rest are copies of their reports, written straight to the store */
  ingestDocs?: number
  /** documents analysed without a store for the raw throughput */
  rawDocs: number
  workers: number
  queries: number
  /** keep the store file in this folder instead of a temporary one */
  keep?: string
}

export interface StoreBenchResult {
  rawDocsPerSecond: number
  ingestDocsPerSecond: number
  ingestSeconds: number
  ingested: number
  /** documents written as copies of analysed reports, and how long that took */
  copied: number
  copySeconds: number
  storeBytes: number
  searchP50: number
  searchP95: number
  searchMax: number
  hitsPerQuery: number
}

async function* generated(count: number, seed: number): AsyncGenerator<ReadItem> {
  const next = syntheticCorpus({ seed })
  for (let i = 0; i < count; i++) {
    const doc = next()
    yield { source: `bench:${doc.id}`, doc }
  }
}

/** Raw analysis throughput: the same worker pool, no store. */
async function rawThroughput(docs: number, workers: number): Promise<number> {
  const started = performance.now()
  const pool = createAnalysisPool({ workers })
  const inFlight = new Set<Promise<unknown>>()
  try {
    for await (const item of generated(docs, 99)) {
      while (inFlight.size >= workers * 4) await Promise.race(inFlight)
      const p: Promise<unknown> = pool.run({ doc: item.doc! }).finally(() => inFlight.delete(p))
      inFlight.add(p)
    }
    await Promise.all(inFlight)
  } finally {
    await pool.close()
  }
  return docs / ((performance.now() - started) / 1000)
}

/**
 * Fills the store up to `total` documents with copies of the analysed reports: each copy gets a
 * reference line at the end of its text (so every offset stays valid), another issuer and another
 * date. A corpus of realistic size for the size and search figures, without analysing it all.
 */
async function fillWithCopies(store: Store, total: number, seed: number): Promise<number> {
  const originals: Report[] = []
  for await (const doc of store.documents()) if (doc.report) originals.push(doc.report)
  const random = seededRandom(seed)
  let written = 0
  for (let i = originals.length; i < total; i++) {
    const base = originals[i % originals.length]
    const text = `${base.document.text}\n\nCopy ${i}.`
    const day = `${2023 + Math.floor(random() * 3)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
    const report: Report = { ...base, document: { ...base.document, id: `copy-${i}`, text, published: day, issuer: ISSUERS[Math.floor(random() * ISSUERS.length)] } }
    await store.addReport({ hash: contentHash(text), source: `bench:copy-${i}`, report, rows: reportRows(report) })
    written++
  }
  return written
}

const WORDS = ['troops', 'border', 'sanctions', 'exercise', 'ministry', 'energy', 'government', 'journalists', 'deployment', 'statement', 'families', 'security', 'prices', 'water', 'region', 'contract', 'audit', 'protest', 'drills', 'election']
const PHRASES = ['"armed group"', '"foreign affairs"', '"national defence"', 'nato OR sco', 'troops -exercise', '"energy security"']
const FUNCTIONS = ['report', 'opinion', 'call_to_action', 'quote', 'question'] as const

/** The search queries of the bench: words, phrases and OR/NOT queries, each with one filter or none. */
export function benchQueries(count: number): SearchQuery[] {
  const random = seededRandom(5)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  return Array.from({ length: count }, () => {
    const q: SearchQuery = { text: random() < 0.25 ? pick(PHRASES) : random() < 0.9 ? pick(WORDS) : '', limit: 20 }
    const filter = random()
    if (filter < 0.2) q.issuer = pick(ISSUERS).split(' ')[0]
    else if (filter < 0.4) q.technique = pick(TECHNIQUES).id
    else if (filter < 0.55) q.cameo = String(1 + Math.floor(random() * 20)).padStart(2, '0')
    else if (filter < 0.7) q.function = pick(FUNCTIONS)
    else if (filter < 0.85) {
      const year = 2023 + Math.floor(random() * 3)
      q.from = `${year}-01-01`
      q.to = `${year}-06-30`
    }
    return q
  })
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/**
 * Measures the corpus store on a generated corpus: raw analysis throughput with the worker pool,
 * ingest throughput into SQLite with the same pool, the store's size, and search latency.
 */
export async function runStoreBench(options: StoreBenchOptions, log: (line: string) => void): Promise<StoreBenchResult> {
  const ingestDocs = Math.min(options.ingestDocs ?? options.docs, options.docs)
  // Raw throughput is measured before and after the ingest, so a change in machine load between them evens out.
  log(`raw analysis: ${options.rawDocs.toLocaleString('en-US')} documents on ${options.workers} workers…`)
  const rawBefore = await rawThroughput(options.rawDocs, options.workers)
  const dir = options.keep ?? mkdtempSync(join(tmpdir(), 'unspun-bench-'))
  const path = join(dir, 'bench.db')
  rmSync(path, { force: true })
  try {
    log(`ingest: ${ingestDocs.toLocaleString('en-US')} documents into ${path}…`)
    const store = openSqliteStore(path)
    const progress = createProgress({ stream: process.stderr, total: ingestDocs, lineIntervalMs: 10_000 })
    const summary = await ingestDocuments(store, generated(ingestDocs, 1), { workers: options.workers, onProgress: () => progress.advance() })
    progress.stop()
    if (summary.ingested !== ingestDocs) throw new Error(`expected ${ingestDocs} documents stored, got ${JSON.stringify(summary)}`)
    log(`raw analysis again: ${options.rawDocs.toLocaleString('en-US')} documents…`)
    const rawAfter = await rawThroughput(options.rawDocs, options.workers)
    let copied = 0
    let copySeconds = 0
    if (options.docs > ingestDocs) {
      log(`copies: filling the store to ${options.docs.toLocaleString('en-US')} documents…`)
      const started = performance.now()
      copied = await fillWithCopies(store, options.docs, 3)
      copySeconds = (performance.now() - started) / 1000
    }
    await store.close()
    const storeBytes = statSync(path).size
    log(`search: ${options.queries} queries…`)
    const reader = openSqliteStore(path)
    const timings: number[] = []
    let hits = 0
    const all = benchQueries(options.queries)
    for (const q of all.slice(0, 10)) await reader.search(q)
    for (const q of all) {
      const t = performance.now()
      hits += (await reader.search(q)).length
      timings.push(performance.now() - t)
    }
    await reader.close()
    timings.sort((a, b) => a - b)
    return {
      rawDocsPerSecond: (rawBefore + rawAfter) / 2,
      ingestDocsPerSecond: ingestDocs / summary.seconds,
      ingestSeconds: summary.seconds,
      ingested: ingestDocs,
      copied,
      copySeconds,
      storeBytes,
      searchP50: percentile(timings, 50),
      searchP95: percentile(timings, 95),
      searchMax: timings[timings.length - 1],
      hitsPerQuery: hits / all.length,
    }
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true })
  }
}
