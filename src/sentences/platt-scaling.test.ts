import assert from 'node:assert/strict'
import { test } from 'node:test'
import { seededRandom } from '../models/seeded-random.ts'
import { sigmoid } from './logistic-regression.ts'
import { calibrate, fitPlattScaling } from './platt-scaling.ts'

test('Platt scaling recovers the slope and intercept that made the labels', () => {
  const random = seededRandom(11)
  const scores: number[] = []
  const labels: boolean[] = []
  for (let i = 0; i < 20000; i++) {
    const score = random() * 8 - 4
    scores.push(score)
    labels.push(random() < sigmoid(2 * score - 1))
  }
  const platt = fitPlattScaling(scores, labels)
  assert.ok(Math.abs(platt.slope - 2) < 0.1, `slope ${platt.slope}`)
  assert.ok(Math.abs(platt.intercept + 1) < 0.1, `intercept ${platt.intercept}`)
})

test('calibrated probabilities never go down as the score goes up', () => {
  const platt = fitPlattScaling([-3, -1, 0, 2, 1, -2], [false, false, true, true, true, false])
  let previous = -1
  for (let score = -10; score <= 10; score += 0.25) {
    const p = calibrate(platt, score)
    assert.ok(p >= previous && p >= 0 && p <= 1)
    previous = p
  }
})

test('a reversed score still gives a non-decreasing calibration', () => {
  const platt = fitPlattScaling([1, 2, 3, -1, -2, -3], [false, false, false, true, true, true])
  assert.ok(platt.slope > 0)
})

test('it needs both classes', () => {
  assert.throws(() => fitPlattScaling([1, 2], [true, true]), /both positive and negative/)
  assert.throws(() => fitPlattScaling([1, 2], [true]), /2 scores but 1 labels/)
})
