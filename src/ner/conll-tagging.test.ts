import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tagConll } from './conll-tagging.ts'

// A stand-in tagger that marks capitalised words as B-PER, so the file handling is tested on its own.
const capitals = { tag: (words: readonly string[]) => words.map((w) => (/^[A-Z]/.test(w) ? 'B-PER' : 'O')) }
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

test('appends a tag column to every line, keeps blank lines and -DOCSTART-', () => {
  const input = '-DOCSTART- -X- -X- O\n\nMaria NNP B-PER\nsang VBD O\n\nOk\n'
  assert.equal(tagConll(bytes(input), 'in.conll', capitals), '-DOCSTART- -X- -X- O O\n\nMaria NNP B-PER B-PER\nsang VBD O O\n\nOk B-PER\n')
})

test('tags each sentence on its own and tolerates CRLF and trailing spaces', () => {
  const seen: string[][] = []
  const recording = { tag: (words: readonly string[]) => (seen.push([...words]), words.map(() => 'O')) }
  assert.equal(tagConll(bytes('a x \r\nb\r\n\r\n-DOCSTART-\r\nc\r\n'), 'in.conll', recording), 'a x O\nb O\n\n-DOCSTART- O\nc O\n')
  assert.deepEqual(seen, [['a', 'b'], ['c']])
})

test('an empty file gives empty output', () => {
  assert.equal(tagConll(new Uint8Array(0), 'empty.conll', capitals), '')
})
