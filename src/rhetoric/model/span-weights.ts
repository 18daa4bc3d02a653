/**
 * How much each token weighs in training the span tagger. The official span score averages recall
 * over gold spans, so a one-word span counts as much as a forty-word one; a token loss that weighs
 * every token alike lets long spans dominate. Here the tokens of a gold run (consecutive tokens inside
 * gold spans) weigh `SPAN_TOKENS / its length` each, so every run weighs about the same in total;
 * tokens outside weigh 1.
 */

/** The length of a gold run, in tokens, whose tokens weigh 1 (about a typical span; 4 measured the same as 8). */
export const SPAN_TOKENS = 8

/**
 * Per-token training weights from the tokens' inside flags (1 inside a gold span, 0 outside).
 *
 * @example
 * spanTokenWeights(Uint8Array.from([0, 1, 0, 1, 1])) // [1, 8, 1, 4, 4]
 */
export function spanTokenWeights(inside: ArrayLike<number>): Float64Array {
  const out = new Float64Array(inside.length).fill(1)
  for (let i = 0; i < inside.length; ) {
    if (!inside[i]) {
      i++
      continue
    }
    let end = i
    while (end < inside.length && inside[end]) end++
    out.fill(SPAN_TOKENS / (end - i), i, end)
    i = end
  }
  return out
}
