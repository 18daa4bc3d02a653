import type { Paragraph, Sentence, Token } from '../../text/types.ts'

const OPENING = new Set(['“', '„', '«', '‹', '「', '『'])
const CLOSING = new Set(['”', '»', '›', '」', '』'])

/**
 * Finds the spans inside quotation marks, paragraph by paragraph: curly, low-high, guillemet and
 * straight double quotes, and single curly quotes when they pair up. A quotation left open at the
 * end of a paragraph runs to its end, as multi-paragraph quotations do.
 */
export function quotedSpans(tokens: readonly Token[], paragraphs: readonly Paragraph[]): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let p = 0
  let open = -1
  let openSingle = -1
  const flush = (end: number) => {
    if (open !== -1) spans.push([open, end])
    open = -1
    openSingle = -1
  }
  for (const t of tokens) {
    while (p < paragraphs.length && paragraphs[p].end <= t.start) {
      flush(paragraphs[p].end)
      p++
    }
    if (t.kind !== 'quote') continue
    const q = t.text
    if (open === -1) {
      if (OPENING.has(q) || q === '"' || q === '``') open = t.start
      else if (q === '‘' && openSingle === -1) openSingle = t.start
      else if (q === '’' && openSingle !== -1) {
        spans.push([openSingle, t.end])
        openSingle = -1
      }
    } else if (CLOSING.has(q) || q === '"' || q === "''" || (q === '“' && !t.spaceBefore)) {
      spans.push([open, t.end])
      open = -1
    }
  }
  if (p < paragraphs.length) flush(paragraphs[p].end)
  else if (tokens.length > 0) flush(tokens[tokens.length - 1].end)
  return spans
}

/**
 * The first of the spans that ends after `offset`. Spans from {@link quotedSpans} come in the order
 * of their ends, so every span before it ends at or before `offset`.
 */
function firstEndingAfter(spans: readonly (readonly [number, number])[], offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (spans[mid][1] <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** How many characters of `text` from `from` to `to` are visible (above the space character). */
function visible(text: string, from: number, to: number): number {
  let count = 0
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 32) count++
  return count
}

/**
 * How many characters of a sentence are visible, counted token by token: tokens hold no whitespace
 * and, but for symbols and addresses, no control character either, so only those and the gaps
 * between tokens need a look at each character.
 */
function visibleInSentence(sentence: Sentence, tokens: readonly Token[], text: string): number {
  let count = 0
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = tokens[k]
    count += t.kind === 'symbol' || t.kind === 'url' ? visible(text, t.start, t.end) : t.end - t.start
    if (k + 1 < sentence.tokenEnd) count += visible(text, t.end, tokens[k + 1].start)
  }
  return count
}

/**
 * The share (0–1) of a sentence's characters that lie inside the quoted spans (from
 * {@link quotedSpans}). With the sentence's `tokens`, its length is counted faster.
 */
export function quotedShare(sentence: Sentence, spans: readonly (readonly [number, number])[], text: string, tokens?: readonly Token[]): number {
  let inside = 0
  for (let i = firstEndingAfter(spans, sentence.start); i < spans.length; i++) {
    const [start, end] = spans[i]
    if (end <= sentence.start) continue
    if (start >= sentence.end) break
    inside += visible(text, Math.max(start, sentence.start), Math.min(end, sentence.end))
  }
  if (inside === 0) return 0
  const length = tokens ? visibleInSentence(sentence, tokens, text) : visible(text, sentence.start, sentence.end)
  return length === 0 ? 0 : Math.min(1, inside / length)
}

/**
 * True when a quotation in the sentence stands as a clause of its own: it opens the sentence, or
 * follows a colon, a comma or a reporting word (`said: “…”`, `, “…”`, `says “…”`), rather than
 * naming something in passing (`called the decision “a mistake”`).
 */
export function quotationIsClause(tokens: readonly Token[], sentence: Sentence, spans: readonly (readonly [number, number])[], reporting: ReadonlySet<string>): boolean {
  for (let i = firstEndingAfter(spans, sentence.start); i < spans.length; i++) {
    const [start, end] = spans[i]
    if (end <= sentence.start) continue
    if (start >= sentence.end) break
    if (start <= sentence.start) return true
    for (let k = sentence.tokenStart + 1; k < sentence.tokenEnd; k++) {
      if (tokens[k].start !== start) continue
      const before = tokens[k - 1]
      if (before.text === ':' || before.text === ',' || reporting.has(before.text.toLowerCase())) return true
      break
    }
  }
  return false
}

/**
 * True when the sentence opens inside a quotation (its opening mark, or a quotation carried over
 * from the sentence before) that closes before a reporting word: `“Never again,” said the minister
 * at a ceremony in the capital on Monday.` or the end of a quotation that ran over two sentences
 * (`It is a guarantee,” said Colonel …`). A long attribution does not make such a sentence a report.
 */
export function opensWithAttributedQuotation(tokens: readonly Token[], sentence: Sentence, spans: readonly (readonly [number, number])[], reporting: ReadonlySet<string>): boolean {
  const i = firstEndingAfter(spans, sentence.start)
  if (i >= spans.length) return false
  const [start, end] = spans[i]
  if (start > sentence.start || end >= sentence.end) return false
  let k = sentence.tokenStart
  while (k < sentence.tokenEnd && tokens[k].end < end) k++
  for (let steps = 0, j = k + 1; steps < 3 && j < sentence.tokenEnd; steps++, j++) {
    const t = tokens[j]
    if (t.text === ',' || t.text === '—' || t.text === '–') continue
    if (t.kind === 'word' && reporting.has(t.text.toLowerCase())) return true
  }
  return false
}
