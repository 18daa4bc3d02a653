import assert from 'node:assert/strict'
import { test } from 'node:test'
import { decodeNerModel, encodeNerModel } from './model-file.ts'
import { inventedSentences } from './test-support/invented-corpus.ts'
import { evaluateTagger, trainNerTagger } from './train.ts'
import { wordClustersFrom } from '../models/word-clusters.ts'

const gazetteer = [{ category: 'city' as const, source: 'test', names: ['Lunde', 'Port Arden'] }]
const options = { train: inventedSentences(300, 1), valid: inventedSentences(60, 2), gazetteer, bits: 16, epochs: 4 }

test('learns to tag unseen sentences of the same kind', () => {
  const { tagger, epochs, bestEpoch, valid } = trainNerTagger(options)
  assert.ok(epochs.length >= 1 && bestEpoch >= 1)
  assert.ok(valid !== null && valid.overall.f1 > 0.95, `valid F1 ${valid?.overall.f1}`)
  assert.deepEqual(tagger.tag(['Mira', 'Okafor', 'visited', 'Port', 'Arden', 'on', 'Monday', '.']), ['B-PER', 'I-PER', 'O', 'B-LOC', 'I-LOC', 'O', 'O', 'O'])
  assert.ok(evaluateTagger(tagger, inventedSentences(50, 3)).overall.f1 > 0.95)
})

test('training is reproducible to the byte, and the seed matters', () => {
  const first = encodeNerModel(trainNerTagger(options).tagger)
  const second = encodeNerModel(trainNerTagger(options).tagger)
  assert.deepEqual(Buffer.from(second).equals(Buffer.from(first)), true)
  const reseeded = encodeNerModel(trainNerTagger({ ...options, seed: 2 }).tagger)
  assert.equal(Buffer.from(reseeded).equals(Buffer.from(first)), false)
})

test('a model read back from its bytes tags like the trained one', () => {
  const { tagger } = trainNerTagger(options)
  const read = decodeNerModel(encodeNerModel(tagger, { training: { seed: 1 } }))
  for (const { words } of inventedSentences(20, 4)) assert.deepEqual(read.tag(words), tagger.tag(words))
  assert.equal(read.temperature, tagger.temperature)
})

test('unknown gold tags are refused with the sentence and word', () => {
  assert.throws(
    () => trainNerTagger({ train: [{ words: ['Anna', 'sang'], tags: ['B-PERSON', 'O'] }], gazetteer: [] }),
    /Sentence 1, word 1 \('Anna'\): unknown tag 'B-PERSON'/,
  )
})

test('a model trained with word clusters reads them back, and refuses another table', () => {
  const clusters = wordClustersFrom([['visited', 0, 1], ['met', 0, 1], ['monday', 1, 2]], 2, 3)
  const { tagger } = trainNerTagger({ ...options, clusters })
  const bytes = encodeNerModel(tagger)
  const read = decodeNerModel(bytes, 'test.bin', () => clusters)
  assert.equal(read.clusters, clusters)
  for (const { words } of inventedSentences(20, 4)) assert.deepEqual(read.tag(words), tagger.tag(words))
  const other = wordClustersFrom([['visited', 0, 0]], 2, 3)
  assert.throws(() => decodeNerModel(bytes, 'test.bin', () => other), /test\.bin was trained with word clusters [0-9a-f]+ \(3 words\).*npm run train:ner/)
  const plain = decodeNerModel(encodeNerModel(trainNerTagger(options).tagger), 'plain.bin', () => assert.fail('clusters were asked for'))
  assert.equal(plain.clusters.size, 0)
})
