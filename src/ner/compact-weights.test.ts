import assert from 'node:assert/strict'
import { test } from 'node:test'
import { addScores } from '../models/linear-weights.ts'
import { seededRandom } from '../models/seeded-random.ts'
import { CompactWeights } from './compact-weights.ts'

test('sums the same scores as the full table, skipping the empty rows', () => {
  const random = seededRandom(3)
  const bits = 8
  const weights = new Float32Array((1 << bits) * 9)
  // About a third of the rows hold weights, a few of them a single one.
  for (let row = 0; row < 1 << bits; row++) {
    if (random() < 0.66) continue
    for (let c = 0; c < 9; c++) if (random() < 0.7 || c === 0) weights[row * 9 + c] = Math.round((random() - 0.5) * 2000) / 128
  }
  const model = { bits, classes: 9, weights }
  const compact = new CompactWeights(model)
  for (let trial = 0; trial < 200; trial++) {
    const buckets = Array.from({ length: 1 + Math.floor(random() * 40) }, () => Math.floor(random() * (1 << bits)))
    const expected = new Float64Array(9)
    addScores(model, buckets, 0, buckets.length, expected)
    const got = new Float64Array(12)
    compact.addRows(buckets, 0, buckets.length, got, 2)
    assert.deepEqual([...got.subarray(2, 11)], [...expected])
  }
  const emissions = compact.emissionScores([1, 2, 3, 200], [0, 1, 4], new Float64Array(27).fill(7))
  const first = new Float64Array(9)
  addScores(model, [1], 0, 1, first)
  assert.deepEqual([...emissions.subarray(0, 9)], [...first])
  assert.equal(emissions[18], 7, 'only the rows of the tokens are written')
})

test('refuses a model that is not an NER model', () => {
  assert.throws(() => new CompactWeights({ bits: 4, classes: 3, weights: new Float32Array(48) }), /9 classes/)
})
