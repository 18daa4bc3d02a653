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

/**
 * Finds the highest-scoring label sequence (Viterbi).
 *
 * @example
 * viterbi({ length: 2, labels: 2, emissions: [1, 0, 0, 1], transitions: [0, 0, 0, 0, 0, 0] }) // [0, 1]
 */
export function viterbi({ length, labels, emissions, transitions }: SequenceScores): number[] {
  if (length === 0) return []
  const start = labels * labels
  let best = new Float64Array(labels)
  let next = new Float64Array(labels)
  const back = new Int32Array(length * labels)
  for (let y = 0; y < labels; y++) best[y] = transitions[start + y] + emissions[y]
  for (let t = 1; t < length; t++) {
    for (let y = 0; y < labels; y++) {
      let top = -Infinity
      let arg = 0
      for (let p = 0; p < labels; p++) {
        const s = best[p] + transitions[p * labels + y]
        if (s > top) {
          top = s
          arg = p
        }
      }
      next[y] = top + emissions[t * labels + y]
      back[t * labels + y] = arg
    }
    const swap = best
    best = next
    next = swap
  }
  let last = 0
  for (let y = 1; y < labels; y++) if (best[y] > best[last]) last = y
  const path = new Array<number>(length)
  path[length - 1] = last
  for (let t = length - 1; t > 0; t--) path[t - 1] = back[t * labels + path[t]]
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
 * each row summing to 1; forbidden transitions get probability 0.
 *
 * @example
 * labelMarginals({ length: 1, labels: 2, emissions: [0, 0], transitions: [0, 0, 0, 0, 0, 0] }) // [0.5, 0.5]
 */
export function labelMarginals(scores: SequenceScores, temperature = 1): Float64Array {
  return scaledMarginals(scores, 1 / temperature) ?? logSpaceMarginals(scores, 1 / temperature)
}

// Forward–backward on probabilities rescaled at every position: a few exponentials per token instead of
// one per label pair. Returns null when a position underflows, for the log-space version to take over.
function scaledMarginals({ length, labels, emissions, transitions }: SequenceScores, k: number): Float64Array | null {
  const marginals = new Float64Array(length * labels)
  if (length === 0) return marginals
  const move = new Float64Array((labels + 1) * labels)
  for (let i = 0; i < move.length; i++) move[i] = Math.exp(k * transitions[i])
  const local = new Float64Array(length * labels)
  for (let t = 0; t < length; t++) {
    let max = -Infinity
    for (let y = 0; y < labels; y++) max = Math.max(max, emissions[t * labels + y])
    for (let y = 0; y < labels; y++) local[t * labels + y] = Math.exp(k * (emissions[t * labels + y] - max))
  }
  const alpha = new Float64Array(length * labels)
  const norm = new Float64Array(length)
  const start = labels * labels
  for (let t = 0; t < length; t++) {
    let sum = 0
    for (let y = 0; y < labels; y++) {
      let into = 0
      if (t === 0) into = move[start + y]
      else for (let p = 0; p < labels; p++) into += alpha[(t - 1) * labels + p] * move[p * labels + y]
      const a = into * local[t * labels + y]
      alpha[t * labels + y] = a
      sum += a
    }
    if (!(sum > 0) || !Number.isFinite(sum)) return null
    norm[t] = sum
    for (let y = 0; y < labels; y++) alpha[t * labels + y] /= sum
  }
  const beta = new Float64Array(length * labels)
  for (let y = 0; y < labels; y++) beta[(length - 1) * labels + y] = 1
  for (let t = length - 2; t >= 0; t--) {
    for (let p = 0; p < labels; p++) {
      let out = 0
      for (let y = 0; y < labels; y++) out += move[p * labels + y] * local[(t + 1) * labels + y] * beta[(t + 1) * labels + y]
      beta[t * labels + p] = out / norm[t + 1]
    }
  }
  for (let t = 0; t < length; t++) {
    let sum = 0
    for (let y = 0; y < labels; y++) sum += (marginals[t * labels + y] = alpha[t * labels + y] * beta[t * labels + y])
    if (!(sum > 0) || !Number.isFinite(sum)) return null
    for (let y = 0; y < labels; y++) marginals[t * labels + y] /= sum
  }
  return marginals
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
