import assert from 'node:assert/strict'
import { test } from 'node:test'
import { hostileReport, plainReport, pressReleaseReport } from '../../test/fixtures/reports.ts'
import { FORMAT_NAMES, formatReports } from '../report/format/index.ts'
import type { Output } from './output.ts'
import { createReportWriter } from './report-writer.ts'

function memoryOutput(): Output & { chunks: string[] } {
  const chunks: string[] = []
  return { chunks, closed: false, error: null, write: async (chunk) => void chunks.push(chunk), close: () => undefined }
}

test('streaming writes the same bytes as formatting the whole run, for every format and count', async () => {
  const all = [pressReleaseReport(), hostileReport(), plainReport()]
  for (const format of FORMAT_NAMES) {
    for (let n = 0; n <= all.length; n++) {
      const output = memoryOutput()
      const writer = createReportWriter(format, output, { width: 80 })
      for (const report of all.slice(0, n)) await writer.add(report)
      assert.equal(await writer.finish(), n)
      assert.equal(output.chunks.join(''), formatReports(format, all.slice(0, n), { width: 80 }), `${format} with ${n} documents`)
    }
  }
})

test('each document is written as soon as it is added, except a first json report', async () => {
  const output = memoryOutput()
  const writer = createReportWriter('jsonl', output)
  await writer.add(plainReport())
  assert.equal(output.chunks.join('').split('\n').length, 2)
  const json = memoryOutput()
  const jsonWriter = createReportWriter('json', json)
  await jsonWriter.add(plainReport())
  assert.equal(json.chunks.join(''), '', 'json waits to know whether an array is needed')
  await jsonWriter.add(pressReleaseReport())
  assert.ok(json.chunks.join('').startsWith('[\n  {'))
})
