import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { rangeIndexAt, segmentSpans, spansByRange } from './segments.ts'

test('overlapping spans are cut into flat segments that list what covers them', () => {
  const a = { start: 2, end: 6, name: 'a' }
  const b = { start: 4, end: 8, name: 'b' }
  const segments = segmentSpans(0, 10, [a, b]).map((s) => [s.start, s.end, s.covering.map((c) => c.name).join('+')])
  assert.deepEqual(segments, [
    [0, 2, ''],
    [2, 4, 'a'],
    [4, 6, 'a+b'],
    [6, 8, 'b'],
    [8, 10, ''],
  ])
})

test('nested and identical spans keep their input order; spans outside the range are clipped', () => {
  const outer = { start: 0, end: 20, name: 'outer' }
  const inner = { start: 5, end: 7, name: 'inner' }
  const twin = { start: 5, end: 7, name: 'twin' }
  const segments = segmentSpans(4, 10, [inner, outer, twin]).map((s) => [s.start, s.end, s.covering.map((c) => c.name).join('+')])
  assert.deepEqual(segments, [
    [4, 5, 'outer'],
    [5, 7, 'inner+outer+twin'],
    [7, 10, 'outer'],
  ])
})

test('segments tile the range exactly and each lists exactly the spans covering it', () => {
  const span = fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 15 })).map(([start, length]) => ({ start, end: start + length }))
  fc.assert(
    fc.property(fc.array(span, { maxLength: 12 }), fc.nat(30), fc.integer({ min: 1, max: 30 }), (spans, from, length) => {
      const to = from + length
      const segments = segmentSpans(from, to, spans)
      assert.equal(segments[0].start, from)
      assert.equal(segments[segments.length - 1].end, to)
      for (let i = 0; i < segments.length; i++) {
        const s = segments[i]
        assert.ok(s.start < s.end)
        if (i > 0) assert.equal(s.start, segments[i - 1].end)
        const expected = spans.filter((x) => x.start <= s.start && x.end >= s.end)
        assert.deepEqual(s.covering, expected)
        for (const x of spans) assert.ok(x.end <= s.start || x.start >= s.end || (x.start <= s.start && x.end >= s.end), 'no span boundary falls inside a segment')
      }
    }),
  )
})

test('spans are grouped under every sentence they touch', () => {
  const sentences = [
    { start: 0, end: 10 },
    { start: 11, end: 20 },
    { start: 21, end: 30 },
  ]
  const across = { start: 8, end: 13 }
  const last = { start: 25, end: 26 }
  assert.deepEqual(spansByRange(sentences, [across, last]), [[across], [across], [last]])
  assert.deepEqual(
    [0, 10, 11, 35].map((p) => rangeIndexAt(sentences, p)),
    [0, 0, 1, 2],
  )
  assert.equal(rangeIndexAt([], 3), -1)
})
