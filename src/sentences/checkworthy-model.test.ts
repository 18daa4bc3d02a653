import assert from 'node:assert/strict'
import { test } from 'node:test'
import { encodeWeights } from '../models/weights-file.ts'
import { tokenize } from '../text/tokenize.ts'
import { claimScorer, decodeCheckworthyModel, encodeCheckworthyModel, readCheckworthyModel, type CheckworthyModel } from './checkworthy-model.ts'

function tinyModel(): CheckworthyModel {
  const weights = new Float32Array(1 << 8)
  weights[5] = 1.5
  weights[200] = -0.75
  return { features: { bits: 8, bigrams: true }, logistic: { bits: 8, bias: -0.5, weights }, platt: { slope: 0.9, intercept: 0.1 }, training: { seed: 1 } }
}

test('a model survives encoding and decoding, and encodes to the same bytes every time', () => {
  const model = tinyModel()
  const bytes = encodeCheckworthyModel(model)
  assert.deepEqual(encodeCheckworthyModel(model), bytes)
  const back = decodeCheckworthyModel(bytes)
  assert.deepEqual(back.features, model.features)
  assert.deepEqual(back.platt, model.platt)
  assert.equal(back.logistic.bias, -0.5)
  assert.ok(Math.abs(back.logistic.weights[5] - 1.5) < 1e-4)
  assert.ok(Math.abs(back.logistic.weights[200] + 0.75) < 1e-4)
  assert.deepEqual(back.training, { seed: 1 })
})

test('a weights file of another kind is refused with the command that makes the right one', () => {
  const other = encodeWeights({ format: 'unspun.ner/1' }, { bits: 8, classes: 1, weights: new Float32Array(256) })
  assert.throws(() => decodeCheckworthyModel(other, 'ner.bin'), /ner\.bin is not a check-worthiness model .*npm run train:checkworthy/)
  assert.throws(() => decodeCheckworthyModel(new Uint8Array([1, 2, 3])), /Not a valid unspun weights file/)
})

test('the shipped model loads and scores a statistic above a greeting', () => {
  const scorer = claimScorer(readCheckworthyModel())
  const score = (text: string) => {
    const tokens = tokenize(text)
    return scorer.score(tokens, 0, tokens.length)
  }
  const statistic = score('Unemployment fell to 3.5 percent last year, the lowest rate in 50 years.')
  const greeting = score('Thank you all for coming tonight.')
  assert.ok(statistic > 0.5 && greeting < 0.5, `${statistic} vs ${greeting}`)
})
