import assert from 'node:assert/strict'
import { test } from 'node:test'
import { seededRandom, shuffleInPlace } from './seeded-random.ts'

test('the same seed gives the same numbers in [0, 1), another seed others', () => {
  const a = seededRandom(42)
  const b = seededRandom(42)
  const first = Array.from({ length: 5 }, a)
  assert.deepEqual(Array.from({ length: 5 }, b), first)
  assert.notDeepEqual(Array.from({ length: 5 }, seededRandom(43)), first)
  for (const x of first) assert.ok(x >= 0 && x < 1)
})

test('shuffling keeps every item and is reproducible', () => {
  const items = Array.from({ length: 20 }, (_, i) => i)
  const once = shuffleInPlace([...items], seededRandom(7))
  assert.deepEqual([...once].sort((x, y) => x - y), items)
  assert.notDeepEqual(once, items)
  assert.deepEqual(shuffleInPlace([...items], seededRandom(7)), once)
})
