import { FINAL_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.ts'
import type { Paragraph, Sentence, Token } from './types.ts'

const CLOSERS = new Set(['"', '”', '’', "'", '»', '›', ')', ']', '}', "''"])
const TERMINAL = /^(?:[.!?]+|…|\.{2,}|[!?]+)$/
const BULLET = /^[-–—•*·▪◦‣]$/
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'there', 'in', 'on', 'at',
  'but', 'and', 'however', 'meanwhile', 'its', 'his', 'her', 'their', 'our', 'as', 'after', 'before', 'during', 'according',
])

function startsUpperOrDigit(token: Token | undefined): boolean {
  if (!token) return true
  const c = token.text.charAt(0)
  return /[\p{Lu}\p{N}]/u.test(c) || token.kind === 'quote' || c === '(' || c === '[' || BULLET.test(token.text)
}

function startsLower(token: Token | undefined): boolean {
  return !!token && /\p{Ll}/u.test(token.text.charAt(0))
}

/** True when the text looks hard-wrapped: most line breaks fall inside running sentences. */
function isHardWrapped(text: string, tokens: readonly Token[]): boolean {
  let breaks = 0
  let lowerAfterBreak = 0
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t.lineStart) continue
    if (/\n[ \t]*\n/.test(text.slice(tokens[i - 1].end, t.start))) continue
    breaks++
    if (startsLower(t)) lowerAfterBreak++
  }
  return breaks >= 4 && lowerAfterBreak / breaks > 0.3
}

/**
 * Finds paragraph spans: runs of text separated by blank lines; when a text has no blank
 * lines, each non-empty line is a paragraph.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  const hasBlank = /\n[ \t\r\f\v\u00a0]*\n/.test(text)
  const separator = hasBlank ? /\n[ \t\r\f\v\u00a0]*\n\s*/g : /\r?\n\s*/g
  let from = 0
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text.charAt(start))) start++
    while (end > start && /\s/.test(text.charAt(end - 1))) end--
    if (end > start) paragraphs.push({ start, end, index: paragraphs.length })
  }
  for (const m of text.matchAll(separator)) {
    push(from, m.index)
    from = m.index + m[0].length
  }
  push(from, text.length)
  return paragraphs
}

/**
 * Splits tokens into sentences. Boundaries: terminal punctuation (with any closing quotes and
 * brackets after it) before a capital, digit, quote or the end; blank lines; and single line
 * breaks that start a new line item or headline, unless the text is hard-wrapped.
 */
export function splitSentences(text: string, tokens: readonly Token[], paragraphs: readonly Paragraph[] = splitParagraphs(text)): Sentence[] {
  const sentences: Sentence[] = []
  if (tokens.length === 0) return sentences
  const wrapped = isHardWrapped(text, tokens)
  let paragraph = 0
  let first = 0
  const close = (endToken: number) => {
    if (endToken <= first) return
    const start = tokens[first].start
    const end = tokens[endToken - 1].end
    while (paragraph < paragraphs.length - 1 && paragraphs[paragraph].end <= start) paragraph++
    sentences.push({ start, end, index: sentences.length, tokenStart: first, tokenEnd: endToken, paragraph })
    first = endToken
  }
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1]
    // Line-based boundaries before `next`.
    if (next && next.lineStart && i + 1 > first) {
      const gap = text.slice(tokens[i].end, next.start)
      const blank = /\n[ \t\r\f\v\u00a0]*\n/.test(gap)
      const prev = tokens[i]
      const continues = prev.kind === 'punct' && /^[,;:(\-–—/]$/.test(prev.text)
      if (blank || (!wrapped && !continues && (startsUpperOrDigit(next) || BULLET.test(next.text)))) {
        close(i + 1)
        continue
      }
    }
    const t = tokens[i]
    let endsHere = false
    if (t.kind === 'punct' && TERMINAL.test(t.text)) {
      endsHere = true
      // "1." opening a numbered list item is not a sentence end.
      if (t.text === '.' && i === first + 1 && tokens[first].kind === 'number' && tokens[first].lineStart) endsHere = false
      // An ellipsis followed by a lower-case word runs on.
      if ((t.text === '…' || t.text.startsWith('..')) && startsLower(next)) endsHere = false
    } else if (t.abbr && next && !t.text.endsWith('..')) {
      const lower = t.text.slice(0, -1).toLowerCase()
      const after = next.kind === 'quote' ? tokens[i + 2] : next
      if (FINAL_ABBREVIATIONS.has(lower) && after && SENTENCE_STARTERS.has(after.text.toLowerCase()) && /\p{Lu}/u.test(after.text.charAt(0))) endsHere = true
      else if (!TITLE_ABBREVIATIONS.has(lower) && lower.length > 1 && next.lineStart) endsHere = true
    }
    if (!endsHere) continue
    // Swallow closing quotes, brackets and further terminal marks.
    let j = i + 1
    while (j < tokens.length && !tokens[j].spaceBefore && (CLOSERS.has(tokens[j].text) || (tokens[j].kind === 'punct' && TERMINAL.test(tokens[j].text)))) j++
    const after = tokens[j]
    if (!after) break
    if (startsLower(after) && !after.lineStart) continue
    // "?" or "!" inside a sentence before a lower-case reporting verb ("…!" he said) was handled above.
    if (after.kind === 'punct' && /^[,;:)]$/.test(after.text)) continue
    close(j)
    i = j - 1
  }
  close(tokens.length)
  return sentences
}
