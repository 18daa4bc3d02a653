import assert from 'node:assert/strict'
import { test } from 'node:test'
import { logit, meanLogit, shiftByDocument } from './document-shift.ts'

test('logit inverts the logistic function and stays finite at 0 and 1', () => {
  assert.ok(Math.abs(logit(1 / (1 + Math.exp(-2))) - 2) < 1e-9)
  assert.ok(Number.isFinite(logit(0)) && logit(0) < -10)
  assert.ok(Number.isFinite(logit(1)) && logit(1) > 10)
})

test('the mean log-odds of a text, 0 without tokens', () => {
  assert.equal(meanLogit([0.5, 0.5]), 0)
  assert.ok(Math.abs(meanLogit([1 / (1 + Math.exp(1)), 1 / (1 + Math.exp(-3))]) - 1) < 1e-9)
  assert.equal(meanLogit([]), 0)
})

test('an article scoring above the reference has its tokens raised, one below lowered, order kept', () => {
  const high = shiftByDocument([0.2, 0.6], 0.5, logit(0.2))
  assert.ok(high[0] > 0.2 && high[1] > 0.6 && high[0] < high[1])
  const low = shiftByDocument([0.2, 0.6], 0.5, 3)
  assert.ok(low[0] < 0.2 && low[1] < 0.6)
})

test('a weight of 0 or an empty text leaves the probabilities as they are', () => {
  const p = [0.1, 0.9]
  assert.equal(shiftByDocument(p, 0, -2), p)
  assert.deepEqual(shiftByDocument([], 1, -2), [])
})
