import assert from 'node:assert/strict'
import { test } from 'node:test'
import { titleCase, upperCase } from './case-variants.ts'

const sentence = { words: ['the', 'army', 'of', 'Ruritania', 'said', 'on', 'Monday', '.'], tags: ['O', 'O', 'O', 'B-LOC', 'O', 'O', 'O', 'O'] }

test('title case capitalises words but not short function words after the first', () => {
  assert.deepEqual(titleCase(sentence), { words: ['The', 'Army', 'of', 'Ruritania', 'Said', 'on', 'Monday', '.'], tags: sentence.tags })
})

test('capitals change every word, never the tags', () => {
  assert.deepEqual(upperCase(sentence).words, ['THE', 'ARMY', 'OF', 'RURITANIA', 'SAID', 'ON', 'MONDAY', '.'])
  assert.deepEqual(upperCase(sentence).tags, sentence.tags)
  assert.notEqual(upperCase(sentence).tags, sentence.tags)
})
