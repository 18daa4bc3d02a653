import assert from 'node:assert/strict'
import { test } from 'node:test'
import { articleFolds } from './folds.ts'

const ids = Array.from({ length: 23 }, (_, i) => `article-${i}`)

test('every article lands in exactly one fold, folds differ in size by at most one', () => {
  const folds = articleFolds(ids, 5, 2020)
  assert.deepEqual(folds.flat().sort(), [...ids].sort())
  const sizes = folds.map((f) => f.length)
  assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1)
})

test('the same seed gives the same folds, whatever the input order; another seed others', () => {
  assert.deepEqual(articleFolds(ids, 5, 7), articleFolds([...ids].reverse(), 5, 7))
  assert.notDeepEqual(articleFolds(ids, 5, 7), articleFolds(ids, 5, 8))
})

test('too few articles or folds are refused', () => {
  assert.throws(() => articleFolds(ids, 1, 1), /at least 2 folds/)
  assert.throws(() => articleFolds(['a'], 2, 1), /Cannot split 1 articles into 2 folds/)
})
