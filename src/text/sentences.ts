import {
  abbreviationEnds, attributionFollows, continuesAfterTerminal, continuesLine, isBullet, isCloser, isLowerStart, isTerminal,
} from './boundaries.ts'
import { findDateline } from './dateline.ts'
import { isHardWrapped } from './lines.ts'
import { paragraphsAreWrapped, splitParagraphs } from './paragraphs.ts'
import type { Paragraph, Sentence, Token } from './types.ts'

/** A letter alone, or with its full stop: a piece of an abbreviation such as "N.M.". */
const SINGLE_LETTER = /^\p{L}\.?$/u

export { splitParagraphs } from './paragraphs.ts'

/** "1." or "12)" opening a numbered list item. */
function isListNumber(t: Token | undefined, after: Token | undefined): boolean {
  return !!t && !!after && t.kind === 'number' && t.text.length <= 2 && (after.text === '.' || after.text === ')') && !after.spaceBefore
}

/** True when every word on the line is in capitals: a headline such as "MINISTRY ANNOUNCES NEW PLAN". */
function isCapitalsLine(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0
  for (let k = from; k <= to; k++) {
    const t = tokens[k]
    if (t.kind !== 'word') continue
    if (t.text !== t.text.toUpperCase()) return false
    if (t.text !== t.text.toLowerCase()) words++
  }
  return words > 0
}

/**
 * Splits tokens into sentences that cover every token once, in order, never across paragraphs.
 * A sentence ends at terminal punctuation (taking the closing quotes and brackets after it) unless a
 * lower-case word, a comma or an attribution (`“Why?” asked Smith.`) follows; after an abbreviation
 * only when a sentence opener follows ("in the U.S. The …"); after a dateline ("WARSAW, 5 May —");
 * and at a line break that starts a headline, list item or new line, unless the text is hard-wrapped.
 *
 * @example
 * const text = 'Dr. Lee arrived. “Why?” asked Mr. Chan.'
 * splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end))
 * // ['Dr. Lee arrived.', '“Why?” asked Mr. Chan.']
 */
export function splitSentences(text: string, tokens: readonly Token[], paragraphs: readonly Paragraph[] = splitParagraphs(text)): Sentence[] {
  const sentences: Sentence[] = []
  const n = tokens.length
  if (n === 0) return sentences
  const wrapped = paragraphsAreWrapped(paragraphs) ?? isHardWrapped(text)
  let first = 0
  let lineFirst = 0
  let dateline = -1
  let pi = 0
  let pSentence = 0
  const close = (endToken: number) => {
    if (endToken <= first) return
    const start = tokens[first].start
    while (pSentence < paragraphs.length - 1 && paragraphs[pSentence].end <= start) pSentence++
    sentences.push({ start, end: tokens[endToken - 1].end, index: sentences.length, tokenStart: first, tokenEnd: endToken, paragraph: pSentence })
    first = endToken
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i]
    if (t.lineStart) lineFirst = i
    while (pi < paragraphs.length && paragraphs[pi].end <= t.start) pi++
    const pEnd = pi < paragraphs.length ? paragraphs[pi].end : Infinity
    if (i === first && (i === 0 || tokens[i - 1].end <= (paragraphs[pi]?.start ?? -1))) {
      let limit = i
      while (limit < n && limit - i < 18 && tokens[limit].start < pEnd) limit++
      dateline = findDateline(tokens, i, limit)
    }
    const next = tokens[i + 1]
    if (!next) break
    if (next.start >= pEnd || i === dateline) {
      close(i + 1)
      continue
    }
    if (next.lineStart) {
      const listItem = isBullet(next) || isListNumber(next, tokens[i + 2])
      const lineEnds = listItem || (!continuesLine(t) && (wrapped ? isCapitalsLine(tokens, lineFirst, i) : !isLowerStart(next) || t.end - tokens[lineFirst].start < 40))
      if (lineEnds) {
        close(i + 1)
        continue
      }
    }
    const terminal = isTerminal(t)
    if (!terminal && !t.abbr) continue
    // "(D-N.M.)": a full stop with a single letter right after it, no space between, is inside an abbreviation.
    if (t.text === '.' && !next.spaceBefore && !next.lineStart && SINGLE_LETTER.test(next.text)) continue
    // "1." opening a numbered list item does not end anything.
    if (terminal && t.text === '.' && i === lineFirst + 1 && isListNumber(tokens[lineFirst], t)) continue
    let j = i + 1
    while (j < n && tokens[j].start < pEnd && (isCloser(tokens[j]) || isTerminal(tokens[j]))) j++
    const after = j < n ? tokens[j] : undefined
    if (!terminal && !abbreviationEnds(t, next, after, wrapped)) continue
    if (after && after.start < pEnd) {
      if (isLowerStart(after) && !(after.lineStart && !wrapped)) continue
      if (continuesAfterTerminal(after)) continue
      if (terminal && j > i + 1 && tokens[j - 1].kind === 'quote' && attributionFollows(tokens, j)) continue
    }
    close(j)
    i = j - 1
  }
  close(n)
  return sentences
}
