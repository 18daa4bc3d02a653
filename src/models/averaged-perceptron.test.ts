import assert from 'node:assert/strict'
import { test } from 'node:test'
import { AveragedPerceptron } from './averaged-perceptron.ts'
import { addScores } from './linear-weights.ts'

function argmax(scores: Float32Array): number {
  let best = 0
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c
  return best
}

test('learns a separable problem and predicts with its averaged weights', () => {
  // Class = which of the buckets 1, 2, 3 is present; bucket 0 is a bias shared by all examples.
  const examples = [
    { features: [0, 1], label: 0 },
    { features: [0, 2], label: 1 },
    { features: [0, 3], label: 2 },
  ]
  const learner = new AveragedPerceptron({ bits: 4, classes: 3 })
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const { features, label } of examples) {
      const scores = new Float32Array(3)
      addScores(learner.live, features, 0, features.length, scores)
      const guess = argmax(scores)
      if (guess !== label) {
        learner.update(features, 0, features.length, label, 1)
        learner.update(features, 0, features.length, guess, -1)
      }
      learner.tick()
    }
  }
  const model = learner.snapshot()
  for (const { features, label } of examples) {
    const scores = new Float32Array(3)
    addScores(model, features, 0, features.length, scores)
    assert.equal(argmax(scores), label)
  }
})

test('the average weighs each weight by how long it lasted', () => {
  const learner = new AveragedPerceptron({ bits: 1, classes: 1 })
  learner.update([0], 0, 1, 0, 1) // weight 1 from step 1 on
  learner.tick()
  learner.tick()
  learner.tick() // steps 1, 2, 3 with weight 1
  learner.update([0], 0, 1, 0, 3) // weight 4 from step 4 on
  learner.tick() // step 4 with weight 4
  assert.equal(learner.snapshot().weights[0], (1 + 1 + 1 + 4) / 4)
  assert.equal(learner.current[0], 4)
})

test('rejects a table it cannot build', () => {
  assert.throws(() => new AveragedPerceptron({ bits: 40, classes: 2 }), /bits must be an integer in 1..26/)
  assert.throws(() => new AveragedPerceptron({ bits: 4, classes: 0 }), /classes must be a positive integer/)
})
