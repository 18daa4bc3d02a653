import assert from 'node:assert/strict'
import { test } from 'node:test'
import { dateFromMetadata, findDate } from './dates.ts'

test('written dates in the usual press-release forms', () => {
  const iso = (text: string) => findDate(text)?.iso ?? null
  assert.equal(iso('WARSAW, 5 May 2021 — The ministry'), '2021-05-05')
  assert.equal(iso('May 5, 2021'), '2021-05-05')
  assert.equal(iso('Sept. 15th, 2023'), '2023-09-15')
  assert.equal(iso('Tuesday, 5th of May 2021'), '2021-05-05')
  assert.equal(iso('05.05.2021'), '2021-05-05')
  assert.equal(iso('31.12.2020'), '2020-12-31')
  assert.equal(iso('2021-05-05'), '2021-05-05')
  assert.equal(iso('Posted 2021-05-05T10:00:00Z'), '2021-05-05')
})

test('ambiguous or impossible dates give null rather than a guess', () => {
  assert.equal(findDate('05/06/2021'), null)
  assert.equal(findDate('25/06/2021')?.iso, '2021-06-25')
  assert.equal(findDate('06/25/2021')?.iso, '2021-06-25')
  assert.equal(findDate('31 February 2021'), null)
  assert.equal(findDate('on 5 May'), null)
  assert.equal(findDate('Mayor 5, 2021'), null)
  assert.equal(findDate('order 2021-05-055'), null)
})

test('an impossible date is skipped for a later real one', () => {
  assert.equal(findDate('31 February 2021, then 1 March 2021')?.iso, '2021-03-01')
})

test('atStart only accepts a date that opens the string, and reports where it ends', () => {
  assert.equal(findDate('x 5 May 2021', true), null)
  assert.deepEqual(findDate('5 May 2021 — text', true), { iso: '2021-05-05', start: 0, end: 10 })
})

test('metadata timestamps keep the date as written', () => {
  assert.equal(dateFromMetadata('2021-05-05T23:30:00-04:00'), '2021-05-05')
  assert.equal(dateFromMetadata('Wed, 05 May 2021 10:00:00 GMT'), '2021-05-05')
  assert.equal(dateFromMetadata('2021-13-01'), null)
  assert.equal(dateFromMetadata(''), null)
})
