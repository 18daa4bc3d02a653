import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { DocumentSource } from './analysis-job.ts'
import { createAnalysisCache } from './analysis-cache.ts'

const doc = (content: string, extra: Partial<DocumentSource> = {}): DocumentSource => ({ format: 'text', content, source: 'api', ...extra })

test('returns the report of the same document with the same metadata, and only then', () => {
  const cache = createAnalysisCache(1024 * 1024)
  cache.set(doc('Troops arrived.'), '{"a":1}')
  assert.equal(cache.get(doc('Troops arrived.')), '{"a":1}')
  assert.equal(cache.get(doc('Troops arrived!')), undefined)
  assert.equal(cache.get(doc('Troops arrived.', { issuer: 'NATO' })), undefined)
  assert.equal(cache.get(doc('Troops arrived.', { format: 'html' })), undefined)
})

test('keeps within its size by dropping the least recently used reports', () => {
  const cache = createAnalysisCache(400)
  const report = 'x'.repeat(50)
  for (const n of [1, 2, 3, 4]) cache.set(doc(String(n)), report)
  assert.equal(cache.size, 4)
  cache.get(doc('1'))
  cache.set(doc('5'), report)
  assert.equal(cache.size, 4)
  assert.ok(cache.bytes <= 400)
  assert.equal(cache.get(doc('2')), undefined, 'the least recently used is gone')
  assert.equal(cache.get(doc('1')), report, 'a report read recently stays')
})

test('a cache of size 0 keeps nothing, and a report too big for the cache is not kept', () => {
  const off = createAnalysisCache(0)
  off.set(doc('a'), '{}')
  assert.equal(off.get(doc('a')), undefined)
  const small = createAnalysisCache(100)
  small.set(doc('a'), 'x'.repeat(40))
  assert.equal(small.size, 0)
})
