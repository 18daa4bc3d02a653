import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Trie } from './trie.ts'

test('a trie stored as parts reads back the same', () => {
  const trie = new Trie(2)
  trie.add(['united', 'nations'], 3, 0)
  trie.add(['united', 'states'], 1, 0)
  trie.add(['us'], 1, 1)
  trie.add(['us'], 1, 1)
  trie.add(['us'], 7, 4)
  const back = Trie.fromParts(trie.toParts())
  for (const keys of [['united', 'nations'], ['united', 'states'], ['us'], ['united']]) {
    assert.deepEqual(back.candidates(Math.max(0, back.walk(keys))), trie.candidates(Math.max(0, trie.walk(keys))), keys.join(' '))
  }
  assert.deepEqual(back.candidates(back.walk(['us'])), [{ value: 1, flags: 1 }, { value: 7, flags: 4 }])
  assert.equal(back.walk(['nations']), -1)
  assert.equal(back.size, 5)
})
