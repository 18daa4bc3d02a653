import type { Report } from '../schema.ts'
import { locate } from '../../text/locate.ts'
import { describeFindings } from './findings.ts'
import { renderAll, type ReportFormat } from './types.ts'

/** The CSV columns, in order. */
export const CSV_COLUMNS = ['document_id', 'section', 'start', 'end', 'line', 'column', 'label', 'text', 'confidence', 'detail'] as const

type Cell = string | number | null

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) gets a leading apostrophe; numbers are written as numbers.
 *
 * @example
 * csvCell('=SUM(A1:A9)') // "'=SUM(A1:A9)"
 * csvCell('say "no", twice') // '"say ""no"", twice"'
 */
export function csvCell(value: Cell): string {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

function row(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`
}

function documentRows(report: Report): string {
  const text = report.document.text
  const where = locate(text)
  const id = report.document.id
  const rows: Array<{ start: number; order: number; cells: Cell[] }> = []
  const positioned = (start: number, end: number, section: string, label: string, confidence: number | null, detail: string, order: number) => {
    const { line, column } = where.toPoint(start)
    rows.push({ start, order, cells: [id, section, start, end, line, column, label, text.slice(start, end), confidence, detail] })
  }
  for (const s of report.sentences) positioned(s.start, s.end, 'sentences', s.function, s.checkworthiness, s.paragraph === undefined ? '' : `paragraph ${s.paragraph + 1}`, 0)
  for (const f of describeFindings(report)) {
    const detail = [f.value, ...f.details].filter((d): d is string => !!d).join('; ')
    positioned(f.start, f.end, f.section, f.label, f.confidence, detail, 1)
  }
  rows.sort((a, b) => a.start - b.start || a.order - b.order)
  let out = rows.map((r) => row(r.cells)).join('')
  for (const p of report.problems) out += row([id, 'problems', null, null, null, null, p.analyzer, '', null, `${p.severity ?? 'error'}: ${p.message}`])
  return out
}

/**
 * One row per finding: every sentence (label = its function, confidence = its check-worthiness),
 * every entity mention, quote, amount, date, event and technique, then the report's problems
 * (no offsets; label = the analyzer). Lines end with CRLF.
 */
export const csvFormat: ReportFormat = {
  begin: () => row([...CSV_COLUMNS]),
  document: (report) => documentRows(report),
  end: () => '',
}

/**
 * The reports as one CSV table with a header row.
 *
 * @example
 * formatCsv([report]).split('\r\n')[0] // 'document_id,section,start,end,line,column,label,text,confidence,detail'
 */
export function formatCsv(reports: readonly Report[]): string {
  return renderAll(csvFormat, reports)
}
