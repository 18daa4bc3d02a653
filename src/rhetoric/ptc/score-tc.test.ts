import assert from 'node:assert/strict'
import { test } from 'node:test'
import { scoreTechniqueClassification } from './score-tc.ts'

const span = (technique: string, start = 0, end = 5, article = '1') => ({ article, technique, start, end })

test('micro-F1 counts right labels over gold spans', () => {
  const gold = [span('Doubt'), span('Slogans', 10, 20), span('Repetition', 30, 35)]
  const predicted = [span('Doubt'), span('Loaded_Language', 10, 20), span('Repetition', 30, 35)]
  const s = scoreTechniqueClassification(predicted, gold)
  assert.equal(s.microF1, 2 / 3)
  const doubt = s.perTechnique.find((t) => t.technique === 'Doubt')!
  assert.deepEqual([doubt.f1, doubt.gold, doubt.predicted], [1, 1, 1])
  const slogans = s.perTechnique.find((t) => t.technique === 'Slogans')!
  assert.deepEqual([slogans.recall, slogans.f1], [0, 0])
  assert.equal(s.perTechnique.length, 14)
})

test('a span with two gold labels matches both labels in any order, each once', () => {
  const gold = [span('Loaded_Language'), span('Repetition')]
  assert.equal(scoreTechniqueClassification([span('Repetition'), span('Loaded_Language')], gold).microF1, 1)
  assert.equal(scoreTechniqueClassification([span('Repetition'), span('Repetition')], gold).microF1, 0.5)
})

test('a label on other offsets or another article does not match', () => {
  const gold = [span('Doubt', 0, 5, '1')]
  assert.equal(scoreTechniqueClassification([span('Doubt', 0, 6, '1')], gold).microF1, 0)
  assert.equal(scoreTechniqueClassification([span('Doubt', 0, 5, '2')], gold).microF1, 0)
})
