import assert from 'node:assert/strict'
import { test } from 'node:test'
import { capitalisation, shortShape, wordShape } from './word-shape.ts'

test('shapes keep character classes and cut long runs', () => {
  assert.equal(wordShape('Brussels'), 'Xxxxx')
  assert.equal(wordShape('NATO'), 'XXXX')
  assert.equal(wordShape('1996-08-22'), 'dddd-dd-dd')
  assert.equal(wordShape('Zürich'), 'Xxxxx')
  assert.equal(shortShape('U.S.'), 'X.X.')
  assert.equal(shortShape('al-Assad'), 'x-Xx')
  assert.equal(shortShape('1,200'), 'd,d')
})

test('capitalisation classes', () => {
  assert.deepEqual(
    ['news', 'Brussels', 'NATO', 'A', 'McDonald', 'eBay', '1996', 'Élysée'].map(capitalisation),
    ['lower', 'initial', 'upper', 'initial', 'mixed', 'mixed', 'none', 'initial'],
  )
})
