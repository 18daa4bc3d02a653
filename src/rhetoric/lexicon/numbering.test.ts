import assert from 'node:assert/strict'
import { test } from 'node:test'
import { IntNumbering } from './numbering.ts'

test('integers are numbered in the order they are first met, afresh for each use', () => {
  const numbering = new IntNumbering()
  numbering.start(4)
  assert.deepEqual([-7, 42, -7, 0, 42].map((v) => numbering.number(v)), [0, 1, 0, 2, 1])
  assert.equal(numbering.count, 3)
  numbering.start(2)
  assert.deepEqual([42, 5].map((v) => numbering.number(v)), [0, 1])
  assert.equal(numbering.count, 2)
})

test('a use with many integers gets a table large enough for all of them', () => {
  const numbering = new IntNumbering()
  numbering.start(10)
  numbering.number(1)
  const many = Array.from({ length: 5000 }, (_, k) => Math.imul(k, 0x9e3779b1))
  numbering.start(many.length)
  assert.deepEqual(many.map((v) => numbering.number(v)), many.map((_, k) => k))
  assert.deepEqual(many.map((v) => numbering.number(v)).slice(0, 3), [0, 1, 2])
})
