import assert from 'node:assert/strict'
import { test } from 'node:test'
import { EntityScorer, entitySpans } from './entity-scores.ts'

test('reads entities as conlleval does, from IOB2 and IOB1 alike', () => {
  assert.deepEqual(entitySpans(['B-PER', 'I-PER', 'O', 'B-LOC']), [
    { type: 'PER', start: 0, end: 2 },
    { type: 'LOC', start: 3, end: 4 },
  ])
  // An I- tag after O or after another type begins an entity; B- after the same type splits two.
  assert.deepEqual(entitySpans(['I-ORG', 'I-ORG', 'B-ORG', 'I-LOC']), [
    { type: 'ORG', start: 0, end: 2 },
    { type: 'ORG', start: 2, end: 3 },
    { type: 'LOC', start: 3, end: 4 },
  ])
  assert.deepEqual(entitySpans(['O', 'O']), [])
})

test('an entity counts only when its type and both ends match', () => {
  const scorer = new EntityScorer()
  scorer.add(['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG'], ['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'B-ORG'])
  scorer.add(['B-MISC', 'I-MISC'], ['B-MISC', 'O'])
  const { overall, byType, tokens, tokenAccuracy } = scorer.result()
  assert.deepEqual([overall.gold, overall.predicted, overall.correct], [4, 4, 2])
  assert.equal(overall.precision, 0.5)
  assert.equal(overall.recall, 0.5)
  assert.equal(overall.f1, 0.5)
  assert.deepEqual(Object.keys(byType), ['LOC', 'MISC', 'ORG', 'PER'])
  assert.equal(byType.ORG.precision, 0.5)
  assert.equal(byType.ORG.recall, 1)
  assert.equal(byType.LOC.f1, 0)
  assert.equal(tokens, 8)
  assert.equal(tokenAccuracy, 6 / 8)
})

test('scores are zero, not NaN, when nothing is found', () => {
  const scorer = new EntityScorer()
  scorer.add(['B-PER'], ['O'])
  assert.deepEqual(scorer.result().overall, { gold: 1, predicted: 0, correct: 0, precision: 0, recall: 0, f1: 0 })
  assert.throws(() => scorer.add(['O'], []), /gold has 1 tags, predicted 0/)
})
