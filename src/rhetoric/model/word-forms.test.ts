import assert from 'node:assert/strict'
import { test } from 'node:test'
import { stemWord, wordShape } from './word-forms.ts'

test('word shapes collapse long runs of one class', () => {
  assert.deepEqual(['Obama', 'U.S.', '1,200', 'McCain', 'NATO', 'Émile'].map(wordShape), ['Xxx', 'X.X.', 'd,dd', 'XxXxx', 'XX', 'Xxx'])
})

test('crude lemmas group inflections', () => {
  assert.deepEqual(['attacks', 'Attacked', 'attacking', 'policies', 'badly', 'class', 'crisis', "Trump's"].map(stemWord), ['attack', 'attack', 'attack', 'policy', 'bad', 'class', 'crisis', 'trump'])
})
