import type { Quote, Speaker } from '../report/schema.ts'

/**
 * The speaker of the shortest quote that holds the whole span, if any: a technique used inside a
 * quotation is its speaker's, not the issuer's.
 *
 * @example
 * speakerOf(report.quotes, finding.start, finding.end) // { name: 'Senator Doe', … } inside her quote
 */
export function speakerOf(quotes: readonly Quote[], start: number, end: number): Speaker | null {
  let best: Quote | null = null
  for (const q of quotes) {
    if (q.start <= start && end <= q.end && (best === null || q.end - q.start < best.end - best.start)) best = q
  }
  return best?.speaker ?? null
}
