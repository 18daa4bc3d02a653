import type { Report } from '../schema.ts'

/**
 * A report format written one document at a time, so that a long run can stream its output:
 * the whole output is `begin() + document(r0, 0) + document(r1, 1) + … + end(n)`.
 */
export interface ReportFormat {
  /** Text before the first document (a CSV header, the head of an HTML page). */
  begin(): string
  /** The text for one document; `index` counts the documents from 0. */
  document(report: Report, index: number): string
  /** Text after the last document; `count` is how many documents were written. */
  end(count: number): string
}

/** Options for formats that lay out text for people. */
export interface LayoutOptions {
  /** Use ANSI colours (terminal formats only). Default false. */
  color?: boolean
  /** Line width to wrap at (terminal formats only). Default 100. */
  width?: number
}

/** Writes a whole output in one go from a streaming format. */
export function renderAll(format: ReportFormat, reports: readonly Report[]): string {
  let out = format.begin()
  reports.forEach((report, index) => {
    out += format.document(report, index)
  })
  return out + format.end(reports.length)
}
