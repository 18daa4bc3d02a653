import assert from 'node:assert/strict'
import { test } from 'node:test'
import { binaryScores, calibrationError, reliabilityTable } from './binary-scores.ts'

test('precision, recall, F1 and accuracy of the positive class at a threshold', () => {
  const s = binaryScores([0.9, 0.8, 0.3, 0.6, 0.1], [true, false, true, true, false])
  assert.equal(s.truePositives, 2)
  assert.equal(s.predictedPositives, 3)
  assert.equal(s.positives, 3)
  assert.equal(s.precision, 2 / 3)
  assert.equal(s.recall, 2 / 3)
  assert.ok(Math.abs(s.f1 - 2 / 3) < 1e-12)
  assert.equal(s.accuracy, 3 / 5)
  assert.equal(binaryScores([0.9, 0.8, 0.3, 0.6, 0.1], [true, false, true, true, false], 0.25).recall, 1)
})

test('nothing predicted gives zeros, not NaN', () => {
  const s = binaryScores([0.1, 0.2], [true, false])
  assert.equal(s.precision, 0)
  assert.equal(s.f1, 0)
})

test('a reliability table compares mean probability with the observed rate', () => {
  const table = reliabilityTable([0.1, 0.1, 0.9, 0.9], [false, false, true, false], 2)
  assert.deepEqual(table.map((b) => [b.count, b.meanProbability, b.observedRate]), [[2, 0.1, 0], [2, 0.9, 0.5]])
  assert.ok(Math.abs(calibrationError(table) - (0.5 * 0.1 + 0.5 * 0.4)) < 1e-12)
})
