import type { Span } from '../schema.ts'
import { lastStartingAtOrBefore } from '../../text/token-search.ts'

/** A piece of text with no span boundary inside it, and the spans that cover all of it. */
export interface Segment<T extends Span> {
  start: number
  end: number
  /** The spans covering this segment, in the order they were given. */
  covering: T[]
}

/**
 * Cuts the range `from`–`to` at every start and end of the given spans, so that overlapping and
 * nested spans can be drawn as flat pieces. The segments tile the range without gaps (uncovered
 * text is a segment with no covering spans); spans reaching outside the range are clipped to it.
 *
 * @example
 * segmentSpans(0, 10, [{ start: 2, end: 6 }, { start: 4, end: 8 }]).map((s) => [s.start, s.end, s.covering.length])
 * // [[0, 2, 0], [2, 4, 1], [4, 6, 2], [6, 8, 1], [8, 10, 0]]
 */
export function segmentSpans<T extends Span>(from: number, to: number, spans: readonly T[]): Segment<T>[] {
  if (to <= from) return []
  const inside = spans.map((span, order) => ({ span, order })).filter(({ span }) => span.start < to && span.end > from && span.end > span.start)
  const cuts = new Set<number>([from, to])
  for (const { span } of inside) {
    cuts.add(Math.max(from, span.start))
    cuts.add(Math.min(to, span.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const byStart = [...inside].sort((a, b) => a.span.start - b.span.start)
  const active: Array<{ span: T; order: number }> = []
  const segments: Segment<T>[] = []
  let next = 0
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]
    const end = points[i + 1]
    for (let k = active.length - 1; k >= 0; k--) if (active[k].span.end <= start) active.splice(k, 1)
    while (next < byStart.length && byStart[next].span.start <= start) {
      if (byStart[next].span.end > start) active.push(byStart[next])
      next++
    }
    const covering = [...active].sort((a, b) => a.order - b.order).map((a) => a.span)
    segments.push({ start, end, covering })
  }
  return segments
}

/**
 * Groups spans by the sentence (or any ordered, non-overlapping range) they touch: a span reaching
 * over several ranges is listed under each of them. `ranges` must be sorted by start.
 *
 * @example
 * spansByRange([{ start: 0, end: 5 }, { start: 6, end: 9 }], [{ start: 3, end: 7 }]) // [[span], [span]]
 */
export function spansByRange<T extends Span>(ranges: readonly Span[], spans: readonly T[]): T[][] {
  const out: T[][] = ranges.map(() => [])
  for (const span of spans) {
    let lo = 0
    let hi = ranges.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (ranges[mid].end <= span.start) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < ranges.length && ranges[i].start < span.end; i++) out[i].push(span)
  }
  return out
}

/**
 * The index of the range a position belongs to: the range containing it, else the last range
 * starting before it, else the first. Returns -1 when there are no ranges.
 */
export function rangeIndexAt(ranges: readonly Span[], position: number): number {
  return ranges.length === 0 ? -1 : lastStartingAtOrBefore(ranges, position)
}
