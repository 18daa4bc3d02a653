import type { Report } from '../report/schema.ts'

/** A report as stored: its JSON without `document.text`, which the store keeps once, in its own column. */
export function packReport(report: Report): string {
  return JSON.stringify({ ...report, document: { ...report.document, text: '' } })
}

/** The report back from its stored JSON and text. */
export function unpackReport(json: string, text: string): Report {
  const report = JSON.parse(json) as Report
  report.document.text = text
  return report
}
