import assert from 'node:assert/strict'
import { test } from 'node:test'
import { alignSpans, scoreFunctions } from './function-scores.ts'

test('each gold span takes the predicted span that covers most of it', () => {
  const predicted = [{ start: 0, end: 4 }, { start: 5, end: 20 }, { start: 21, end: 30 }]
  assert.deepEqual(alignSpans([{ start: 0, end: 4 }, { start: 2, end: 12 }, { start: 21, end: 30 }, { start: 40, end: 50 }], predicted), [0, 1, 2, -1])
})

test('accuracy, per-function scores, macro F1 and the confusion matrix', () => {
  const s = scoreFunctions([
    { gold: 'report', predicted: 'report' },
    { gold: 'report', predicted: 'report' },
    { gold: 'opinion', predicted: 'report' },
    { gold: 'opinion', predicted: 'opinion' },
    { gold: 'question', predicted: 'question' },
  ])
  assert.equal(s.accuracy, 4 / 5)
  assert.deepEqual(s.byFunction.report, { gold: 2, predicted: 3, correct: 2, precision: 2 / 3, recall: 1, f1: 0.8 })
  assert.deepEqual(s.byFunction.opinion, { gold: 2, predicted: 1, correct: 1, precision: 1, recall: 0.5, f1: 2 / 3 })
  assert.equal(s.confusion.opinion.report, 1)
  assert.equal(s.byFunction.quote.f1, 0)
  assert.ok(Math.abs(s.macroF1 - (0.8 + 2 / 3 + 1) / 3) < 1e-12, 'functions absent from gold and predictions do not count')
})
