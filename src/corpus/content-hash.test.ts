import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contentHash, sourceHash, storeId } from './content-hash.ts'

test('the same text with other white space or Unicode composition has the same hash', () => {
  const hash = contentHash('Café  troops\r\narrived.\n')
  assert.equal(contentHash('Cafe\u0301 troops arrived.'), hash)
  assert.notEqual(contentHash('Café troops arrived!'), hash)
  assert.match(hash, /^[0-9a-f]{64}$/)
  assert.equal(storeId(hash), hash.slice(0, 16))
  assert.notEqual(sourceHash('a.pdf'), sourceHash('b.pdf'))
})
