import type { BenchDoc } from './corpus.ts'

/** What one pass over the corpus cost. */
export interface Measurement {
  label: string
  seconds: number
  bytes: number
  documents: number
  /** Highest resident set size and V8 heap seen during the pass, in bytes. */
  peakRss: number
  peakHeap: number
  note?: string
}

/** Throughput of a measurement in MB/s (10^6 bytes of UTF-8 text per second). */
export function megabytesPerSecond(m: Measurement): number {
  return m.bytes / 1e6 / m.seconds
}

/** Throughput of a measurement in documents per second. */
export function documentsPerSecond(m: Measurement): number {
  return m.documents / m.seconds
}

/**
 * Runs `work` on every document once and times it, sampling memory every few documents.
 * The result of `work` is folded into a checksum so that the engine cannot skip the work.
 */
export function timePass(label: string, docs: readonly BenchDoc[], work: (text: string) => number): Measurement & { checksum: number } {
  let peakRss = 0
  let peakHeap = 0
  const sample = () => {
    const m = process.memoryUsage()
    if (m.rss > peakRss) peakRss = m.rss
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed
  }
  sample()
  let checksum = 0
  let bytes = 0
  const started = process.hrtime.bigint()
  for (let i = 0; i < docs.length; i++) {
    checksum = (checksum + work(docs[i].text)) | 0
    bytes += docs[i].bytes
    if ((i & 15) === 15) sample()
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  sample()
  return { label, seconds, bytes, documents: docs.length, peakRss, peakHeap, checksum }
}

/**
 * Runs a pass `rounds` times and keeps the fastest: on a shared machine the fastest pass is the one
 * least disturbed by other processes. Memory peaks are the highest of all rounds.
 */
export function bestOf(rounds: number, run: () => Measurement): Measurement {
  let best: Measurement | undefined
  let peakRss = 0
  let peakHeap = 0
  for (let r = 0; r < rounds; r++) {
    const m = run()
    peakRss = Math.max(peakRss, m.peakRss)
    peakHeap = Math.max(peakHeap, m.peakHeap)
    if (!best || m.seconds < best.seconds) best = m
  }
  if (!best) throw new RangeError('bestOf() needs at least one round')
  return { ...best, peakRss, peakHeap }
}
