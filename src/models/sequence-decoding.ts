/**
 * Scores of a first-order sequence model over `length` positions and `labels` labels:
 * `emissions[t * labels + y]` scores label y at position t, `transitions[p * labels + y]` scores label y
 * after label p, where row `p = labels` is the start of the sequence. `-Infinity` forbids a transition.
 */
export interface SequenceScores {
  readonly length: number
  readonly labels: number
  readonly emissions: ArrayLike<number>
  readonly transitions: ArrayLike<number>
}

// Working memory of the decoders, kept between calls: a typed array of more than a few numbers is
// costly to allocate, and these are needed for every sentence.
let scratchNumbers = new Float64Array(1024)
let scratchIndices = new Int32Array(1024)

function numbers(size: number): Float64Array {
  if (scratchNumbers.length < size) scratchNumbers = new Float64Array(Math.max(size, 2 * scratchNumbers.length))
  return scratchNumbers
}

function indices(size: number): Int32Array {
  if (scratchIndices.length < size) scratchIndices = new Int32Array(Math.max(size, 2 * scratchIndices.length))
  return scratchIndices
}

/**
 * What the decoders work out from the transitions alone, kept for the next call with the same
 * transitions (a model decodes sentence after sentence with one table): for each label, the labels
 * that may come before it (`into`, `intoCount`) and after it (`out`, `outCount`), as lists of
 * `labels` slots per label; with `k`, the transitions' potentials `exp(k × score)` (`move`).
 */
class TransitionPlan {
  readonly into: Int32Array
  readonly intoCount: Int32Array
  readonly out: Int32Array
  readonly outCount: Int32Array

  constructor(
    readonly labels: number,
    readonly transitions: Float64Array,
    readonly k: number,
    readonly move: Float64Array | null,
  ) {
    const L = labels
    this.into = new Int32Array(L * L)
    this.intoCount = new Int32Array(L)
    this.out = new Int32Array(L * L)
    this.outCount = new Int32Array(L)
    // Without potentials (Viterbi), a forbidden transition is -Infinity; with them, one of potential 0.
    const allowed = move ? (p: number, y: number) => move[p * L + y] !== 0 : (p: number, y: number) => transitions[p * L + y] !== -Infinity
    for (let y = 0; y < L; y++) {
      let count = 0
      for (let p = 0; p < L; p++) if (allowed(p, y)) this.into[y * L + count++] = p
      this.intoCount[y] = count
    }
    for (let p = 0; p < L; p++) {
      let count = 0
      for (let y = 0; y < L; y++) if (allowed(p, y)) this.out[p * L + count++] = y
      this.outCount[p] = count
    }
  }

  /** True when this plan was made for these transitions (the same numbers) and `k`. */
  fits(labels: number, transitions: ArrayLike<number>, k: number): boolean {
    if (labels !== this.labels || k !== this.k || transitions.length !== this.transitions.length) return false
    for (let i = 0; i < this.transitions.length; i++) if (transitions[i] !== this.transitions[i]) return false
    return true
  }
}

let viterbiPlan: TransitionPlan | null = null
let marginalsPlan: TransitionPlan | null = null

function planFor(labels: number, transitions: ArrayLike<number>, k: number | null): TransitionPlan {
  const known = k === null ? viterbiPlan : marginalsPlan
  if (known && known.fits(labels, transitions, k ?? 0)) return known
  const copy = Float64Array.from({ length: (labels + 1) * labels }, (_, i) => transitions[i])
  let move: Float64Array | null = null
  if (k !== null) {
    move = new Float64Array((labels + 1) * labels)
    for (let i = 0; i < move.length; i++) move[i] = Math.exp(k * copy[i])
  }
  const plan = new TransitionPlan(labels, copy, k ?? 0, move)
  if (k === null) viterbiPlan = plan
  else marginalsPlan = plan
  return plan
}

/**
 * Finds the highest-scoring label sequence (Viterbi).
 *
 * @example
 * viterbi({ length: 2, labels: 2, emissions: [1, 0, 0, 1], transitions: [0, 0, 0, 0, 0, 0] }) // [0, 1]
 */
export function viterbi({ length, labels, emissions, transitions }: SequenceScores): number[] {
  if (length === 0) return []
  if (labels === 9) return viterbi9(length, emissions, transitions)
  const L = labels
  // A forbidden transition (-Infinity) never wins: only the others are compared.
  const { into, intoCount } = planFor(L, transitions, null)
  const back = indices(length * L)
  const scores = numbers(2 * L)
  const start = L * L
  let best = 0
  let next = L
  for (let y = 0; y < L; y++) scores[best + y] = transitions[start + y] + emissions[y]
  for (let t = 1; t < length; t++) {
    const row = t * L
    for (let y = 0; y < L; y++) {
      let top = -Infinity
      let arg = 0
      for (let q = y * L, end = q + intoCount[y]; q < end; q++) {
        const p = into[q]
        const s = scores[best + p] + transitions[p * L + y]
        if (s > top) {
          top = s
          arg = p
        }
      }
      scores[next + y] = top + emissions[row + y]
      back[row + y] = arg
    }
    const swap = best
    best = next
    next = swap
  }
  let last = 0
  for (let y = 1; y < L; y++) if (scores[best + y] > scores[best + last]) last = y
  const path = new Array<number>(length)
  path[length - 1] = last
  for (let t = length - 1; t > 0; t--) path[t - 1] = back[t * L + path[t]]
  return path
}

