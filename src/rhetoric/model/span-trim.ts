import type { Span } from '../../text/types.ts'

const EDGE = /[\s.,:;]/

/** A whole sentence's edge: also its closing "!" or "?". */
export const SENTENCE_EDGE = /[\s.,:;!?]/

/**
 * Shrinks a span so it neither starts nor ends with whitespace or `.,:;` (the PTC convention), or
 * with the characters `edge` matches; null when nothing is left.
 *
 * @example
 * trimSpan('so, "this". ', { start: 2, end: 12 }) // { start: 4, end: 10 } → '"this"'
 */
export function trimSpan(text: string, span: Span, edge: RegExp = EDGE): Span | null {
  let { start, end } = span
  while (start < end && edge.test(text.charAt(start))) start++
  while (end > start && edge.test(text.charAt(end - 1))) end--
  return end > start ? { start, end } : null
}
