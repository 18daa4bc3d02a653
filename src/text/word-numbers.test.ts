import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from './tokenize.ts'
import { Vocabulary } from './vocabulary.ts'
import { WordNumbers } from './word-numbers.ts'

/** Two numbers per word: its length and its first character code; counts how often a word is read. */
function lengthsAndInitials() {
  const reads: string[] = []
  const numbers = new WordNumbers(2, (text, out) => {
    reads.push(text)
    out[0] = text.length
    out[1] = text.charCodeAt(0)
  })
  return { numbers, reads }
}

test('each word is read once and its numbers are found by its id', () => {
  const { numbers, reads } = lengthsAndInitials()
  const vocabulary = new Vocabulary()
  const tokens = tokenize('the cat saw the dog')
  const words = vocabulary.read(tokens)
  numbers.prepare(words)
  assert.deepEqual(reads, ['the', 'cat', 'saw', 'dog'])
  tokens.forEach((t, k) => {
    assert.equal(numbers.values[2 * words.ids[k]], t.text.length)
    assert.equal(numbers.values[2 * words.ids[k] + 1], t.text.charCodeAt(0))
  })
  numbers.prepare(vocabulary.read(tokenize('the dog')))
  assert.equal(reads.length, 4, 'words already known are not read again')
})

test('only the tokens asked for are read', () => {
  const { numbers, reads } = lengthsAndInitials()
  const words = new Vocabulary().read(tokenize('one two three four'))
  numbers.prepare(words, 1, 3)
  assert.deepEqual(reads, ['two', 'three'])
})

test('the numbers grow with the vocabulary and start again with a new generation', () => {
  const { numbers, reads } = lengthsAndInitials()
  const vocabulary = new Vocabulary(3000)
  const many = tokenize(Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' '))
  const words = vocabulary.read(many)
  numbers.prepare(words)
  assert.equal(numbers.values[2 * words.ids[1999]], 'w1999'.length)
  const again = vocabulary.read(many)
  assert.equal(again.generation, 1)
  numbers.prepare(again)
  assert.equal(reads.length, 4000, 'a new generation reads every word again')
  assert.equal(numbers.values[2 * again.ids[1999]], 'w1999'.length)
})

test('word ids from before the vocabulary started again are refused', () => {
  const { numbers } = lengthsAndInitials()
  const vocabulary = new Vocabulary(4)
  const tokens = tokenize('a b c')
  const stale = vocabulary.read(tokens)
  vocabulary.read(tokens)
  assert.throws(() => numbers.prepare(stale), /read the tokens again/)
})

test('a word needs at least one number', () => {
  assert.throws(() => new WordNumbers(0, () => {}), RangeError)
  assert.throws(() => new WordNumbers(1.5, () => {}), RangeError)
})

test('a table of one number per word gives each token its number, worked out once per word', () => {
  const reads: string[] = []
  const lengths = new WordNumbers(1, (text, out) => {
    reads.push(text)
    out[0] = text.length
  })
  const vocabulary = new Vocabulary()
  assert.deepEqual([...lengths.forTokens(vocabulary.read(tokenize('the cat saw the elephant')))], [3, 3, 3, 3, 8])
  assert.deepEqual([...lengths.forTokens(vocabulary.read(tokenize('the cat')))], [3, 3])
  assert.deepEqual(reads, ['the', 'cat', 'saw', 'elephant'])
})

test('a table of several numbers per word refuses to give one number per token', () => {
  const { numbers } = lengthsAndInitials()
  assert.throws(() => numbers.forTokens(new Vocabulary().read(tokenize('a b'))), /2 each/)
})
