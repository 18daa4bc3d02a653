import type { Sentence, Token } from './types.ts'

/**
 * The index of the first token of `tokens[from..to)` that ends after `offset` (`to` when none does):
 * the token holding the offset, or the next one after it. Tokens are in text order, so this is a
 * binary search.
 *
 * @example
 * const tokens = tokenize('NATO troops left.')
 * firstTokenEndingAfter(tokens, 5) // 1, the token 'troops'
 */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number, from = 0, to = tokens.length): number {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid].end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The index of the first item that starts at `offset` or later (`items.length` when none does), in
 * items sorted by `start`: tokens, mentions, runs. A binary search.
 *
 * @example
 * const tokens = tokenize('NATO troops left.')
 * firstStartingFrom(tokens, 3) // 1, the token 'troops'
 */
export function firstStartingFrom(items: readonly { start: number }[], offset: number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (items[mid].start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The index of the last item starting at or before `offset`, among items sorted by `start`
 * (sentences, paragraphs, quotes): the one holding the offset when they tile the text; 0 when the
 * offset comes before them all, and also when there are none. A binary search.
 *
 * @example
 * const tokens = tokenize('NATO troops left.')
 * lastStartingAtOrBefore(tokens, 7) // 1, the token 'troops'
 */
export function lastStartingAtOrBefore(items: readonly { start: number }[], offset: number): number {
  return lastKeyAtOrBefore(items.length, (i) => items[i].start, offset)
}

/** The last index in [0, count) whose key (non-decreasing with the index) is at most `value`; 0 when none is. */
function lastKeyAtOrBefore(count: number, keyAt: (i: number) => number, value: number): number {
  let lo = 0
  let hi = count - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (keyAt(mid) <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * The token range `[from, to)` that the characters `[start, end)` overlap.
 *
 * @example
 * const tokens = tokenize('NATO troops left.')
 * overlappingTokens(tokens, 2, 8) // { from: 0, to: 2 }
 */
export function overlappingTokens(tokens: readonly Token[], start: number, end: number): { from: number; to: number } {
  const from = firstTokenEndingAfter(tokens, start)
  let to = from
  while (to < tokens.length && tokens[to].start < end) to++
  return { from, to }
}

/**
 * The position in `sentences` (in text order) of the sentence that holds token `token`: the last one
 * starting at or before it. A binary search.
 *
 * @example
 * // sentences of 'NATO troops left. They returned.' start at tokens 0 and 4
 * sentenceAtToken(sentences, 5) // 1
 */
export function sentenceAtToken(sentences: readonly Pick<Sentence, 'tokenStart'>[], token: number): number {
  return lastKeyAtOrBefore(sentences.length, (i) => sentences[i].tokenStart, token)
}
