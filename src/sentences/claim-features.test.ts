import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../text/tokenize.ts'
import { Vocabulary } from '../text/vocabulary.ts'
import { ClaimFeaturizer } from './claim-features.ts'

const buckets = (featurizer: ClaimFeaturizer, text: string): number[] => {
  const tokens = tokenize(text)
  return Array.from(featurizer.extract(tokens, 0, tokens.length))
}

test('the same sentence always gives the same buckets, within the table', () => {
  const featurizer = new ClaimFeaturizer({ bits: 12, bigrams: true })
  const a = buckets(featurizer, 'Unemployment fell to 4.2% in 2019.')
  assert.deepEqual(buckets(new ClaimFeaturizer({ bits: 12, bigrams: true }), 'Unemployment fell to 4.2% in 2019.'), a)
  assert.ok(a.every((b) => Number.isInteger(b) && b >= 0 && b < 1 << 12))
})

test('word pairs add one feature per word and one for the end', () => {
  const text = 'Taxes rose sharply.'
  const pairs = buckets(new ClaimFeaturizer({ bits: 16, bigrams: true }), text)
  const single = buckets(new ClaimFeaturizer({ bits: 16, bigrams: false }), text)
  assert.equal(pairs.length - single.length, 3 + 1)
})

test('a long sentence after short ones gets its own features, not a stale buffer', () => {
  const featurizer = new ClaimFeaturizer({ bits: 16, bigrams: true })
  const long = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ') + '.'
  buckets(featurizer, 'A short one.')
  const reused = buckets(featurizer, long)
  assert.deepEqual(reused, buckets(new ClaimFeaturizer({ bits: 16, bigrams: true }), long))
  // 300 words, 300 pairs, the closing pair, 3 counts (numbers, names, length) and 'tense:present'.
  assert.equal(reused.length, 300 + 300 + 1 + 3 + 1)
})

test('the table size is checked', () => {
  assert.throws(() => new ClaimFeaturizer({ bits: 30, bigrams: true }), /bits must be an integer in 8\.\.24/)
})

test('reading the words off the document text gives the same features as off the tokens', () => {
  const featurizer = new ClaimFeaturizer({ bits: 16, bigrams: true })
  const text = 'NATO’s GDP fell 4.2% in 2019, “the lowest ever,” said İlhan. Prices DOUBLED; we’ll see www.x.org'
  const tokens = tokenize(text)
  const plain = Array.from(featurizer.extract(tokens, 0, tokens.length))
  assert.deepEqual(Array.from(featurizer.extract(tokens, 0, tokens.length, text)), plain)
  assert.deepEqual(Array.from(featurizer.extract(tokens, 3, 9, text)), Array.from(featurizer.extract(tokens, 3, 9)))
})

test('reading the words by their ids in a vocabulary gives the same features as off the text', () => {
  const featurizer = new ClaimFeaturizer({ bits: 16, bigrams: true })
  const vocabulary = new Vocabulary()
  const texts = [
    'NATO’s GDP fell 4.2% in 2019, “the lowest ever,” said İlhan. Prices DOUBLED; we’ll see www.x.org',
    'I’ve said it before: the 1,200 troops will NOT leave by 2025 — they’re going to stay, per cent by per cent.',
    '“We won,” claimed the minister. ΣΟΦΙΑ and Straße cost $5bn, more than ever!',
  ]
  for (const text of texts) {
    const tokens = tokenize(text)
    const words = vocabulary.read(tokens)
    for (const [from, to] of [[0, tokens.length], [2, 11], [5, tokens.length]]) {
      assert.deepEqual(Array.from(featurizer.extract(tokens, from, to, text, words)), Array.from(featurizer.extract(tokens, from, to, text)), `${text} [${from}, ${to})`)
    }
  }
})

test('weighing a sentence adds up the weights of its features in order', () => {
  const featurizer = new ClaimFeaturizer({ bits: 10, bigrams: true })
  const weights = new Float32Array(1 << 10).map((_, i) => (i % 7 === 0 ? 0 : Math.fround(Math.sin(i))))
  const text = 'Unemployment fell to 4.2% in 2019, the lowest rate in 50 years.'
  const tokens = tokenize(text)
  let expected = -0.25
  for (const b of featurizer.extract(tokens, 0, tokens.length)) expected += weights[b]
  assert.equal(featurizer.weigh(tokens, 0, tokens.length, weights, -0.25, text), expected)
})
