import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../../text/tokenize.ts'
import { sharedVocabulary, Vocabulary } from '../../text/vocabulary.ts'
import { IntNumbering, ownWordIds, WordNumbers } from './numbering.ts'

test('word numbers are worked out once per word and given per token', () => {
  const seen: string[] = []
  const lengths = new WordNumbers((text) => (seen.push(text), text.length))
  const vocabulary = new Vocabulary()
  assert.deepEqual([...lengths.forTokens(vocabulary.read(tokenize('the cat saw the dog')))], [3, 3, 3, 3, 3])
  assert.deepEqual([...lengths.forTokens(vocabulary.read(tokenize('the elephant')))], [3, 8])
  assert.deepEqual(seen, ['the', 'cat', 'saw', 'dog', 'elephant'])
})

test('word numbers follow the vocabulary when it starts again, and refuse ids of an earlier generation', () => {
  const first = new WordNumbers((text) => text.charCodeAt(0))
  const vocabulary = new Vocabulary(3)
  const old = vocabulary.read(tokenize('a b'))
  assert.deepEqual([...first.forTokens(old)], [97, 98])
  const fresh = vocabulary.read(tokenize('c d'))
  assert.equal(fresh.generation, 1)
  assert.deepEqual([...first.forTokens(fresh)], [99, 100])
  assert.throws(() => first.forTokens(old), /generation 0 .* read the tokens again/)
})

test('a word number must be a 32-bit integer', () => {
  const vocabulary = new Vocabulary()
  assert.throws(() => new WordNumbers(() => 0.5).forTokens(vocabulary.read(tokenize('x'))), /32-bit integer .* 'x' gave 0\.5/)
  assert.throws(() => new WordNumbers(() => 2 ** 40).forTokens(vocabulary.read(tokenize('y'))), /32-bit integer/)
})

test('tokens read into a vocabulary of their own leave the shared vocabulary alone', () => {
  const size = sharedVocabulary.size
  const words = ownWordIds(tokenize('an unlikely zyzzyva, an unlikely word'))
  assert.deepEqual([...words.ids], [0, 1, 2, 3, 0, 1, 4])
  assert.equal(sharedVocabulary.size, size)
})

test('integers are numbered in the order they are first met, afresh for each use', () => {
  const numbering = new IntNumbering()
  numbering.start(4)
  assert.deepEqual([-7, 42, -7, 0, 42].map((v) => numbering.number(v)), [0, 1, 0, 2, 1])
  assert.equal(numbering.count, 3)
  numbering.start(2)
  assert.deepEqual([42, 5].map((v) => numbering.number(v)), [0, 1])
  assert.equal(numbering.count, 2)
})

test('a use with many integers gets a table large enough for all of them', () => {
  const numbering = new IntNumbering()
  numbering.start(10)
  numbering.number(1)
  const many = Array.from({ length: 5000 }, (_, k) => Math.imul(k, 0x9e3779b1))
  numbering.start(many.length)
  assert.deepEqual(many.map((v) => numbering.number(v)), many.map((_, k) => k))
  assert.deepEqual(many.map((v) => numbering.number(v)).slice(0, 3), [0, 1, 2])
})
