import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { decodeRhetoricModel, encodeRhetoricModel, loadRhetoricModel, writeRhetoricModel } from './model-file.ts'
import { predictTechniques } from './rhetoric-model.ts'
import { trainRhetoricModel } from './rhetoric-training.ts'
import { syntheticCorpus } from './test-support/synthetic-corpus.ts'

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
