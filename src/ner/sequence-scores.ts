import type { LinearWeights } from '../models/linear-weights.ts'
import type { SequenceScores } from '../models/sequence-decoding.ts'
import type { NerFeatureExtractor } from './features.ts'
import { isAllowedAfter, NER_LABELS } from './labels.ts'

// addLabelRows adds nine labels at a time: this fails to compile if the labels change in number.
const L: 9 = NER_LABELS.length

/**
 * The label-to-label scores of a model, with transitions that IOB2 forbids (`O` → `I-PER`) set to
 * `-Infinity`; row `NER_LABELS.length` holds the scores at the start of a sentence.
 */
export function transitionScores(model: LinearWeights, extractor: NerFeatureExtractor): Float64Array {
  const scores = new Float64Array((L + 1) * L)
  for (let p = 0; p <= L; p++) {
    const row = extractor.transitionBucket(p) * model.classes
    for (let y = 0; y < L; y++) {
      scores[p * L + y] = isAllowedAfter(p === L ? null : NER_LABELS[p], NER_LABELS[y]) ? model.weights[row + y] : -Infinity
    }
  }
  return scores
}

/**
 * Per-token label scores from feature buckets (`offsets` has one more entry than there are tokens).
 * With `into`, the scores are written at its start (and it is returned, whatever its length).
 */
export function emissionScores(model: LinearWeights, buckets: ArrayLike<number>, offsets: ArrayLike<number>, into?: Float64Array): Float64Array {
  const n = offsets.length - 1
  const scores = into ? into.fill(0, 0, n * L) : new Float64Array(n * L)
  for (let t = 0; t < n; t++) addLabelRows(model.weights, L, buckets, offsets[t], offsets[t + 1], scores, t * L)
  return scores
}

/**
 * Adds the rows `rows[from..to)` of a table of one score per label (row `r` at `table[r * stride]`) to
 * `scores[at..at + labels)`. The same sums as a plain loop over rows and labels, in the same order,
 * but with the nine sums held in local variables: the reads from a table of several megabytes then
 * overlap instead of each waiting for the last.
 */
export function addLabelRows(table: ArrayLike<number>, stride: number, rows: ArrayLike<number>, from: number, to: number, scores: Float64Array, at: number): void {
  let s0 = scores[at]
  let s1 = scores[at + 1]
  let s2 = scores[at + 2]
  let s3 = scores[at + 3]
  let s4 = scores[at + 4]
  let s5 = scores[at + 5]
  let s6 = scores[at + 6]
  let s7 = scores[at + 7]
  let s8 = scores[at + 8]
  for (let f = from; f < to; f++) {
    const r = rows[f] * stride
    s0 += table[r]
    s1 += table[r + 1]
    s2 += table[r + 2]
    s3 += table[r + 3]
    s4 += table[r + 4]
    s5 += table[r + 5]
    s6 += table[r + 6]
    s7 += table[r + 7]
    s8 += table[r + 8]
  }
  scores[at] = s0
  scores[at + 1] = s1
  scores[at + 2] = s2
  scores[at + 3] = s3
  scores[at + 4] = s4
  scores[at + 5] = s5
  scores[at + 6] = s6
  scores[at + 7] = s7
  scores[at + 8] = s8
}

/** Everything a decoder needs for one sentence (of `length` tokens: by default, as many as `emissions` holds). */
export function sequenceScores(emissions: Float64Array, transitions: Float64Array, length = emissions.length / L): SequenceScores {
  return { length, labels: L, emissions, transitions }
}
