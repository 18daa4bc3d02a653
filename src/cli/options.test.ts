import assert from 'node:assert/strict'
import { test } from 'node:test'
import { InvalidArgumentError } from 'commander'
import { parseByteSize, parseDate, parseDisable, unmatchedDisables } from './options.ts'

test('--published takes real calendar dates only', () => {
  assert.equal(parseDate('2021-05-05'), '2021-05-05')
  assert.equal(parseDate('2024-02-29'), '2024-02-29')
  for (const bad of ['2021-02-30', '2023-02-29', '2021-13-01', '05.05.2021', '2021-5-5', '']) {
    assert.throws(() => parseDate(bad), InvalidArgumentError, bad)
  }
})

test('--max-bytes takes bytes with an optional binary unit', () => {
  assert.equal(parseByteSize('1000'), 1000)
  assert.equal(parseByteSize('20MB'), 20 * 1024 * 1024)
  assert.equal(parseByteSize('512k'), 512 * 1024)
  assert.equal(parseByteSize('1.5 GiB'), 1.5 * 1024 ** 3)
  for (const bad of ['0', '-5', 'lots', '10 parsecs', '']) assert.throws(() => parseByteSize(bad), InvalidArgumentError, bad)
})

test('--disable splits comma lists and adds up when repeated', () => {
  assert.deepEqual(parseDisable('rhetoric/, facts/dates'), ['rhetoric/', 'facts/dates'])
  assert.deepEqual(parseDisable('sentences/function', ['rhetoric/']), ['rhetoric/', 'sentences/function'])
  assert.throws(() => parseDisable(' , '), InvalidArgumentError)
})

test('disables that match no analyzer are reported', () => {
  const ids = ['rhetoric/doubt', 'facts/dates']
  assert.deepEqual(unmatchedDisables(['rhetoric/', 'facts/dates', 'facts/date', 'ner/'], ids), ['facts/date', 'ner/'])
})
