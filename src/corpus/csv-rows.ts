import { csvCell } from '../report/format/csv.ts'

type Cell = string | number | null | undefined

/** A CSV header line (RFC 4180, CRLF). */
export function csvHeader(headings: readonly string[]): string {
  return `${headings.map(csvCell).join(',')}\r\n`
}

/** One CSV line; cells that a spreadsheet would read as a formula are defused, as in the report CSV. */
export function csvLine(values: readonly Cell[]): string {
  return `${values.map((v) => csvCell(v === undefined ? null : v)).join(',')}\r\n`
}
