import assert from 'node:assert/strict'
import { test } from 'node:test'
import { printable, truncateMiddle, visibleLength, wrapRanges, wrapStyled } from './terminal-text.ts'

const lines = (text: string, width: number) => wrapRanges(text, width).map((r) => text.slice(r.start, r.end))

test('printable keeps the length and turns control characters into visible symbols', () => {
  const text = 'a\tb\nc\u001b[2J\u0085'
  const out = printable(text)
  assert.equal(out, 'a b c␛[2J\ufffd')
  assert.equal(out.length, text.length)
})

test('text wraps at spaces, and a word longer than the line is cut', () => {
  assert.deepEqual(lines('aaa bbb ccc', 7), ['aaa bbb', 'ccc'])
  assert.deepEqual(lines('  leading and   gaps  ', 9), ['leading', 'and', 'gaps'])
  assert.deepEqual(lines('abcdefghij', 4), ['abcd', 'efgh', 'ij'])
  assert.deepEqual(lines('', 4), [])
})

test('wrapping never splits a surrogate pair', () => {
  const text = 'ab😀cd'
  for (const line of lines(text, 3)) assert.doesNotMatch(line, /^[\udc00-\udfff]|[\ud800-\udbff]$/)
})

test('colour codes do not count towards the width', () => {
  const red = (s: string) => `\u001b[31m${s}\u001b[39m`
  const out = wrapStyled([{ text: 'alpha beta', paint: red }, { text: ' gamma delta' }], 20, red('> '), '  ')
  assert.deepEqual(out.map(visibleLength), [18, 7])
  assert.equal(out[0], `${red('> ')}${red('alpha beta')} gamma`)
})

test('long marked text is shortened in the middle', () => {
  assert.equal(truncateMiddle('The exercise shows that our unity cannot be broken', 20), 'The exercise…broken')
  assert.equal(truncateMiddle('short', 20), 'short')
})

test('the first line can have its own width, for text that follows a label', () => {
  assert.deepEqual(
    wrapRanges('aaa bbb ccc ddd', 7, 3).map((r) => 'aaa bbb ccc ddd'.slice(r.start, r.end)),
    ['aaa', 'bbb ccc', 'ddd'],
  )
})
