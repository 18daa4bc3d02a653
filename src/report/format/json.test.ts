import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ReportSchema } from '../schema.ts'
import { hostileReport, plainReport, pressReleaseReport } from '../../../test/fixtures/reports.ts'
import { formatJson } from './json.ts'
import { formatJsonl } from './jsonl.ts'

test('json gives the report object itself for one document', () => {
  const report = pressReleaseReport()
  const parsed = JSON.parse(formatJson([report]))
  assert.equal(Array.isArray(parsed), false)
  assert.deepEqual(ReportSchema.parse(parsed), report)
})

test('json gives an array of reports for several documents, and for none', () => {
  const reports = [pressReleaseReport(), hostileReport(), plainReport()]
  const parsed = JSON.parse(formatJson(reports))
  assert.ok(Array.isArray(parsed))
  assert.deepEqual(parsed.map((r: unknown) => ReportSchema.parse(r)), reports)
  assert.deepEqual(JSON.parse(formatJson([])), [])
})

test('jsonl writes one compact report per line', () => {
  const reports = [pressReleaseReport(), hostileReport()]
  const out = formatJsonl(reports)
  assert.ok(out.endsWith('\n'))
  const lines = out.trimEnd().split('\n')
  assert.equal(lines.length, 2)
  assert.deepEqual(
    lines.map((line) => ReportSchema.parse(JSON.parse(line))),
    reports,
  )
})

test('line and paragraph separators in the text are escaped so no reader splits a line', () => {
  const report = plainReport('First part\u2028second part\u2029third part. Done.')
  const out = formatJsonl([report])
  assert.equal(out.split(/\r\n|[\n\r\u2028\u2029]/).length, 2)
  assert.equal(JSON.parse(out).document.text, report.document.text)
  assert.equal(JSON.parse(formatJson([report])).document.text, report.document.text)
})
