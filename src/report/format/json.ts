import type { Report } from '../schema.ts'
import { renderAll, type ReportFormat } from './types.ts'

/**
 * JSON text of a value, with U+2028 and U+2029 escaped: they are legal in JSON strings but end
 * lines for some readers (Python's `splitlines`, older JavaScript parsers).
 */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'))
}

function arrayItem(report: Report): string {
  return safeJson(report, 2).replace(/^/gm, '  ')
}

/**
 * The reports as a JSON array, one `unspun.report/1` object per document, written as they come.
 * Use `formatJson` for the one-object-for-one-document output.
 */
export const jsonArrayFormat: ReportFormat = {
  begin: () => '[',
  document: (report, index) => `${index === 0 ? '\n' : ',\n'}${arrayItem(report)}`,
  end: (count) => (count === 0 ? ']\n' : '\n]\n'),
}

/**
 * Pretty-printed JSON: the report object itself for one document, an array of reports for any
 * other number.
 *
 * @example
 * JSON.parse(formatJson([report])).schema // 'unspun.report/1'
 */
export function formatJson(reports: readonly Report[]): string {
  if (reports.length === 1) return `${safeJson(reports[0], 2)}\n`
  return renderAll(jsonArrayFormat, reports)
}
