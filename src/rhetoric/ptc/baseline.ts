import type { Span } from '../../text/types.ts'
import { trimSpan } from '../model/span-trim.ts'

/**
 * The reference baseline of span identification: every non-empty line of the text is one span
 * (trimmed like PTC spans). Any useful model must beat it by far.
 *
 * @example
 * lineBaselineSpans('Title\n\nFirst line.\n') // [{ start: 0, end: 5 }, { start: 7, end: 17 }]
 */
export function lineBaselineSpans(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const line of text.split('\n')) {
    const span = trimSpan(text, { start, end: start + line.length })
    if (span) spans.push(span)
    start += line.length + 1
  }
  return spans
}
