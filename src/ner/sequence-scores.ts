import { addScores, type LinearWeights } from '../models/linear-weights.ts'
import type { SequenceScores } from '../models/sequence-decoding.ts'
import type { NerFeatureExtractor } from './features.ts'
import { isAllowedAfter, NER_LABELS } from './labels.ts'

const L = NER_LABELS.length

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

/** Per-token label scores from feature buckets (`offsets` has one more entry than there are tokens). */
export function emissionScores(model: LinearWeights, buckets: ArrayLike<number>, offsets: ArrayLike<number>): Float64Array {
  const n = offsets.length - 1
  const scores = new Float64Array(n * L)
  for (let t = 0; t < n; t++) addScores(model, buckets, offsets[t], offsets[t + 1], scores, t * L)
  return scores
}

/** Everything a decoder needs for one sentence. */
export function sequenceScores(emissions: Float64Array, transitions: Float64Array): SequenceScores {
  return { length: emissions.length / L, labels: L, emissions, transitions }
}
