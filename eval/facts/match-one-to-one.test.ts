import assert from 'node:assert/strict'
import { test } from 'node:test'
import { matchOneToOne } from './match-one-to-one.ts'

test('each item is paired at most once, best score first', () => {
  const gold = [{ start: 0, end: 10 }, { start: 8, end: 20 }]
  const predicted = [{ start: 0, end: 20 }, { start: 9, end: 20 }]
  const shared = (a: { start: number; end: number }, b: { start: number; end: number }) => {
    const n = Math.min(a.end, b.end) - Math.max(a.start, b.start)
    return n > 0 ? n : null
  }
  // gold 1 and predicted 0 share 12 units, the best pair, so gold 0 is left with predicted 1
  assert.deepEqual(matchOneToOne(gold, predicted, shared), [
    { gold: 0, predicted: 1 },
    { gold: 1, predicted: 0 },
  ])
})

test('pairs that may not match are never made', () => {
  assert.deepEqual(matchOneToOne([1, 2], [3], (g, p) => (g === p ? 1 : null)), [])
})