/**
 * {@link viterbi} for nine labels (the IOB2 tags of four entity types), with the nine labels of the
 * previous position held in local variables. Every transition is compared, forbidden ones too: their
 * score (-Infinity, or NaN past an infinite one) is never above the best so far, so the path is the same.
 */
function viterbi9(length: number, emissions: ArrayLike<number>, T: ArrayLike<number>): number[] {
  const back = indices(length * 9)
  let v0 = T[81] + emissions[0]
  let v1 = T[82] + emissions[1]
  let v2 = T[83] + emissions[2]
  let v3 = T[84] + emissions[3]
  let v4 = T[85] + emissions[4]
  let v5 = T[86] + emissions[5]
  let v6 = T[87] + emissions[6]
  let v7 = T[88] + emissions[7]
  let v8 = T[89] + emissions[8]
  const next = numbers(9)
  for (let t = 1; t < length; t++) {
    const row = t * 9
    for (let y = 0; y < 9; y++) {
      // As from -Infinity: the first label's score counts only when it is above that.
      let top = v0 + T[y]
      let arg = 0
      if (!(top > -Infinity)) top = -Infinity
      let s = v1 + T[9 + y]
      if (s > top) {
        top = s
        arg = 1
      }
      s = v2 + T[18 + y]
      if (s > top) {
        top = s
        arg = 2
      }
      s = v3 + T[27 + y]
      if (s > top) {
        top = s
        arg = 3
      }
      s = v4 + T[36 + y]
      if (s > top) {
        top = s
        arg = 4
      }
      s = v5 + T[45 + y]
      if (s > top) {
        top = s
        arg = 5
      }
      s = v6 + T[54 + y]
      if (s > top) {
        top = s
        arg = 6
      }
      s = v7 + T[63 + y]
      if (s > top) {
        top = s
        arg = 7
      }
      s = v8 + T[72 + y]
      if (s > top) {
        top = s
        arg = 8
      }
      next[y] = top + emissions[row + y]
      back[row + y] = arg
    }
    v0 = next[0]
    v1 = next[1]
    v2 = next[2]
    v3 = next[3]
    v4 = next[4]
    v5 = next[5]
    v6 = next[6]
    v7 = next[7]
    v8 = next[8]
  }
  const last = [v0, v1, v2, v3, v4, v5, v6, v7, v8]
  let best = 0
  for (let y = 1; y < 9; y++) if (last[y] > last[best]) best = y
  const path = new Array<number>(length)
  path[length - 1] = best
  for (let t = length - 1; t > 0; t--) path[t - 1] = back[t * 9 + path[t]]
  return path
}

function logSumExp(values: Float64Array, count: number): number {
  let max = -Infinity
  for (let i = 0; i < count; i++) if (values[i] > max) max = values[i]
  if (max === -Infinity) return -Infinity
  let sum = 0
  for (let i = 0; i < count; i++) sum += Math.exp(values[i] - max)
  return max + Math.log(sum)
}

/**
 * The probability of each label at each position (forward–backward), reading the scores divided by
 * `temperature` as log-potentials of a linear-chain model. Returns `length × labels` probabilities,
 * each row summing to 1; forbidden transitions get probability 0. With `into` (at least that long),
 * the probabilities are written at its start and it is returned.
 *
 * @example
 * labelMarginals({ length: 1, labels: 2, emissions: [0, 0], transitions: [0, 0, 0, 0, 0, 0] }) // [0.5, 0.5]
 */
export function labelMarginals(scores: SequenceScores, temperature = 1, into?: Float64Array): Float64Array {
  const out = into ?? new Float64Array(scores.length * scores.labels)
  if (scaledMarginals(scores, 1 / temperature, out, null)) return out
  out.set(logSpaceMarginals(scores, 1 / temperature))
  return out
}

/**
 * The probability of the label `path` gives each position: `labelMarginals(scores, temperature)` at
 * `t × labels + path[t]`, the same numbers, without working out the others'. With `into` (at least
 * `length` long), they are written at its start and it is returned.
 *
 * @example
 * pathProbabilities({ length: 1, labels: 2, emissions: [0, 0], transitions: [0, 0, 0, 0, 0, 0] }, [1]) // [0.5]
 */
