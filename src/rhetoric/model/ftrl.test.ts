import assert from 'node:assert/strict'
import { test } from 'node:test'
import { FtrlLearner } from './ftrl.ts'

const example = (...features: number[]) => [{ features: Int32Array.from(features), from: 0, to: features.length }]

test('a binary model learns which feature marks the positive class', () => {
  const learner = new FtrlLearner({ bits: 4, classes: 1, alpha: 1, l1: 0, l2: 0.1 })
  for (let i = 0; i < 200; i++) {
    learner.learn(example(0, 1), 1)
    learner.learn(example(0, 2), 0)
  }
  assert.ok(learner.predict(example(0, 1))[0] > 0.9)
  assert.ok(learner.predict(example(0, 2))[0] < 0.1)
  const { weights } = learner.snapshot()
  assert.ok(weights[1] > 0 && weights[2] < 0)
})

test('a softmax model separates three classes, and L1 leaves unused features at exactly zero', () => {
  const learner = new FtrlLearner({ bits: 4, classes: 3, l1: 0.5 })
  for (let i = 0; i < 300; i++) for (let c = 0; c < 3; c++) learner.learn(example(c + 1), c)
  for (let c = 0; c < 3; c++) {
    const p = learner.predict(example(c + 1))
    assert.equal(p.indexOf(Math.max(...p)), c)
  }
  const { weights, classes } = learner.snapshot()
  assert.deepEqual([...weights.subarray(9 * classes, 10 * classes)], [0, 0, 0])
})

test('the same examples in the same order give the same weights', () => {
  const run = () => {
    const learner = new FtrlLearner({ bits: 6, classes: 2 })
    for (let i = 0; i < 50; i++) learner.learn(example(i % 7, (i * 3) % 11), i % 2)
    return learner.snapshot().weights
  }
  assert.deepEqual(run(), run())
})

test('bad sizes are refused', () => {
  assert.throws(() => new FtrlLearner({ bits: 40, classes: 1 }), /bits must be an integer in 1\.\.26/)
  assert.throws(() => new FtrlLearner({ bits: 4, classes: 0 }), /classes must be a positive integer/)
})
