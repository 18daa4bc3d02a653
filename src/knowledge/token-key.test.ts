import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../text/tokenize.ts'
import { tokenKey, tokenKeys } from './token-key.ts'

test('keys are lower case, without full stops or diacritics, with one apostrophe', () => {
  assert.deepEqual(['U.S.', 'US', 'Côte', "d’Ivoire", 'Türkiye', 'NATO', 'Gen.', '.', 'al-Qaeda'].map(tokenKey), ['us', 'us', 'cote', "d'ivoire", 'turkiye', 'nato', 'gen', '.', 'al-qaeda'])
})

test('a document computes each token key once, on demand', () => {
  const tokens = tokenize('The U.S. and Türkiye')
  const key = tokenKeys(tokens)
  assert.equal(key(1), 'us')
  assert.equal(key(3), 'turkiye')
  assert.equal(key(1), 'us')
})
