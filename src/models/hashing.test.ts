import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bucketOf, hashString, mixHash } from './hashing.ts'

test('the same string always hashes to the same unsigned 32-bit number', () => {
  assert.equal(hashString('NATO'), hashString('NATO'))
  assert.ok(Number.isInteger(hashString('NATO')) && hashString('NATO') >= 0 && hashString('NATO') < 2 ** 32)
  // Pinned: shipped weights depend on these exact values.
  assert.equal(hashString(''), 2872998923)
  assert.equal(hashString('NATO'), 1733232029)
})

test('different strings and argument orders give different hashes', () => {
  assert.notEqual(hashString('nato'), hashString('NATO'))
  assert.notEqual(mixHash(1, 2), mixHash(2, 1))
  assert.equal(mixHash(7, hashString('the')), mixHash(7, hashString('the')))
})

test('hashes spread evenly over buckets', () => {
  const counts = new Array<number>(16).fill(0)
  for (let i = 0; i < 16000; i++) counts[bucketOf(mixHash(3, i), 4)]++
  for (const c of counts) assert.ok(c > 800 && c < 1200, `bucket count ${c}`)
})
