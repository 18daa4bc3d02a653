import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isAllowedAfter, labelIndex, NER_LABELS, toIob2 } from './labels.ts'

test('nine IOB2 labels over the four CoNLL types', () => {
  assert.deepEqual(NER_LABELS, ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'])
  assert.equal(labelIndex('B-ORG'), 3)
  assert.equal(labelIndex('E-ORG'), -1)
})

test('an inside tag only continues an entity of its own type', () => {
  assert.equal(isAllowedAfter('B-PER', 'I-PER'), true)
  assert.equal(isAllowedAfter('I-PER', 'I-PER'), true)
  assert.equal(isAllowedAfter('B-LOC', 'I-PER'), false)
  assert.equal(isAllowedAfter('O', 'I-PER'), false)
  assert.equal(isAllowedAfter(null, 'I-PER'), false)
  assert.equal(isAllowedAfter(null, 'B-PER'), true)
  assert.equal(isAllowedAfter('I-ORG', 'O'), true)
})

test('IOB1 tags (wikigold) become IOB2', () => {
  assert.deepEqual(toIob2(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG']), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG'])
  assert.deepEqual(toIob2(['B-MISC', 'I-MISC']), ['B-MISC', 'I-MISC'])
})
