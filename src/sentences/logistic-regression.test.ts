import assert from 'node:assert/strict'
import { test } from 'node:test'
import { margin, sigmoid, trainLogisticRegression, type BinaryExample } from './logistic-regression.ts'

// Feature 1 means yes, feature 2 means no, feature 3 is noise present everywhere.
const examples: BinaryExample[] = Array.from({ length: 200 }, (_, i) => ({ features: Int32Array.from(i % 3 === 0 ? [1, 3] : [2, 3]), label: i % 3 === 0 }))
const options = { bits: 8, epochs: 5, seed: 3, alpha: 0.5, l1: 0, l2: 0.1 }

test('sigmoid is the logistic function, stable at the extremes', () => {
  assert.equal(sigmoid(0), 0.5)
  assert.ok(Math.abs(sigmoid(2) - 1 / (1 + Math.exp(-2))) < 1e-15)
  assert.equal(sigmoid(-1000), 0)
  assert.equal(sigmoid(1000), 1)
})

test('it learns which feature means yes', () => {
  const model = trainLogisticRegression(examples, options)
  assert.ok(sigmoid(margin(model, [1, 3])) > 0.9)
  assert.ok(sigmoid(margin(model, [2, 3])) < 0.1)
  assert.ok(model.weights[1] > 0 && model.weights[2] < 0)
  assert.equal(model.weights[0], 0, 'a feature never seen keeps a zero weight')
})

test('L1 drives a feature that carries nothing to exactly zero', () => {
  const model = trainLogisticRegression(examples, { ...options, l1: 5 })
  assert.equal(model.weights[3], 0)
})

test('the same seed gives the same weights, bit for bit; another seed other weights', () => {
  const a = trainLogisticRegression(examples, options)
  const b = trainLogisticRegression(examples, options)
  const c = trainLogisticRegression(examples, { ...options, seed: 4 })
  assert.deepEqual(a, b)
  assert.notDeepEqual(a.weights, c.weights)
})
