import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from './tokenize.ts'
import { ownWordIds, sharedVocabulary, Vocabulary, WordValues } from './vocabulary.ts'

test('tokens with the same text get the same id, within a document and across documents', () => {
  const vocabulary = new Vocabulary()
  const first = vocabulary.read(tokenize('the cat saw the dog'))
  assert.deepEqual([...first.ids], [0, 1, 2, 0, 3])
  const second = vocabulary.read(tokenize('The dog saw'))
  assert.deepEqual([...second.ids], [4, 3, 2], '"The" and "the" are different texts')
  assert.equal(vocabulary.text(3), 'dog')
  assert.equal(vocabulary.size, 5)
  assert.equal(first.generation, second.generation)
})

test('a vocabulary that would outgrow its limit starts again before a document, never inside one', () => {
  const vocabulary = new Vocabulary(4)
  const first = vocabulary.read(tokenize('a b c'))
  const second = vocabulary.read(tokenize('d e'))
  assert.equal(second.generation, first.generation + 1)
  assert.deepEqual([...second.ids], [0, 1])
  assert.equal(vocabulary.text(0), 'd')
  const long = vocabulary.read(tokenize('f g h i j k'))
  assert.deepEqual([...long.ids], [0, 1, 2, 3, 4, 5], 'a document longer than the limit still gets all its ids')
  assert.equal(vocabulary.size, 6)
})

test('asking for the text of an id the vocabulary does not hold is an error', () => {
  const vocabulary = new Vocabulary()
  vocabulary.read(tokenize('one'))
  assert.throws(() => vocabulary.text(1), /No text has the id 1/)
  assert.throws(() => new Vocabulary(0), /at least one text/)
})

test('word values are computed once per word and follow the vocabulary when it starts again', () => {
  const vocabulary = new Vocabulary(3)
  const calls: string[] = []
  const upper = new WordValues((text) => {
    calls.push(text)
    return text.toUpperCase()
  })
  const words = vocabulary.read(tokenize('a b a'))
  assert.deepEqual(upper.forTokens(words), ['A', 'B', 'A'])
  assert.equal(upper.at(words, 1), 'B')
  assert.deepEqual(calls, ['a', 'b'], 'each distinct word once')
  const next = vocabulary.read(tokenize('c d'))
  assert.deepEqual(upper.forTokens(next), ['C', 'D'], 'ids 0 and 1 now name other words')
  assert.throws(() => upper.forTokens(words), /started again since/, 'ids of an earlier generation are refused')
})

test('word values kept for one vocabulary are not reused for another', () => {
  const length = new WordValues((text) => text.length)
  const a = new Vocabulary().read(tokenize('short'))
  const b = new Vocabulary().read(tokenize('lengthy'))
  assert.deepEqual(length.forTokens(a), [5])
  assert.deepEqual(length.forTokens(b), [7])
})

test('tokens read into a vocabulary of their own leave the shared vocabulary alone', () => {
  const size = sharedVocabulary.size
  const words = ownWordIds(tokenize('an unlikely zyzzyva, an unlikely word'))
  assert.deepEqual([...words.ids], [0, 1, 2, 3, 0, 1, 4])
  assert.equal(sharedVocabulary.size, size)
})
