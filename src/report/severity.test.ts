import assert from 'node:assert/strict'
import { test } from 'node:test'
import { hostileReport, plainReport, pressReleaseReport } from '../../test/fixtures/reports.ts'
import { countSeverities, findingSeverities, maxSeverity, reaches, techniqueSeverity } from './severity.ts'

test('a technique is an error from 0.75, a warning from 0.5, otherwise info', () => {
  assert.deepEqual([0, 0.49, 0.5, 0.74, 0.75, 1].map(techniqueSeverity), ['info', 'info', 'warning', 'warning', 'error', 'error'])
})

test('reaches compares severities by rank', () => {
  assert.equal(reaches('error', 'warning'), true)
  assert.equal(reaches('warning', 'warning'), true)
  assert.equal(reaches('info', 'warning'), false)
  assert.equal(maxSeverity(['info', 'error', 'warning']), 'error')
  assert.equal(maxSeverity([]), null)
})

test('facts are info, techniques follow their confidence, problems keep their own severity', () => {
  const report = pressReleaseReport()
  const severities = findingSeverities(report)
  const bySection = (section: string) => severities.filter((f) => f.section === section).map((f) => f.severity)
  assert.deepEqual(bySection('entities'), ['info', 'info', 'info', 'info'])
  assert.deepEqual(bySection('quotes'), ['info'])
  assert.deepEqual(bySection('events'), ['info'])
  assert.deepEqual(bySection('techniques'), ['error', 'info', 'warning', 'info', 'warning'])
  assert.deepEqual(bySection('problems'), ['info'])
  assert.deepEqual(countSeverities(report, 'techniques'), { info: 2, warning: 2, error: 1 })
})

test('a problem without a severity counts as an error', () => {
  const report = plainReport()
  report.problems.push({ analyzer: 'facts/dates', message: 'Error while running analyzer' })
  assert.deepEqual(findingSeverities(report), [{ section: 'problems', index: 0, severity: 'error' }])
})

test('a report without findings has no severities', () => {
  assert.deepEqual(findingSeverities(plainReport()), [])
  assert.equal(countSeverities(hostileReport()).error, 1)
})
