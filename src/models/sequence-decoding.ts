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
 * For each label y, the labels p for which `allowed(p, y)`, in order, at `list[at + y * labels]`
 * onwards, `list[counts + y]` of them: the decoders skip the others, whose terms could not change a
 * sum or a maximum.
 */
function predecessors(labels: number, allowed: (p: number, y: number) => boolean, list: Int32Array, at: number, counts: number): void {
  for (let y = 0; y < labels; y++) {
    let count = 0
    for (let p = 0; p < labels; p++) if (allowed(p, y)) list[at + y * labels + count++] = p
    list[counts + y] = count
  }
}

/**
 * Finds the highest-scoring label sequence (Viterbi).
 *
 * @example
 * viterbi({ length: 2, labels: 2, emissions: [1, 0, 0, 1], transitions: [0, 0, 0, 0, 0, 0] }) // [0, 1]
 */
export function viterbi({ length, labels, emissions, transitions }: SequenceScores): number[] {
  if (length === 0) return []
  const start = labels * labels
  // A forbidden transition (-Infinity) never wins: only the others are compared.
  const work = indices(length * labels + labels * labels + labels)
  const from = length * labels
  const counts = from + labels * labels
  predecessors(labels, (p, y) => transitions[p * labels + y] !== -Infinity, work, from, counts)
  const numbersOf = numbers(2 * labels)
  let best = 0
  let next = labels
  for (let y = 0; y < labels; y++) numbersOf[best + y] = transitions[start + y] + emissions[y]
  for (let t = 1; t < length; t++) {
    for (let y = 0; y < labels; y++) {
      let top = -Infinity
      let arg = 0
      for (let q = from + y * labels, end = q + work[counts + y]; q < end; q++) {
        const p = work[q]
        const s = numbersOf[best + p] + transitions[p * labels + y]
        if (s > top) {
          top = s
          arg = p
        }
      }
      numbersOf[next + y] = top + emissions[t * labels + y]
      work[t * labels + y] = arg
    }
    const swap = best
    best = next
    next = swap
  }
  let last = 0
  for (let y = 1; y < labels; y++) if (numbersOf[best + y] > numbersOf[best + last]) last = y
  const path = new Array<number>(length)
  path[length - 1] = last
  for (let t = length - 1; t > 0; t--) path[t - 1] = work[t * labels + path[t]]
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
  if (scaledMarginals(scores, 1 / temperature, out)) return out
  out.set(logSpaceMarginals(scores, 1 / temperature))
  return out
}

// Forward–backward on probabilities rescaled at every position: a few exponentials per token instead of
// one per label pair, written to `marginals`. Returns false when a position underflows, for the
// log-space version to take over.
// Transitions of probability 0 are skipped: their terms add exactly nothing.
function scaledMarginals({ length, labels, emissions, transitions }: SequenceScores, k: number, marginals: Float64Array): boolean {
  const L = labels
  const n = length * L
  if (length === 0) return true
  // Layout of the working memory: per-position rows of local potentials, alpha and beta, the norms,
  // and the transition potentials.
  const LOCAL = 0
  const ALPHA = n
  const BETA = 2 * n
  const NORM = 3 * n
  const MOVE = NORM + length
  const work = numbers(MOVE + (L + 1) * L)
  for (let i = 0; i < (L + 1) * L; i++) work[MOVE + i] = Math.exp(k * transitions[i])
  // Labels that may come before each label, and labels that may follow each label.
  const lists = indices(4 * L * L + 2 * L)
  const INTO = 0
  const INTO_COUNT = L * L
  const OUT = INTO_COUNT + L
  const OUT_COUNT = OUT + L * L
  predecessors(L, (p, y) => work[MOVE + p * L + y] !== 0, lists, INTO, INTO_COUNT)
  predecessors(L, (y, p) => work[MOVE + p * L + y] !== 0, lists, OUT, OUT_COUNT)
  for (let row = 0; row < n; row += L) {
    let max = -Infinity
    for (let y = 0; y < L; y++) max = Math.max(max, emissions[row + y])
    for (let y = 0; y < L; y++) work[LOCAL + row + y] = Math.exp(k * (emissions[row + y] - max))
  }
  const start = MOVE + L * L
  for (let t = 0; t < length; t++) {
    const row = t * L
    let sum = 0
    for (let y = 0; y < L; y++) {
      let into = 0
      if (t === 0) into = work[start + y]
      else {
        for (let q = INTO + y * L, end = q + lists[INTO_COUNT + y]; q < end; q++) {
          const p = lists[q]
          into += work[ALPHA + row - L + p] * work[MOVE + p * L + y]
        }
      }
      const a = into * work[LOCAL + row + y]
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
    for (let p = 0; p < L; p++) {
      let out = 0
      for (let q = OUT + p * L, end = q + lists[OUT_COUNT + p]; q < end; q++) {
        const y = lists[q]
        out += work[MOVE + p * L + y] * work[LOCAL + next + y] * work[BETA + next + y]
      }
      work[BETA + row + p] = out / work[NORM + t + 1]
    }
  }
  for (let row = 0; row < n; row += L) {
    let sum = 0
    for (let y = 0; y < L; y++) sum += marginals[row + y] = work[ALPHA + row + y] * work[BETA + row + y]
    if (!(sum > 0) || !Number.isFinite(sum)) return false
    for (let y = 0; y < L; y++) marginals[row + y] /= sum
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