export function pathProbabilities(scores: SequenceScores, path: readonly number[], temperature = 1, into?: Float64Array): Float64Array {
  if (path.length !== scores.length) throw new RangeError(`A path of ${path.length} labels was given for ${scores.length} positions.`)
  const out = into ?? new Float64Array(scores.length)
  if (scaledMarginals(scores, 1 / temperature, out, path)) return out
  const all = logSpaceMarginals(scores, 1 / temperature)
  for (let t = 0; t < scores.length; t++) out[t] = all[t * scores.labels + path[t]]
  return out
}

// Forward–backward on probabilities rescaled at every position: a few exponentials per token instead of
// one per label pair, written to `marginals` (with `path`, only each position's probability of its
// label on the path, one per position). Returns false when a position underflows, for the log-space
// version to take over.
// Transitions of probability 0 are skipped: their terms add exactly nothing.
function scaledMarginals({ length, labels, emissions, transitions }: SequenceScores, k: number, marginals: Float64Array, path: readonly number[] | null): boolean {
  const L = labels
  const n = length * L
  if (length === 0) return true
  const { move, into, intoCount, out, outCount } = planFor(L, transitions, k)
  const potentials = move as Float64Array
  if (L === 9) return scaledMarginals9(length, emissions, k, potentials, marginals, path)
  // Layout of the working memory: per-position rows of local potentials, alpha and beta, then the norms.
  const work = numbers(3 * n + length)
  const LOCAL = 0
  const ALPHA = n
  const BETA = 2 * n
  const NORM = 3 * n
  for (let row = 0; row < n; row += L) {
    let max = -Infinity
    for (let y = 0; y < L; y++) max = Math.max(max, emissions[row + y])
    for (let y = 0; y < L; y++) work[LOCAL + row + y] = Math.exp(k * (emissions[row + y] - max))
  }
  const start = L * L
  for (let t = 0; t < length; t++) {
    const row = t * L
    const previous = ALPHA + row - L
    let sum = 0
    for (let y = 0; y < L; y++) {
      let total = 0
      if (t === 0) total = potentials[start + y]
      else {
        for (let q = y * L, end = q + intoCount[y]; q < end; q++) {
          const p = into[q]
          total += work[previous + p] * potentials[p * L + y]
        }
      }
      const a = total * work[LOCAL + row + y]
      work[ALPHA + row + y] = a
      sum += a
    }
    if (!(sum > 0) || !Number.isFinite(sum)) return false
    work[NORM + t] = sum
    for (let y = 0; y < L; y++) work[ALPHA + row + y] /= sum
  }
  for (let y = 0; y < L; y++) work[BETA + n - L + y] = 1
  for (let t = length - 2; t >= 0; t--) {
    const row = t * L
    const next = row + L
    const norm = work[NORM + t + 1]
    for (let p = 0; p < L; p++) {
      let total = 0
      for (let q = p * L, end = q + outCount[p]; q < end; q++) {
        const y = out[q]
        total += potentials[p * L + y] * work[LOCAL + next + y] * work[BETA + next + y]
      }
      work[BETA + row + p] = total / norm
    }
  }
  return normalise(work, ALPHA, BETA, length, L, marginals, path)
}

/**
 * {@link scaledMarginals} for nine labels, with the sums written out over every label: a forbidden
 * transition's potential is 0 and adds exactly nothing, so the sums are the same, term for term.
 * (Should a term be infinite, the general version gives up on these numbers too.)
 */
