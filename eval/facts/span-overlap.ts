/** A half-open UTF-16 span. */
export interface SpanLike {
  start: number
  end: number
}

/** Number of code units two half-open spans share (0 when they are disjoint). */
export function overlapLength(a: SpanLike, b: SpanLike): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}

/** Whether two spans share at least one code unit. */
export function overlaps(a: SpanLike, b: SpanLike): boolean {
  return overlapLength(a, b) > 0
}

/** Whether two spans are the same span. */
export function sameSpan(a: SpanLike, b: SpanLike): boolean {
  return a.start === b.start && a.end === b.end
}

/**
 * The smaller of the two coverage ratios: the shared part divided by each span's length.
 * 1 for identical spans, 0 for disjoint ones; at least 0.5 means the overlap is half of each span.
 *
 * @example
 * mutualCoverage({ start: 0, end: 10 }, { start: 0, end: 20 }) // 0.5
 */
export function mutualCoverage(a: SpanLike, b: SpanLike): number {
  const shared = overlapLength(a, b)
  if (shared === 0) return 0
  return Math.min(shared / (a.end - a.start), shared / (b.end - b.start))
}
