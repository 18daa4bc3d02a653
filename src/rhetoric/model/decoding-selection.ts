import { PTC_LABELS } from '../../report/techniques.ts'
import { mergeSpans, overlapCredit, scoreSpanIdentification, type SpanIdentificationScore } from '../ptc/score-si.ts'
import type { Observation } from './calibration.ts'
import type { HeldOutPrediction } from './out-of-fold.ts'
import { meanLogit } from './document-shift.ts'
import { decodeSpans, type ScoredSpan, type SpanDecoding } from './span-decoder.ts'

const THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]
const DOCUMENT_WEIGHTS = [0, 0.5, 1]

const BASE_GRID: readonly SpanDecoding[] = [
  ...THRESHOLDS.flatMap((threshold) =>
    [0, 2, 4, 8].flatMap((bridge) => [0, 0.3, 0.4, 0.5].filter((peak) => peak === 0 || peak > threshold).map((peak) => ({ granularity: 'tokens' as const, threshold, bridge, peak: peak || threshold }))),
  ),
  ...THRESHOLDS.flatMap((threshold) => [0, 0.3, 0.4, 0.5].filter((peak) => peak === 0 || peak > threshold).map((peak) => ({ granularity: 'clauses' as const, threshold, peak: peak || threshold }))),
  ...THRESHOLDS.map((threshold) => ({ granularity: 'sentences' as const, threshold })),
]

/**
 * The decodings cross-validation chooses from: every granularity, threshold, bridge and peak, each
 * with every document weight. `chooseDecoding` sets their document reference from the predictions.
 */
export const DECODING_GRID: readonly SpanDecoding[] = DOCUMENT_WEIGHTS.flatMap((documentWeight) => BASE_GRID.map((d) => (documentWeight ? { ...d, documentWeight } : d)))

/** The mean log-odds of the held-out token probabilities of a typical article (the mean over articles), rounded to 4 decimals. */
export function documentReference(predictions: readonly HeldOutPrediction[]): number {
  let sum = 0
  for (const p of predictions) sum += meanLogit(p.tokenProbabilities)
  return Math.round((sum / Math.max(1, predictions.length)) * 10000) / 10000
}

/** Decodes one held-out document's token probabilities into spans. */
export function decodeHeldOut(p: HeldOutPrediction, decoding: SpanDecoding): ScoredSpan[] {
  return decodeSpans(p.doc.text, p.doc.tokens, p.doc.sentences, p.tokenProbabilities, decoding)
}

/** The official span-identification score of held-out predictions under one decoding. */
export function scoreDecoding(predictions: readonly HeldOutPrediction[], decoding: SpanDecoding): SpanIdentificationScore {
  const predicted = new Map(predictions.map((p) => [p.doc.id, decodeHeldOut(p, decoding)]))
  const gold = new Map(predictions.map((p) => [p.doc.id, p.doc.spans]))
  return scoreSpanIdentification(predicted, gold)
}

/**
 * Picks the decoding with the best span-identification F1 on held-out predictions (first best wins
 * ties). Decodings with a document weight get the predictions' {@link documentReference}.
 */
export function chooseDecoding(predictions: readonly HeldOutPrediction[], grid: readonly SpanDecoding[] = DECODING_GRID): { decoding: SpanDecoding; score: SpanIdentificationScore } {
  let best: { decoding: SpanDecoding; score: SpanIdentificationScore } | null = null
  const reference = grid.some((d) => d.documentWeight) ? documentReference(predictions) : 0
  for (const entry of grid) {
    const decoding = entry.documentWeight ? { ...entry, documentReference: reference } : entry
    const score = scoreDecoding(predictions, decoding)
    if (!best || score.f1 > best.score.f1) best = { decoding, score }
  }
  if (!best) throw new Error('chooseDecoding needs at least one decoding to try')
  return best
}

/**
 * Pairs each decoded span's raw score with its observed precision credit: the share of its
 * characters inside gold spans (what the official precision counts).
 */
export function spanObservations(predictions: readonly HeldOutPrediction[], decoding: SpanDecoding): Observation[] {
  const out: Observation[] = []
  for (const p of predictions) {
    const gold = mergeSpans(p.doc.spans)
    for (const span of decodeHeldOut(p, decoding)) out.push({ score: span.score, outcome: overlapCredit([span], gold).precision })
  }
  return out
}

/** Pairs the classifier's top probability for each gold span with whether that label is one of the span's gold labels. */
export function techniqueObservations(predictions: readonly HeldOutPrediction[]): Observation[] {
  const classes = PTC_LABELS.length
  const out: Observation[] = []
  for (const p of predictions) {
    p.goldSpans.forEach((span, k) => {
      let top = 0
      for (let c = 1; c < classes; c++) if (p.techniqueProbabilities[k * classes + c] > p.techniqueProbabilities[k * classes + top]) top = c
      out.push({ score: p.techniqueProbabilities[k * classes + top], outcome: span.labels.includes(PTC_LABELS[top]) ? 1 : 0 })
    })
  }
  return out
}
