import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { readNerTrainingInfo } from './model-file.ts'

const shared = fileURLToPath(new URL('../../../shared/data/', import.meta.url))
const script = fileURLToPath(new URL('../../scripts/train-ner.ts', import.meta.url))

test('`npm run train:ner` with a fixed seed writes byte-identical weights', { skip: !existsSync(join(shared, 'ner')) && 'needs ../shared/data' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'unspun-train-ner-'))
  const train = (out: string, seed: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', script, '--limit', '400', '--epochs', '2', '--seed', seed, '--out', out, '--quiet'], { encoding: 'utf8' })
  for (const [out, seed] of [
    ['a.bin', '7'],
    ['b.bin', '7'],
    ['c.bin', '8'],
  ]) {
    const run = train(join(dir, out), seed)
    assert.equal(run.status, 0, run.stderr)
  }
  const [a, b, c] = ['a.bin', 'b.bin', 'c.bin'].map((f) => readFileSync(join(dir, f)))
  assert.ok(a.equals(b), 'same seed, same bytes')
  assert.ok(!a.equals(c), 'another seed, other weights')
  const info = readNerTrainingInfo(join(dir, 'a.bin'))
  assert.equal(info.trainSentences, 400)
  assert.equal(info.seed, 7)
  assert.ok(Number(info.epochs) >= 1 && Number(info.epochs) <= 2)
})
