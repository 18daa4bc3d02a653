import assert from 'node:assert/strict'
import { test } from 'node:test'
import { decodeWeights, encodeWeights } from './weights-file.ts'

function model(values: Record<number, number>, bits = 4, classes = 3) {
  const weights = new Float32Array((1 << bits) * classes)
  for (const [i, v] of Object.entries(values)) weights[Number(i)] = v
  return { bits, classes, weights }
}

test('weights and metadata survive a round trip within int16 precision', () => {
  const original = model({ 0: 1.5, 4: -0.25, 47: 3, 20: 1e-3 })
  const { meta, model: read } = decodeWeights(encodeWeights({ labels: ['a', 'b', 'c'] }, original))
  assert.deepEqual(meta, { labels: ['a', 'b', 'c'] })
  assert.equal(read.bits, 4)
  assert.equal(read.classes, 3)
  for (let i = 0; i < original.weights.length; i++) assert.ok(Math.abs(read.weights[i] - original.weights[i]) <= 3 / 32767, `weight ${i}`)
})

test('stores only rows with weights, and prunes small ones when asked', () => {
  const sparse = model({ 3: 2, 30: -2 }, 16, 3)
  const bytes = encodeWeights({}, sparse)
  assert.ok(bytes.length < 80, `${bytes.length} bytes for two weights`)
  const pruned = decodeWeights(encodeWeights({}, model({ 3: 2, 30: -0.01 }), { prune: 0.1 })).model
  assert.equal(pruned.weights[30], 0)
  assert.equal(pruned.weights[3], 2)
})

test('the same model always encodes to the same bytes', () => {
  const m = model({ 1: 0.3, 9: -7, 44: 2.25 })
  assert.deepEqual(encodeWeights({ a: 1 }, m), encodeWeights({ a: 1 }, m))
})

test('says what is wrong with a file that is not a weights file', () => {
  assert.throws(() => decodeWeights(new TextEncoder().encode('hello, world')), /Not a valid unspun weights file \(wrong header\)/)
  const bytes = encodeWeights({}, model({ 1: 1 }))
  assert.throws(() => decodeWeights(bytes.subarray(0, bytes.length - 1)), /truncated/)
  assert.throws(() => decodeWeights(Uint8Array.from([...bytes, 0])), /trailing bytes/)
})

test('rejects a table whose size does not match its shape', () => {
  assert.throws(() => encodeWeights({}, { bits: 4, classes: 3, weights: new Float32Array(5) }), /expected 2\^4 × 3/)
})
