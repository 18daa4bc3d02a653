import assert from 'node:assert/strict'
import { test } from 'node:test'
import { calibrate, fitIsotonic, reliabilityTable } from './calibration.ts'

test('isotonic regression pools scores whose outcomes run against the order', () => {
  const cal = fitIsotonic([
    { score: 0.1, outcome: 0 },
    { score: 0.2, outcome: 1 },
    { score: 0.3, outcome: 0 },
    { score: 0.8, outcome: 1 },
    { score: 0.9, outcome: 1 },
  ])
  assert.deepEqual(cal, { x: [0.1, 0.25, 0.85], y: [0, 0.5, 1] })
})

test('calibrated probabilities interpolate between points, flat beyond the ends, and never fall', () => {
  const cal = { x: [0.2, 0.6], y: [0.1, 0.5] }
  assert.equal(calibrate(cal, 0), 0.1)
  assert.ok(Math.abs(calibrate(cal, 0.4) - 0.3) < 1e-12)
  assert.equal(calibrate(cal, 0.99), 0.5)
  const fitted = fitIsotonic(Array.from({ length: 200 }, (_, i) => ({ score: (i * 37) % 100 / 100, outcome: (i * 53) % 7 < 3 ? 1 : 0 })))
  for (let s = 0; s < 1; s += 0.05) assert.ok(calibrate(fitted, s) <= calibrate(fitted, s + 0.05) + 1e-12)
  assert.equal(calibrate({ x: [], y: [] }, 1.7), 1)
})

test('shares in [0, 1] are fitted as well as right/wrong outcomes', () => {
  const cal = fitIsotonic([
    { score: 0.3, outcome: 0.2 },
    { score: 0.3, outcome: 0.4 },
    { score: 0.7, outcome: 0.9 },
  ])
  assert.deepEqual(cal, { x: [0.3, 0.7], y: [0.3, 0.9] })
})

test('the reliability table bins confidences and measures the gap', () => {
  const { bins, expectedCalibrationError } = reliabilityTable([
    { score: 0.15, outcome: 0 },
    { score: 0.15, outcome: 1 },
    { score: 0.95, outcome: 1 },
    { score: 1, outcome: 1 },
  ])
  assert.deepEqual(bins[1], { from: 0.1, to: 0.2, count: 2, meanConfidence: 0.15, observed: 0.5 })
  assert.equal(bins[9].count, 2)
  assert.ok(Math.abs(expectedCalibrationError - (2 * 0.35 + 0.05 + 0) / 4) < 1e-9)
})
