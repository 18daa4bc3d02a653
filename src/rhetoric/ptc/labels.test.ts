import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formatSiLabels, formatTcLabels, parseSiLabels, parseTcLabels, parseTcTemplate } from './labels.ts'

test('reads span-identification lines, CRLF and blank lines tolerated', () => {
  assert.deepEqual(parseSiLabels('111\t10\t20\r\n\n222\t0\t5\n'), [
    { article: '111', start: 10, end: 20 },
    { article: '222', start: 0, end: 5 },
  ])
})

test('reads technique lines and templates', () => {
  assert.deepEqual(parseTcLabels('111\tName_Calling,Labeling\t3\t9\n'), [{ article: '111', technique: 'Name_Calling,Labeling', start: 3, end: 9 }])
  assert.deepEqual(parseTcTemplate('111\t?\t3\t9\n111\t?\t3\t9\n'), [
    { article: '111', start: 3, end: 9 },
    { article: '111', start: 3, end: 9 },
  ])
})

test('bad lines are refused with file and line', () => {
  assert.throws(() => parseSiLabels('111\t10\n', 'si.labels'), /^Error: si\.labels:1: expected 'ID<TAB>start<TAB>end'/)
  assert.throws(() => parseSiLabels('1\t5\t20\n1\t9\t3\n', 'si.labels'), /si\.labels:2: expected start and end offsets with start < end, got '9' and '3'/)
  assert.throws(() => parseTcLabels('1\tPropaganda\t1\t2\n', 'tc.labels'), /tc\.labels:1: unknown technique 'Propaganda'/)
  assert.throws(() => parseTcTemplate('1\t?\tx\t2\n', 'template.out'), /template\.out:1: expected start and end offsets/)
})

test('formats lines as the official scorers read them', () => {
  assert.equal(formatSiLabels([{ article: '1', start: 0, end: 4 }]), '1\t0\t4\n')
  assert.equal(formatTcLabels([{ article: '1', technique: 'Doubt', start: 0, end: 4 }]), '1\tDoubt\t0\t4\n')
})
