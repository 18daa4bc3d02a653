import type { Report } from '../schema.ts'
import { csvFormat, formatCsv } from './csv.ts'
import { htmlFormat, formatHtml } from './html.ts'
import { formatJson, jsonArrayFormat } from './json.ts'
import { formatJsonl, jsonlFormat } from './jsonl.ts'
import { formatStylish, stylishFormat } from './stylish.ts'
import type { LayoutOptions, ReportFormat } from './types.ts'

export { csvCell, CSV_COLUMNS, csvFormat, formatCsv } from './csv.ts'
export { describeFindings, type DescribedFinding, type FindingKind, type FindingSection } from './findings.ts'
export { escapeHtml } from './html-escape.ts'
export { TECHNIQUE_COLORS } from './html-style.ts'
export { formatHtml, htmlFormat } from './html.ts'
export { formatJson, jsonArrayFormat, safeJson } from './json.ts'
export { formatJsonl, jsonlFormat } from './jsonl.ts'
export { segmentSpans, spansByRange, type Segment } from './segments.ts'
export { formatStylish, stylishFormat } from './stylish.ts'
export { printable, wrapRanges } from './terminal-text.ts'
export { renderAll, type LayoutOptions, type ReportFormat } from './types.ts'

/** The names of the report formats, the first being the default. */
export const FORMAT_NAMES = ['stylish', 'json', 'jsonl', 'html', 'csv'] as const
export type FormatName = (typeof FORMAT_NAMES)[number]

/** True when `name` is one of FORMAT_NAMES. */
export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name)
}

/**
 * A streaming writer for a named format. `json` streams as an array; for the single-object output
 * of one document use `formatReports('json', [report])`.
 */
export function createFormat(name: FormatName, options: LayoutOptions = {}): ReportFormat {
  switch (name) {
    case 'stylish':
      return stylishFormat(options)
    case 'json':
      return jsonArrayFormat
    case 'jsonl':
      return jsonlFormat
    case 'html':
      return htmlFormat
    case 'csv':
      return csvFormat
  }
}

/**
 * The whole output of the reports in a named format.
 *
 * @example
 * formatReports('csv', [report])
 */
export function formatReports(name: FormatName, reports: readonly Report[], options: LayoutOptions = {}): string {
  switch (name) {
    case 'stylish':
      return formatStylish(reports, options)
    case 'json':
      return formatJson(reports)
    case 'jsonl':
      return formatJsonl(reports)
    case 'html':
      return formatHtml(reports)
    case 'csv':
      return formatCsv(reports)
  }
}
