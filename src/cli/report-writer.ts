import { createFormat, formatReports, jsonArrayFormat, type FormatName, type LayoutOptions } from '../report/format/index.ts'
import type { Report } from '../report/schema.ts'
import type { Output } from './output.ts'

/** Writes reports to an output in a format as they come. */
export interface ReportWriter {
  add(report: Report): Promise<void>
  /** Writes what closes the output; returns how many documents were written. */
  finish(): Promise<number>
}

/**
 * A writer that streams every format. `json` holds back the first report until it knows whether a
 * second one follows: one document gives the report object, several give an array. The bytes are
 * the same as `formatReports(format, reports)` would give for the whole run.
 */
export function createReportWriter(format: FormatName, output: Output, layout: LayoutOptions = {}): ReportWriter {
  if (format === 'json') return jsonWriter(output)
  const streaming = createFormat(format, layout)
  let count = 0
  let begun = false
  const begin = async () => {
    if (begun) return
    begun = true
    await output.write(streaming.begin())
  }
  return {
    async add(report) {
      await begin()
      await output.write(streaming.document(report, count++))
    },
    async finish() {
      await begin()
      await output.write(streaming.end(count))
      return count
    },
  }
}

function jsonWriter(output: Output): ReportWriter {
  let first: Report | null = null
  let count = 0
  return {
    async add(report) {
      if (count === 0) first = report
      else {
        if (count === 1 && first) {
          await output.write(jsonArrayFormat.begin() + jsonArrayFormat.document(first, 0))
          first = null
        }
        await output.write(jsonArrayFormat.document(report, count))
      }
      count++
    },
    async finish() {
      if (count === 1 && first) await output.write(formatReports('json', [first]))
      else await output.write((count === 0 ? jsonArrayFormat.begin() : '') + jsonArrayFormat.end(count))
      return count
    },
  }
}
