import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { ClaimExample } from './checkworthy-data.ts'
import { DEFAULT_CHECKWORTHY_DIR } from './checkworthy-data.ts'
import { decodeCheckworthyModel, encodeCheckworthyModel } from './checkworthy-model.ts'
import { checkworthyGrid, DEFAULT_CHECKWORTHY_AXES, trainCheckworthy } from './checkworthy-training.ts'

const CLAIMS = ['Taxes rose by 12 percent in 2019.', 'The deficit doubled to $4 billion last year.', 'Crime fell by 8 percent in Chicago.', 'We created 3 million jobs since 2010.']
const OTHERS = ['Thank you very much.', 'I think we can do better.', 'Let me finish.', 'That is a good question.']
const examples = (n: number): ClaimExample[] =>
  Array.from({ length: n }, (_, i) => {
    const claim = i % 2 === 0
    const list = claim ? CLAIMS : OTHERS
    return { id: String(i), text: list[(i >> 1) % list.length], checkworthy: claim }
  })

test('the grid holds every combination of the axes', () => {
  assert.equal(checkworthyGrid(DEFAULT_CHECKWORTHY_AXES).length, 48)
  assert.deepEqual(checkworthyGrid({ bigrams: [true], alpha: [0.1], l1: [1], l2: [1, 10], epochs: [3] }), [
    { bigrams: true, alpha: 0.1, l1: 1, l2: 1, epochs: 3 },
    { bigrams: true, alpha: 0.1, l1: 1, l2: 10, epochs: 3 },
  ])
})

test('training picks a candidate on dev, calibrates, and is byte-for-byte reproducible from its seed', () => {
  const grid = checkworthyGrid({ bigrams: [false, true], alpha: [0.2], l1: [0.1], l2: [1], epochs: [2] })
  const run = (seed: number) => trainCheckworthy({ train: examples(80), dev: examples(20), seed, bits: 10, folds: 4, grid })
  const a = run(5)
  const b = run(5)
  const c = run(6)
  assert.equal(a.results.length, 2)
  assert.ok(a.chosen.dev.f1 > 0.9)
  assert.deepEqual(encodeCheckworthyModel(a.model), encodeCheckworthyModel(b.model))
  assert.notDeepEqual(encodeCheckworthyModel(a.model), encodeCheckworthyModel(c.model))
  assert.equal(a.model.training.seed, 5)
  assert.ok(a.model.platt.slope > 0)
})

const script = fileURLToPath(new URL('../../scripts/train-checkworthy.ts', import.meta.url))

test('`npm run train:checkworthy` on a slice writes byte-identical weights for a seed', { skip: !existsSync(DEFAULT_CHECKWORTHY_DIR) && 'needs ../shared/data' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'unspun-train-checkworthy-'))
  const train = (out: string, seed: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', script, '--limit', '600', '--alpha', '0.2', '--l1', '1', '--l2', '10', '--epochs', '2', '--seed', seed, '--out', join(dir, out), '--quiet'], { encoding: 'utf8' })
  for (const [out, seed] of [['a.bin', '7'], ['b.bin', '7'], ['c.bin', '8']]) {
    const result = train(out, seed)
    assert.equal(result.status, 0, result.stderr)
  }
  const [a, b, c] = ['a.bin', 'b.bin', 'c.bin'].map((f) => readFileSync(join(dir, f)))
  assert.ok(a.equals(b), 'same seed, same bytes')
  assert.ok(!a.equals(c), 'another seed, other weights')
  const model = decodeCheckworthyModel(a)
  assert.equal(model.training.trainSentences, 600)
  assert.equal(model.training.seed, 7)
})
