import type { Report } from '../schema.ts'
import { safeJson } from './json.ts'
import { renderAll, type ReportFormat } from './types.ts'

/** JSON Lines: one compact `unspun.report/1` object per line, one line per document. */
export const jsonlFormat: ReportFormat = {
  begin: () => '',
  document: (report) => `${safeJson(report)}\n`,
  end: () => '',
}

/**
 * One report per line.
 *
 * @example
 * formatJsonl(reports).trimEnd().split('\n').map((line) => JSON.parse(line))
 */
export function formatJsonl(reports: readonly Report[]): string {
  return renderAll(jsonlFormat, reports)
}
