import assert from 'node:assert/strict'
import { test } from 'node:test'
import { labelMarginals, viterbi, type SequenceScores } from './sequence-decoding.ts'
import { seededRandom } from './seeded-random.ts'

// Every label sequence with its score, for checking the decoders against brute force.
function allPaths({ length, labels, emissions, transitions }: SequenceScores): { path: number[]; score: number }[] {
  const out: { path: number[]; score: number }[] = []
  const walk = (path: number[], score: number): void => {
    if (path.length === length) return void out.push({ path, score })
    const previous = path.length === 0 ? labels : path[path.length - 1]
    for (let y = 0; y < labels; y++) walk([...path, y], score + transitions[previous * labels + y] + emissions[path.length * labels + y])
  }
  walk([], 0)
  return out
}

function randomScores(random: () => number, length: number, labels: number): SequenceScores {
  return {
    length,
    labels,
    emissions: Array.from({ length: length * labels }, () => (random() - 0.5) * 20),
    transitions: Array.from({ length: (labels + 1) * labels }, (_, i) => (i >= labels * labels || random() > 0.25 ? (random() - 0.5) * 6 : -Infinity)),
  }
}

test('Viterbi finds the best-scoring path and never takes a forbidden transition', () => {
  const random = seededRandom(11)
  for (let trial = 0; trial < 100; trial++) {
    const scores = randomScores(random, 1 + Math.floor(random() * 5), 3)
    const best = allPaths(scores).reduce((a, b) => (b.score > a.score ? b : a))
    const found = viterbi(scores)
    const score = allPaths(scores).find((p) => p.path.join() === found.join())!.score
    assert.equal(score, best.score)
  }
  assert.deepEqual(viterbi({ length: 0, labels: 2, emissions: [], transitions: [0, 0, 0, 0, 0, 0] }), [])
})

test('label probabilities match brute-force enumeration and sum to one per position', () => {
  const random = seededRandom(5)
  for (let trial = 0; trial < 100; trial++) {
    const scores = randomScores(random, 1 + Math.floor(random() * 5), 3)
    const temperature = 0.5 + random() * 4
    const paths = allPaths(scores)
    const total = paths.reduce((sum, p) => sum + Math.exp(p.score / temperature), 0)
    const marginals = labelMarginals(scores, temperature)
    for (let t = 0; t < scores.length; t++) {
      let rowSum = 0
      for (let y = 0; y < 3; y++) {
        const expected = paths.filter((p) => p.path[t] === y).reduce((sum, p) => sum + Math.exp(p.score / temperature), 0) / total
        assert.ok(Math.abs(marginals[t * 3 + y] - expected) < 1e-9, `t=${t} y=${y}`)
        rowSum += marginals[t * 3 + y]
      }
      assert.ok(Math.abs(rowSum - 1) < 1e-9)
    }
  }
})

test('extreme scores do not produce NaN', () => {
  const marginals = labelMarginals({ length: 2, labels: 2, emissions: [5000, -5000, -5000, 5000], transitions: [0, -Infinity, 0, 0, 0, 0] }, 1)
  for (const p of marginals) assert.ok(Number.isFinite(p))
  assert.ok(Math.abs(marginals[0] + marginals[1] - 1) < 1e-9)
})
