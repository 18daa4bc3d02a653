import assert from 'node:assert/strict'
import { test } from 'node:test'
import { pressReleaseReport } from '../../../test/fixtures/reports.ts'
import * as format from './index.ts'

test('the public exports of report/format', () => {
  assert.deepEqual(Object.keys(format).sort(), [
    'CSV_COLUMNS',
    'FORMAT_NAMES',
    'TECHNIQUE_COLORS',
    'createFormat',
    'csvCell',
    'csvFormat',
    'describeFindings',
    'escapeHtml',
    'formatCsv',
    'formatHtml',
    'formatJson',
    'formatJsonl',
    'formatReports',
    'formatStylish',
    'htmlFormat',
    'isFormatName',
    'jsonArrayFormat',
    'jsonlFormat',
    'printable',
    'renderAll',
    'safeJson',
    'segmentSpans',
    'spansByRange',
    'stylishFormat',
    'wrapRanges',
  ])
})

test('every format name formats a report, the default first', () => {
  assert.equal(format.FORMAT_NAMES[0], 'stylish')
  for (const name of format.FORMAT_NAMES) {
    assert.ok(format.isFormatName(name))
    assert.ok(format.formatReports(name, [pressReleaseReport()]).length > 0, name)
  }
  assert.equal(format.isFormatName('xml'), false)
})

test('formats are pure: the same reports give the same output', () => {
  for (const name of format.FORMAT_NAMES) {
    assert.equal(format.formatReports(name, [pressReleaseReport()]), format.formatReports(name, [pressReleaseReport()]), name)
  }
})