function scaledMarginals9(length: number, emissions: ArrayLike<number>, k: number, M: Float64Array, marginals: Float64Array, path: readonly number[] | null): boolean {
  const n = length * 9
  const work = numbers(3 * n + length)
  const ALPHA = n
  const BETA = 2 * n
  const NORM = 3 * n
  // Local potentials (at 0), relative to each position's best score.
  for (let row = 0; row < n; row += 9) {
    let max = -Infinity
    for (let y = 0; y < 9; y++) max = Math.max(max, emissions[row + y])
    for (let y = 0; y < 9; y++) work[row + y] = Math.exp(k * (emissions[row + y] - max))
  }
  // Forward, each row scaled to sum to 1; a0 … a8 hold the last row.
  let a0 = 0
  let a1 = 0
  let a2 = 0
  let a3 = 0
  let a4 = 0
  let a5 = 0
  let a6 = 0
  let a7 = 0
  let a8 = 0
  for (let t = 0; t < length; t++) {
    const row = t * 9
    let sum = 0
    for (let y = 0; y < 9; y++) {
      const total = t === 0 ? M[81 + y] : a0 * M[y] + a1 * M[9 + y] + a2 * M[18 + y] + a3 * M[27 + y] + a4 * M[36 + y] + a5 * M[45 + y] + a6 * M[54 + y] + a7 * M[63 + y] + a8 * M[72 + y]
      const a = total * work[row + y]
      work[ALPHA + row + y] = a
      sum += a
    }
    if (!(sum > 0) || !Number.isFinite(sum)) return false
    work[NORM + t] = sum
    a0 = work[ALPHA + row] /= sum
    a1 = work[ALPHA + row + 1] /= sum
    a2 = work[ALPHA + row + 2] /= sum
    a3 = work[ALPHA + row + 3] /= sum
    a4 = work[ALPHA + row + 4] /= sum
    a5 = work[ALPHA + row + 5] /= sum
    a6 = work[ALPHA + row + 6] /= sum
    a7 = work[ALPHA + row + 7] /= sum
    a8 = work[ALPHA + row + 8] /= sum
  }
  // Backward: each label's potential times the next position's local potential and backward value, in label order.
  for (let y = 0; y < 9; y++) work[BETA + n - 9 + y] = 1
  for (let t = length - 2; t >= 0; t--) {
    const row = t * 9
    const next = row + 9
    const norm = work[NORM + t + 1]
    const l0 = work[next]
    const l1 = work[next + 1]
    const l2 = work[next + 2]
    const l3 = work[next + 3]
    const l4 = work[next + 4]
    const l5 = work[next + 5]
    const l6 = work[next + 6]
    const l7 = work[next + 7]
    const l8 = work[next + 8]
    const b0 = work[BETA + next]
    const b1 = work[BETA + next + 1]
    const b2 = work[BETA + next + 2]
    const b3 = work[BETA + next + 3]
    const b4 = work[BETA + next + 4]
    const b5 = work[BETA + next + 5]
    const b6 = work[BETA + next + 6]
    const b7 = work[BETA + next + 7]
    const b8 = work[BETA + next + 8]
    for (let p = 0, m = 0; p < 9; p++, m += 9) {
      const total = M[m] * l0 * b0 + M[m + 1] * l1 * b1 + M[m + 2] * l2 * b2 + M[m + 3] * l3 * b3 + M[m + 4] * l4 * b4 + M[m + 5] * l5 * b5 + M[m + 6] * l6 * b6 + M[m + 7] * l7 * b7 + M[m + 8] * l8 * b8
      work[BETA + row + p] = total / norm
    }
  }
  return normalise(work, ALPHA, BETA, length, 9, marginals, path)
}

// The marginals from scaled forward and backward values (at `alpha` and `beta` in `work`), each
// position's row divided by its sum; with `path`, only the path's label's at each position. False
// when a row does not sum to a positive finite number.
function normalise(work: Float64Array, alpha: number, beta: number, length: number, L: number, marginals: Float64Array, path: readonly number[] | null): boolean {
  for (let t = 0, row = 0; t < length; t++, row += L) {
    let sum = 0
    if (path) for (let y = 0; y < L; y++) sum += work[alpha + row + y] * work[beta + row + y]
    else for (let y = 0; y < L; y++) sum += marginals[row + y] = work[alpha + row + y] * work[beta + row + y]
    if (!(sum > 0) || !Number.isFinite(sum)) return false
    if (path) marginals[t] = (work[alpha + row + path[t]] * work[beta + row + path[t]]) / sum
    else for (let y = 0; y < L; y++) marginals[row + y] /= sum
  }
  return true
}

function logSpaceMarginals({ length, labels, emissions, transitions }: SequenceScores, k: number): Float64Array {
  const marginals = new Float64Array(length * labels)
  if (length === 0) return marginals
  const start = labels * labels
  const alpha = new Float64Array(length * labels)
  const beta = new Float64Array(length * labels)
  const terms = new Float64Array(labels)
  for (let y = 0; y < labels; y++) alpha[y] = k * (transitions[start + y] + emissions[y])
  for (let t = 1; t < length; t++) {
    for (let y = 0; y < labels; y++) {
      for (let p = 0; p < labels; p++) terms[p] = alpha[(t - 1) * labels + p] + k * transitions[p * labels + y]
      alpha[t * labels + y] = logSumExp(terms, labels) + k * emissions[t * labels + y]
    }
  }
  for (let t = length - 2; t >= 0; t--) {
    for (let p = 0; p < labels; p++) {
      for (let y = 0; y < labels; y++) {
        terms[y] = k * (transitions[p * labels + y] + emissions[(t + 1) * labels + y]) + beta[(t + 1) * labels + y]
      }
      beta[t * labels + p] = logSumExp(terms, labels)
    }
  }
  for (let y = 0; y < labels; y++) terms[y] = alpha[(length - 1) * labels + y]
  const total = logSumExp(terms, labels)
  for (let i = 0; i < marginals.length; i++) marginals[i] = Math.exp(alpha[i] + beta[i] - total)
  return marginals
}
