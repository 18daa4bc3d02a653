import assert from 'node:assert/strict'
import { test } from 'node:test'
import { logit } from './document-shift.ts'
import { chooseDecoding, DECODING_GRID, documentReference } from './decoding-selection.ts'
import type { HeldOutPrediction } from './out-of-fold.ts'
import { prepareTaggedDocument } from './tagging-data.ts'

function heldOut(id: string, text: string, gold: Array<{ start: number; end: number }>, inside: (word: string) => number): HeldOutPrediction {
  const doc = prepareTaggedDocument(id, text, gold)
  return { doc, fold: 0, tokenProbabilities: Float64Array.from(doc.tokens, (t) => inside(t.text)), goldSpans: [], techniqueProbabilities: new Float64Array(0) }
}

test('the document reference is the mean over articles of their mean log-odds', () => {
  const a = heldOut('1', 'vile traitors', [], () => 0.5)
  const b = heldOut('2', 'calm words', [], () => 0.2)
  assert.equal(documentReference([a, b]), Math.round(((0 + logit(0.2)) / 2) * 10000) / 10000)
  assert.equal(documentReference([]), 0)
})

test('the grid holds every decoding with and without a document weight', () => {
  const plain = DECODING_GRID.filter((d) => !d.documentWeight)
  assert.ok(plain.length > 0)
  for (const weight of [0.5, 1]) assert.equal(DECODING_GRID.filter((d) => d.documentWeight === weight).length, plain.length)
})

test('the chosen decoding carries the reference of the predictions it was chosen on when it has a document weight', () => {
  const text = 'They are vile traitors. We met at noon.'
  const p = heldOut('1', text, [{ start: 9, end: 22 }], (w) => (w === 'vile' || w === 'traitors' ? 0.9 : 0.05))
  const { decoding, score } = chooseDecoding([p], [{ granularity: 'tokens', threshold: 0.5, documentWeight: 0.5 }])
  assert.equal(decoding.documentReference, documentReference([p]))
  assert.equal(score.f1, 1)
  assert.throws(() => chooseDecoding([p], []), /at least one decoding/)
})
