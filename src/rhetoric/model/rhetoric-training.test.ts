import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { DEFAULT_PTC_TRAIN_DIR } from '../ptc/corpus.ts'
import { trainRhetoricModel } from './rhetoric-training.ts'
import { syntheticCorpus } from './test-support/synthetic-corpus.ts'

const root = fileURLToPath(new URL('../../../', import.meta.url))

test('training reports its held-out figures and picks a decoding from the grid', () => {
  const { model, summary } = trainRhetoricModel(syntheticCorpus(16), { folds: 2, tagger: { bits: 12 }, classifier: { bits: 10 } })
  assert.equal(summary.articles, 16)
  assert.ok(summary.spanIdentification.f1 > 0.5, `held-out F1 ${summary.spanIdentification.f1} on an easy synthetic corpus`)
  assert.ok(summary.techniqueAccuracy > 0.5)
  assert.deepEqual(summary.decoding, model.decoding)
  assert.equal(model.usesCues, false)
})

test('`npm run train:rhetoric` on a slice of PTC writes byte-identical files twice', { skip: !existsSync(DEFAULT_PTC_TRAIN_DIR) && 'needs ../shared/data' }, () => {
  const train = (out: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train-rhetoric.ts', '--limit', '8', '--folds', '2', '--out', out, '--quiet'], { cwd: root, encoding: 'utf8' })
  const a = mkdtempSync(join(tmpdir(), 'unspun-train-a-'))
  const b = mkdtempSync(join(tmpdir(), 'unspun-train-b-'))
  for (const out of [a, b]) {
    const run = train(out)
    assert.equal(run.stderr, '')
    assert.equal(run.status, 0)
  }
  for (const file of ['rhetoric-spans.bin', 'rhetoric-techniques.bin']) assert.ok(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), `${file} differs`)
})
