import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ConllFormatError, conllSentences, parseConllLines, readTaggedSentences } from './conll-format.ts'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

test('classifies lines and keeps their text without line endings', () => {
  const lines = parseConllLines(bytes('-DOCSTART- -X- O\r\n\r\nUN NNP B-ORG\r\nwarns VBZ O\r\n  \nIt O\n'), 'in.conll')
  assert.deepEqual(
    lines.map((l) => [l.kind, l.text]),
    [
      ['docstart', '-DOCSTART- -X- O'],
      ['blank', ''],
      ['token', 'UN NNP B-ORG'],
      ['token', 'warns VBZ O'],
      ['blank', '  '],
      ['token', 'It O'],
    ],
  )
  assert.deepEqual(lines[2].columns, ['UN', 'NNP', 'B-ORG'])
  assert.deepEqual(conllSentences(lines), [[2, 3], [5]])
})

test('a -DOCSTART- line ends a sentence even without a blank line', () => {
  const lines = parseConllLines(bytes('a\n-DOCSTART-\nb\n'), 'x')
  assert.deepEqual(conllSentences(lines), [[0], [2]])
})

test('binary input is refused with the file and line', () => {
  assert.throws(
    () => parseConllLines(bytes('UN B-ORG\nok O\nbad\u0000line O\n'), 'data.bin'),
    (error: unknown) => error instanceof ConllFormatError && error.line === 3 && /^data\.bin:3: contains control characters/.test(error.message),
  )
  assert.throws(() => parseConllLines(Uint8Array.from([0x45, 0x55, 0x0a, 0xff, 0xfe, 0x0a]), 'x.conll'), { name: 'ConllFormatError', message: /^x\.conll:2: not UTF-8 text/ })
})

test('reads gold tags from the chosen column and skips -DOCSTART-', () => {
  assert.deepEqual(readTaggedSentences('-DOCSTART- O\n\nUN B-ORG 0\nwarns O 0\n\nMaria B-PER 0\n'), [
    { words: ['UN', 'warns'], tags: ['B-ORG', 'O'] },
    { words: ['Maria'], tags: ['B-PER'] },
  ])
  assert.deepEqual(readTaggedSentences('@user\tO\n', { tagColumn: 1 }), [{ words: ['@user'], tags: ['O'] }])
  assert.throws(() => readTaggedSentences('EU\n', { source: 'gold.txt' }), /gold\.txt:1: expected a tag in column 2/)
})
