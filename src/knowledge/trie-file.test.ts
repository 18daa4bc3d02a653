import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Trie } from './trie.ts'
import { StoredTrieReader, writeTrie } from './trie-file.ts'

const phrases: [string[], number, number][] = [
  [['united', 'nations'], 3, 0],
  [['united', 'states'], 1, 0],
  [['united', 'states', 'of', 'america'], 1, 0],
  [['us'], 1, 1],
  [['us'], 7, 4],
  [['the', 'hague'], 2, 0],
  [['zurich'], 5, 0],
]

test('a stored trie reads back with the same phrases, values and flags', () => {
  const built = new Trie(4)
  for (const [keys, value, flags] of phrases) built.add(keys, value, flags)
  const read = new StoredTrieReader(JSON.parse(JSON.stringify(writeTrie(built.toParts()))))
  assert.equal(read.size, built.size)
  for (const keys of [['united'], ['united', 'nations'], ['united', 'states'], ['united', 'states', 'of'], ['united', 'states', 'of', 'america'], ['us'], ['the', 'hague'], ['zurich'], ['hague'], ['nowhere']]) {
    const a = built.walk(keys)
    const b = read.walk(keys)
    assert.equal(a < 0, b < 0, keys.join(' '))
    if (a < 0) continue
    assert.deepEqual(read.candidates(b), built.candidates(a), keys.join(' '))
    assert.equal(read.isTerminal(b), built.isTerminal(a))
    assert.equal(read.hasChildren(b), built.hasChildren(a), keys.join(' '))
  }
  assert.equal(read.word('nowhere'), -1)
  assert.equal(read.wordOfText('U.S.'), read.word('us'))
  assert.equal(read.child(read.walk(['united']), read.word('hague')), -1)
  // The parts it gives build a trie that stores the same way.
  assert.deepEqual(writeTrie(Trie.fromParts(read.toParts()).toParts()), writeTrie(built.toParts()))
})

test('a stored trie finds the root’s children directly, and no child for a key it does not hold', () => {
  const built = new Trie(4)
  for (const [keys, value, flags] of phrases) built.add(keys, value, flags)
  const read = new StoredTrieReader(writeTrie(built.toParts()))
  for (const key of ['us', 'zurich']) assert.deepEqual(read.candidates(read.child(0, read.word(key))), built.candidates(built.walk([key])), key)
  for (const key of ['united', 'the']) assert.equal(read.hasChildren(read.child(0, read.word(key))), true, key)
  assert.equal(read.child(0, read.word('hague')), -1, 'a key met only inside a phrase')
  assert.equal(read.child(0, -1), -1)
  assert.equal(read.child(0, 1_000), -1)
})
