import assert from 'node:assert/strict'
import { test } from 'node:test'
import { offsetConverter } from './code-points.ts'

test('text without astral characters converts by identity', () => {
  const at = offsetConverter('Plain text, no emoji.')
  assert.equal(at.codePoints, 21)
  assert.equal(at.toUtf16(7), 7)
  assert.equal(at.toCodePoint(21), 21)
})

test('after an emoji, code-point and UTF-16 offsets differ by one per emoji', () => {
  const text = 'Flag 🇺🇸 and 🛴 then words'
  const at = offsetConverter(text)
  const words = text.indexOf('words')
  assert.equal(at.codePoints, [...text].length)
  assert.equal(at.toCodePoint(words), words - 3)
  assert.equal(at.toUtf16(words - 3), words)
  assert.equal(text.slice(at.toUtf16(5), at.toUtf16(7)), '🇺🇸')
})

test('every code point maps to UTF-16 and back', () => {
  const text = 'a😀b🇫🇷c\u{1F600}'
  const at = offsetConverter(text)
  for (let cp = 0; cp <= at.codePoints; cp++) assert.equal(at.toCodePoint(at.toUtf16(cp)), cp)
})

test('an offset inside a surrogate pair maps to the code point it belongs to', () => {
  const at = offsetConverter('a😀b')
  assert.equal(at.toCodePoint(2), 1)
  assert.equal(at.toCodePoint(3), 2)
})

test('offsets outside the text are refused with a hint', () => {
  const at = offsetConverter('a😀b')
  assert.throws(() => at.toUtf16(4), /Offset 4 is outside the text \(0–3 code points\)/)
  assert.throws(() => at.toCodePoint(-1), /outside the text/)
  assert.throws(() => offsetConverter('abc').toUtf16(1.5), /outside the text/)
})
