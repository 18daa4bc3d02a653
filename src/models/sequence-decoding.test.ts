import assert from 'node:assert/strict'
import { test } from 'node:test'
import { labelMarginals, pathProbabilities, viterbi, type SequenceScores } from './sequence-decoding.ts'
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

// The textbook decoders, written plainly, for checking the faster ones number for number: Viterbi
// comparing allowed transitions in label order, and forward–backward scaled at every position,
// summing allowed transitions in label order (or null where that underflows).
function plainViterbi({ length, labels, emissions, transitions }: SequenceScores): number[] {
  let scores = Array.from({ length: labels }, (_, y) => transitions[labels * labels + y] + emissions[y])
  const back: number[][] = []
  for (let t = 1; t < length; t++) {
    const next: number[] = []
    const from: number[] = []
    for (let y = 0; y < labels; y++) {
      let top = -Infinity
      let arg = 0
      for (let p = 0; p < labels; p++) {
        if (transitions[p * labels + y] === -Infinity) continue
        const s = scores[p] + transitions[p * labels + y]
        if (s > top) [top, arg] = [s, p]
      }
      next.push(top + emissions[t * labels + y])
      from.push(arg)
    }
    scores = next
    back.push(from)
  }
  let last = 0
  for (let y = 1; y < labels; y++) if (scores[y] > scores[last]) last = y
  const path = [last]
  for (let t = length - 1; t > 0; t--) path.unshift(back[t - 1][path[0]])
  return path
}

function plainMarginals({ length, labels, emissions, transitions }: SequenceScores, temperature: number): number[] | null {
  const k = 1 / temperature
  const move = Array.from({ length: (labels + 1) * labels }, (_, i) => Math.exp(k * transitions[i]))
  const local = Array.from({ length: length * labels }, (_, i) => {
    const row = i - (i % labels)
    let max = -Infinity
    for (let y = 0; y < labels; y++) max = Math.max(max, emissions[row + y])
    return Math.exp(k * (emissions[i] - max))
  })
  const alpha: number[] = []
  const norms: number[] = []
  for (let t = 0; t < length; t++) {
    const row: number[] = []
    let sum = 0
    for (let y = 0; y < labels; y++) {
      let total = 0
      if (t === 0) total = move[labels * labels + y]
      else for (let p = 0; p < labels; p++) if (move[p * labels + y] !== 0) total += alpha[(t - 1) * labels + p] * move[p * labels + y]
      const a = total * local[t * labels + y]
      row.push(a)
      sum += a
    }
    if (!(sum > 0) || !Number.isFinite(sum)) return null
    norms.push(sum)
    for (const a of row) alpha.push(a / sum)
  }
  const beta = new Array<number>(length * labels).fill(1)
  for (let t = length - 2; t >= 0; t--) {
    for (let p = 0; p < labels; p++) {
      let total = 0
      for (let y = 0; y < labels; y++) if (move[p * labels + y] !== 0) total += move[p * labels + y] * local[(t + 1) * labels + y] * beta[(t + 1) * labels + y]
      beta[t * labels + p] = total / norms[t + 1]
    }
  }
  const out: number[] = []
  for (let t = 0; t < length; t++) {
    const row = Array.from({ length: labels }, (_, y) => alpha[t * labels + y] * beta[t * labels + y])
    const sum = row.reduce((s, m) => s + m, 0)
    if (!(sum > 0) || !Number.isFinite(sum)) return null
    for (const m of row) out.push(m / sum)
  }
  return out
}

test('nine labels, as IOB2 over four types has: the same paths and probabilities as the plain decoders, to the last bit', () => {
  const random = seededRandom(29)
  // An inside tag follows only its own begin or inside tag: O, then B-/I- of four types.
  const allowed = (p: number, y: number) => y === 0 || y % 2 === 1 || (p !== 9 && (p === y || p === y - 1))
  for (let trial = 0; trial < 300; trial++) {
    const length = 1 + Math.floor(random() * 40)
    const spread = trial % 10 === 0 ? 400 : 20
    const scores: SequenceScores = {
      length,
      labels: 9,
      emissions: Array.from({ length: length * 9 }, () => (random() - 0.5) * spread),
      // Every third trial forbids transitions at random instead.
      transitions: Array.from({ length: 90 }, (_, i) => ((trial % 3 === 0 ? i >= 81 || random() > 0.3 : allowed(Math.floor(i / 9), i % 9)) ? (random() - 0.5) * 6 : -Infinity)),
    }
    assert.deepEqual(viterbi(scores), plainViterbi(scores), `trial ${trial}`)
    const temperature = 0.3 + random() * 12
    const plain = plainMarginals(scores, temperature)
    if (plain) assert.deepEqual([...labelMarginals(scores, temperature)], plain, `trial ${trial}`)
  }
})

test('the probabilities along a path are the label probabilities at its labels, to the last bit', () => {
  const random = seededRandom(41)
  for (let trial = 0; trial < 200; trial++) {
    const labels = trial % 2 === 0 ? 9 : 3
    const scores = randomScores(random, 1 + Math.floor(random() * 12), labels)
    const temperature = 0.5 + random() * 4
    const path = viterbi(scores)
    const all = labelMarginals(scores, temperature)
    assert.deepEqual([...pathProbabilities(scores, path, temperature)], path.map((y, t) => all[t * labels + y]), `trial ${trial}`)
  }
  // Where the scaled sums underflow, both read the same log-space numbers.
  const extreme: SequenceScores = { length: 2, labels: 2, emissions: [5000, -5000, -5000, 5000], transitions: [0, -Infinity, 0, 0, 0, 0] }
  const all = labelMarginals(extreme, 1)
  assert.deepEqual([...pathProbabilities(extreme, [0, 1], 1)], [all[0], all[3]])
  assert.throws(() => pathProbabilities(extreme, [0]), /A path of 1 labels was given for 2 positions/)
})
