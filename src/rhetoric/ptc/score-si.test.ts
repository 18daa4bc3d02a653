import assert from 'node:assert/strict'
import { test } from 'node:test'
import { mergeSpans, overlapCredit, scoreSpanIdentification } from './score-si.ts'

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`)

test('overlapping spans merge; touching spans stay apart', () => {
  assert.deepEqual(mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 6 }, { start: 9, end: 12 }, { start: 20, end: 20 }]), [
    { start: 0, end: 9 },
    { start: 9, end: 12 },
  ])
})

test('a prediction twice as long as the gold span gets half precision and full recall', () => {
  const s = scoreSpanIdentification(new Map([['1', [{ start: 0, end: 10 }]]]), new Map([['1', [{ start: 5, end: 10 }]]]))
  assert.deepEqual({ p: s.precision, r: s.recall, predicted: s.predicted, gold: s.gold }, { p: 0.5, r: 1, predicted: 1, gold: 1 })
  close(s.f1, 2 / 3)
})

test('partial overlap gives credit on both sides, by character', () => {
  // predicted 0–10 and 20–30; gold 5–25: each prediction has 5 of its 10 characters inside gold,
  // and the gold span has 10 of its 20 characters covered.
  const s = scoreSpanIdentification(
    new Map([['a', [{ start: 0, end: 10 }, { start: 20, end: 30 }]]]),
    new Map([['a', [{ start: 5, end: 25 }]]]),
  )
  close(s.precision, (0.5 + 0.5) / 2)
  close(s.recall, (5 / 20 + 5 / 20) / 1)
  close(s.f1, (2 * 0.5 * 0.5) / 1)
})

test('gold spans of two techniques that overlap count once, merged', () => {
  const gold = new Map([['a', [{ start: 0, end: 10 }, { start: 5, end: 20 }]]])
  const s = scoreSpanIdentification(new Map([['a', [{ start: 0, end: 20 }]]]), gold)
  assert.deepEqual([s.precision, s.recall, s.f1, s.gold], [1, 1, 1, 1])
})

test('articles without predictions count against recall; unknown articles are refused', () => {
  const gold = new Map([
    ['a', [{ start: 0, end: 10 }]],
    ['b', [{ start: 0, end: 10 }]],
  ])
  const s = scoreSpanIdentification(new Map([['a', [{ start: 0, end: 10 }]]]), gold)
  assert.deepEqual([s.precision, s.recall], [1, 0.5])
  assert.throws(() => scoreSpanIdentification(new Map([['z', []]]), gold), /article z/)
  assert.equal(scoreSpanIdentification(new Map(), gold).f1, 0)
})

test('overlap credit sums over every pair', () => {
  assert.deepEqual(overlapCredit([{ start: 0, end: 4 }], [{ start: 0, end: 2 }, { start: 3, end: 5 }]), { precision: 3 / 4, recall: 1 + 1 / 2 })
})
