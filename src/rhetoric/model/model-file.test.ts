import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { CLUSTERS_FILE, decodeRhetoricModel, encodeRhetoricModel, loadRhetoricModel, writeRhetoricModel } from './model-file.ts'
import { predictTechniques } from './rhetoric-model.ts'
import { trainRhetoricModel } from './rhetoric-training.ts'
import { syntheticCorpus } from './test-support/synthetic-corpus.ts'
import { encodeWordClusters, wordClustersFrom } from '../../models/word-clusters.ts'

const small = { folds: 2, seed: 3, tagger: { bits: 12, epochs: 2 }, classifier: { bits: 10, epochs: 3 } }

test('training twice on the same documents writes byte-identical files', () => {
  const first = encodeRhetoricModel(trainRhetoricModel(syntheticCorpus(), small).model, { run: 1 })
  const second = encodeRhetoricModel(trainRhetoricModel(syntheticCorpus(), small).model, { run: 1 })
  assert.ok(Buffer.from(first.spans).equals(Buffer.from(second.spans)))
  assert.ok(Buffer.from(first.techniques).equals(Buffer.from(second.techniques)))
  const other = encodeRhetoricModel(trainRhetoricModel(syntheticCorpus(), { ...small, seed: 4 }).model, { run: 1 })
  assert.ok(!Buffer.from(first.spans).equals(Buffer.from(other.spans)))
})

test('a written model reads back and predicts what the trained one predicts', () => {
  const { model } = trainRhetoricModel(syntheticCorpus(), small)
  const dir = mkdtempSync(join(tmpdir(), 'unspun-rhetoric-'))
  writeRhetoricModel(dir, model)
  const read = loadRhetoricModel(dir)
  assert.equal(loadRhetoricModel(dir), read)
  assert.deepEqual(read.decoding, model.decoding)
  assert.deepEqual(read.spanCalibration, model.spanCalibration)
  const [doc] = syntheticCorpus(1, 99)
  const input = { text: doc.text, tokens: doc.tokens, sentences: doc.sentences }
  const strip = (found: ReturnType<typeof predictTechniques>) => found.map((f) => [f.start, f.end, f.ptc])
  assert.deepEqual(strip(predictTechniques(read, input)), strip(predictTechniques(model, input)))
})

test('a file that is not a rhetoric model is refused with the command that makes one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unspun-rhetoric-'))
  assert.throws(() => loadRhetoricModel(dir), /Cannot read the rhetoric model .*rhetoric-spans\.bin .*create it with `npm run train:rhetoric`/)
  const { model } = trainRhetoricModel(syntheticCorpus(), small)
  const bytes = encodeRhetoricModel(model)
  assert.throws(() => decodeRhetoricModel(bytes.techniques, bytes.spans), /rhetoric-spans\.bin is not a unspun\.rhetoric-spans\/1 file/)
  writeFileSync(join(dir, 'rhetoric-spans.bin'), 'junk')
  writeFileSync(join(dir, 'rhetoric-techniques.bin'), readFileSync(join(dir, 'rhetoric-spans.bin')))
  assert.throws(() => loadRhetoricModel(dir), /Not a valid unspun weights file/)
})

test('a tagger trained with word clusters reads them back, and refuses a different table', () => {
  const clusters = wordClustersFrom([['the', 0, 0], ['outrageous', 1, 1], ['shameful', 1, 1]], 2, 2)
  const { model } = trainRhetoricModel(syntheticCorpus(), { ...small, clusters })
  const bytes = encodeRhetoricModel(model)
  const read = decodeRhetoricModel(bytes.spans, bytes.techniques, () => clusters)
  assert.equal(read.tagger.words.clusters, clusters)
  assert.equal(read.classifier.words.clusters, clusters)
  const other = wordClustersFrom([['the', 0, 0], ['outrageous', 1, 0]], 2, 2)
  assert.throws(() => decodeRhetoricModel(bytes.spans, bytes.techniques, () => other), /trained with word clusters [0-9a-f]+ \(3 words\).*npm run train:rhetoric/)
  const dir = mkdtempSync(join(tmpdir(), 'unspun-rhetoric-'))
  writeRhetoricModel(dir, model)
  writeFileSync(join(dir, CLUSTERS_FILE), encodeWordClusters([['the', 0, 0], ['outrageous', 1, 1], ['shameful', 1, 1]], 2, 2, {}))
  assert.equal(loadRhetoricModel(dir).tagger.words.clusters.digest, clusters.digest)
})

test('a tagger trained without clusters never asks for them', () => {
  const { model } = trainRhetoricModel(syntheticCorpus(), small)
  const bytes = encodeRhetoricModel(model)
  const read = decodeRhetoricModel(bytes.spans, bytes.techniques, () => assert.fail('clusters were asked for'))
  assert.equal(read.tagger.words.clusters.size, 0)
})
