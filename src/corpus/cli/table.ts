import { csvHeader, csvLine } from '../csv-rows.ts'
import { printable, truncateMiddle } from '../../report/format/terminal-text.ts'

type Cell = string | number | null | undefined

/** One column of a table: its heading and how to read it from a row. */
export interface Column<R> {
  heading: string
  value: (row: R) => Cell
  /** the widest the column is printed in a terminal table; longer values are shortened in the middle */
  max?: number
  /** right-align (numbers) */
  right?: boolean
}

/**
 * A plain-text table with aligned columns, for terminals.
 *
 * @example
 * textTable([{ n: 1 }], [{ heading: 'n', value: (r) => r.n, right: true }]) // 'n\n1\n'
 */
export function textTable<R>(rows: readonly R[], columns: readonly Column<R>[]): string {
  const cells = rows.map((row) => columns.map((c) => {
    const v = c.value(row)
    const text = v === null || v === undefined ? '–' : printable(String(v)).replace(/\s+/g, ' ')
    return c.max && text.length > c.max ? truncateMiddle(text, c.max) : text
  }))
  const widths = columns.map((c, i) => Math.max(c.heading.length, ...cells.map((r) => r[i].length)))
  const line = (values: string[]) => values.map((v, i) => (columns[i].right ? v.padStart(widths[i]) : i === values.length - 1 ? v : v.padEnd(widths[i]))).join('  ').trimEnd()
  return [line(columns.map((c) => c.heading)), ...cells.map(line)].join('\n') + '\n'
}

/** A whole CSV table with a header. */
export function csvTable<R>(rows: readonly R[], columns: readonly Column<R>[]): string {
  return csvHeader(columns.map((c) => c.heading)) + rows.map((r) => csvLine(columns.map((c) => c.value(r)))).join('')
}
