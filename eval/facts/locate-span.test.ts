import assert from 'node:assert/strict'
import { test } from 'node:test'
import { locateMentions, locateSpan, wholeWordOccurrences } from './locate-span.ts'

const text = "Iran and Iranian oil; Iran's navy. Iran-related sanctions."

test('a whole-word occurrence may be followed by a possessive or a hyphen, not by a letter', () => {
  assert.deepEqual(wholeWordOccurrences(text, 'Iran'), [0, 22, 35])
  assert.deepEqual(wholeWordOccurrences('U.S. and U.S.-made', 'U.S.'), [0, 9])
})

test('a span is found by its text and occurrence, counting from 0', () => {
  assert.deepEqual(locateSpan(text, { text: 'Iran', occurrence: 1 }), { start: 22, end: 26, text: 'Iran' })
  assert.deepEqual(locateSpan(text, 'navy'), { start: 29, end: 33, text: 'navy' })
})

test('offsets are accepted only when they cover the text', () => {
  assert.deepEqual(locateSpan(text, { text: 'oil', start: 17, end: 20 }), { start: 17, end: 20, text: 'oil' })
  assert.throws(() => locateSpan(text, { text: 'oil', start: 16, end: 19 }), /offsets 16-19 cover " oi", not "oil"/)
})

test('an occurrence that does not exist says how many there are', () => {
  assert.throws(() => locateSpan(text, { text: 'Iran', occurrence: 3 }), /"Iran" occurs 3 time\(s\) as a whole word, so occurrence 3 does not exist/)
  assert.throws(() => locateSpan(text, 'Ira'), /occurs 0 time/)
})

test('a bare mention string stands for every whole-word occurrence', () => {
  assert.deepEqual(locateMentions(text, 'Iran').map((m) => m.start), [0, 22, 35])
  assert.deepEqual(locateMentions(text, { text: 'Iran', occurrence: 2 }).map((m) => m.start), [35])
  assert.throws(() => locateMentions(text, 'Tehran'), /"Tehran" does not occur as a whole word/)
})
