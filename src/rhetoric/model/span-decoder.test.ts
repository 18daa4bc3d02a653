import assert from 'node:assert/strict'
import { test } from 'node:test'
import { splitSentences } from '../../text/sentences.ts'
import { tokenize } from '../../text/tokenize.ts'
import { decodeSpans, type SpanDecoding } from './span-decoder.ts'
import { trimSpan } from './span-trim.ts'

function decode(text: string, inside: string[], decoding: SpanDecoding): string[] {
  const tokens = tokenize(text)
  const p = tokens.map((t) => (inside.includes(t.text) ? 0.9 : t.text === '~' ? 0.25 : 0.05))
  return decodeSpans(text, tokens, splitSentences(text, tokens), p, decoding).map((s) => text.slice(s.start, s.end))
}

const text = 'They are vile , cruel traitors ; we are calm. Nothing here.'

test('token runs become spans, trimmed of spaces and .,:; at both ends', () => {
  assert.deepEqual(decode(text, ['vile', 'cruel', 'traitors', ';'], { granularity: 'tokens', threshold: 0.5 }), ['vile', 'cruel traitors'])
})

test('a short gap between two runs is bridged', () => {
  assert.deepEqual(decode(text, ['vile', 'cruel', 'traitors'], { granularity: 'tokens', threshold: 0.5, bridge: 1 }), ['vile , cruel traitors'])
})

test('clauses and sentences are kept whole when their mean probability reaches the threshold', () => {
  assert.deepEqual(decode(text, ['vile', 'They', 'are'], { granularity: 'clauses', threshold: 0.5 }), ['They are vile'])
  assert.deepEqual(decode('Nothing here. Vile cruel traitors!', ['Vile', 'cruel', 'traitors', '!'], { granularity: 'sentences', threshold: 0.5 }), ['Vile cruel traitors!'])
})

test('a run whose best token stays under the peak is dropped', () => {
  assert.deepEqual(decode('A ~ b vile c', ['vile'], { granularity: 'tokens', threshold: 0.2, peak: 0.5 }), ['vile'])
  assert.deepEqual(decode('A ~ b vile c', ['vile'], { granularity: 'tokens', threshold: 0.2 }), ['~', 'vile'])
})

test('trimming follows the PTC convention', () => {
  const s = 'so, "this". '
  assert.deepEqual(trimSpan(s, { start: 2, end: 12 }), { start: 4, end: 10 })
  assert.equal(trimSpan(s, { start: 10, end: 12 }), null)
})

test('a document weight lets a text that scores high overall keep runs it would drop, and a low one drop them', () => {
  const decoding: SpanDecoding = { granularity: 'tokens', threshold: 0.5, documentWeight: 0.5 }
  const loaded = 'They are vile ~ cruel traitors'
  const words = ['They', 'are', 'vile', 'cruel', 'traitors']
  assert.deepEqual(decode(loaded, words, { ...decoding, documentReference: -3 }), [loaded])
  assert.deepEqual(decode(loaded, words, { ...decoding, documentWeight: 0, documentReference: -3 }), ['They are vile', 'cruel traitors'])
  assert.deepEqual(decode(text, ['vile'], { ...decoding, documentReference: 3 }), [])
  assert.deepEqual(decode(text, ['vile'], { ...decoding, documentWeight: 0, documentReference: 3 }), ['vile'])
})
