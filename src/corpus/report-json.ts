import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { Report } from '../report/schema.ts'

/** A report as stored: its JSON without `document.text`, which the store keeps once, in its own column. */
export function packReport(report: Report): string {
  return JSON.stringify({ ...report, document: { ...report.document, text: '' } })
}

/**
 * The packed report compressed (raw deflate, fast level): reports are mostly repeated keys and
 * shrink to about a quarter. The SQLite store keeps reports this way; PostgreSQL compresses on its own.
 */
export function compressReport(report: Report): Buffer {
  return deflateRawSync(Buffer.from(packReport(report), 'utf8'), { level: 1 })
}

/** The report back from its stored form (JSON text, or compressed bytes) and its text. */
export function unpackReport(stored: string | Uint8Array, text: string): Report {
  const json = typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8')
  const report = JSON.parse(json) as Report
  report.document.text = text
  return report
}
