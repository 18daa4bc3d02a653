import type { Span } from '../../text/types.ts'

/** Official PTC span-identification score: partial credit by character overlap, over merged spans. */
export interface SpanIdentificationScore {
  precision: number
  recall: number
  f1: number
  /** number of predicted spans after merging */
  predicted: number
  /** number of gold spans after merging */
  gold: number
}

/**
 * Sorts spans and merges those that share at least one character, as the official scorer does
 * (spans that only touch stay apart).
 *
 * @example
 * mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 6 }, { start: 9, end: 12 }])
 * // [{ start: 0, end: 9 }, { start: 9, end: 12 }]
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).map((s) => ({ start: s.start, end: s.end }))
  sorted.sort((a, b) => a.start - b.start || a.end - b.end)
  const out: Span[] = []
  for (const s of sorted) {
    const last = out[out.length - 1]
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end)
    else out.push(s)
  }
  return out
}

/** Sums, for one article, Σ|s∩t|/|s| over predicted spans s and Σ|s∩t|/|t| over gold spans t (both merged). */
export function overlapCredit(predicted: readonly Span[], gold: readonly Span[]): { precision: number; recall: number } {
  let precision = 0
  let recall = 0
  let j0 = 0
  for (const s of predicted) {
    while (j0 < gold.length && gold[j0].end <= s.start) j0++
    for (let j = j0; j < gold.length && gold[j].start < s.end; j++) {
      const t = gold[j]
      const overlap = Math.min(s.end, t.end) - Math.max(s.start, t.start)
      if (overlap <= 0) continue
      precision += overlap / (s.end - s.start)
      recall += overlap / (t.end - t.start)
    }
  }
  return { precision, recall }
}

/** F1 as the official scorers compute it: 0 when either side is 0, 1 when there is nothing to find and nothing found. */
export function f1Score(precision: number, recall: number, predicted = 1, gold = 1): number {
  if (predicted === 0 && gold === 0) return 1
  return precision > 0 && recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
}

/**
 * Scores predicted spans against gold spans per article, with the PTC task-SI semantics:
 * P = Σ|s∩t|/|s| / #predicted, R = Σ|s∩t|/|t| / #gold, spans of each side merged first.
 * Every gold article counts; an article missing from `predicted` has no predicted spans.
 *
 * @example
 * scoreSpanIdentification(new Map([['1', [{ start: 0, end: 10 }]]]), new Map([['1', [{ start: 5, end: 10 }]]]))
 * // { precision: 0.5, recall: 1, f1: 0.666…, predicted: 1, gold: 1 }
 */
export function scoreSpanIdentification(
  predicted: ReadonlyMap<string, readonly Span[]>,
  gold: ReadonlyMap<string, readonly Span[]>,
): SpanIdentificationScore {
  for (const id of predicted.keys()) {
    if (!gold.has(id)) throw new Error(`Predictions name article ${id}, which has no gold annotations entry; score only articles of the gold set`)
  }
  let precisionSum = 0
  let recallSum = 0
  let predictedCount = 0
  let goldCount = 0
  for (const [id, goldSpans] of gold) {
    const g = mergeSpans(goldSpans)
    const p = mergeSpans(predicted.get(id) ?? [])
    const credit = overlapCredit(p, g)
    precisionSum += credit.precision
    recallSum += credit.recall
    predictedCount += p.length
    goldCount += g.length
  }
  const precision = predictedCount > 0 ? precisionSum / predictedCount : 0
  const recall = goldCount > 0 ? recallSum / goldCount : 0
  return { precision, recall, f1: f1Score(precision, recall, predictedCount, goldCount), predicted: predictedCount, gold: goldCount }
}
