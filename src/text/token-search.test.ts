import assert from 'node:assert/strict'
import { test } from 'node:test'
import { firstStartingFrom, firstTokenEndingAfter, lastStartingAtOrBefore, overlappingTokens, sentenceAtToken } from './token-search.ts'
import { tokenize } from './tokenize.ts'

const text = 'NATO troops left.'
const tokens = tokenize(text)

test('the first token ending after an offset is the token holding it, or the next one', () => {
  assert.equal(firstTokenEndingAfter(tokens, 0), 0)
  assert.equal(firstTokenEndingAfter(tokens, 5), 1)
  assert.equal(firstTokenEndingAfter(tokens, 4), 1, 'the space after NATO belongs to no token: the next one')
  assert.equal(firstTokenEndingAfter(tokens, text.length), tokens.length, 'past the last token: none')
  assert.equal(firstTokenEndingAfter(tokens, 0, 2, 3), 2, 'searches only within [from, to)')
  assert.equal(firstTokenEndingAfter([], 3), 0)
})

test('a character range overlaps the tokens it touches, and none when it falls between them', () => {
  assert.deepEqual(overlappingTokens(tokens, 2, 8), { from: 0, to: 2 })
  assert.deepEqual(overlappingTokens(tokens, 0, text.length), { from: 0, to: tokens.length })
  assert.deepEqual(overlappingTokens(tokens, 4, 5), { from: 1, to: 1 })
  assert.deepEqual(overlappingTokens([], 0, 4), { from: 0, to: 0 })
})

test('the first item starting at an offset or later is found among items sorted by start', () => {
  assert.equal(firstStartingFrom(tokens, 0), 0)
  assert.equal(firstStartingFrom(tokens, 3), 1, 'inside NATO: the next token, troops')
  assert.equal(firstStartingFrom(tokens, 5), 1, 'troops starts at 5')
  assert.equal(firstStartingFrom(tokens, text.length), tokens.length, 'past every start: none')
  assert.equal(firstStartingFrom([{ start: 2 }, { start: 9 }], 9), 1, 'any items with a start')
  assert.equal(firstStartingFrom([], 4), 0)
})

test('the sentence holding a token is the last one starting at or before it', () => {
  const sentences = [{ tokenStart: 0 }, { tokenStart: 4 }, { tokenStart: 9 }]
  assert.equal(sentenceAtToken(sentences, 0), 0)
  assert.equal(sentenceAtToken(sentences, 3), 0, 'the last token of the first sentence')
  assert.equal(sentenceAtToken(sentences, 4), 1, 'the first token of the second')
  assert.equal(sentenceAtToken(sentences, 20), 2, 'past the last start: the last sentence')
})

test('the last item starting at or before an offset holds it; before them all, or with none, it is 0', () => {
  assert.equal(lastStartingAtOrBefore(tokens, 7), 1, "inside 'troops'")
  assert.equal(lastStartingAtOrBefore(tokens, 4), 0, 'the space after NATO: still the token before')
  assert.equal(lastStartingAtOrBefore(tokens, text.length), tokens.length - 1)
  assert.equal(lastStartingAtOrBefore([{ start: 5 }], 2), 0)
  assert.equal(lastStartingAtOrBefore([], 3), 0)
})
