import type { Paragraph } from '../../../text/types.ts'
import { lookupTable } from '../amounts/lookup-table.ts'

/** The text between a pair of quote marks (or, for a quote running on, a paragraph's part of it). */
export interface QuotedPart {
  /** offset of the opening mark */
  open: number
  /** offset of the closing mark; null when the quote runs on into the next paragraph */
  close: number | null
  /** the quoted text without the marks, surrounding spaces and a trailing comma */
  start: number
  end: number
  /** parts of one quote running over several paragraphs share a chain number */
  chain: number
}

type Family = 'double' | 'single'
interface Opener {
  index: number
  mark: string
  family: Family
  chain: number
}

const FAMILY = lookupTable<Family>({ '“': 'double', '”': 'double', '„': 'double', '"': 'double', '«': 'double', '»': 'double', '‘': 'single', '’': 'single', '‚': 'single', "'": 'single', '‹': 'single', '›': 'single' })
const isMark = (ch: string) => FAMILY.has(ch)
const MARKS = /["“”„«»‘’‚'‹›]/g
/** True for '' (no character) and white space. */
function isSpace(ch: string): boolean {
  if (ch === '') return true
  const code = ch.charCodeAt(0)
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return /\s/.test(ch)
}

/** True for a letter or digit (the character is one UTF-16 unit, as charAt gives it). */
function isLetterOrDigit(ch: string): boolean {
  const code = ch.charCodeAt(0)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return /[\p{L}\p{N}]/u.test(ch)
}
const OPEN_BEFORE = /[\s([{—–\-/:;,]/
const CLOSE_AFTER = /[\s.,;:!?)\]}—–\-…/]/

function opensHere(text: string, i: number, from: number): boolean {
  const prev = i > from ? text.charAt(i - 1) : ''
  const next = text.charAt(i + 1)
  return (prev === '' || OPEN_BEFORE.test(prev) || isMark(prev)) && next !== '' && !isSpace(next)
}

function closesHere(text: string, i: number, to: number): boolean {
  const prev = text.charAt(i - 1)
  const next = i + 1 < to ? text.charAt(i + 1) : ''
  return !isSpace(prev) && (next === '' || CLOSE_AFTER.test(next) || isMark(next))
}

/** ’ and ' between letters (don’t, Russia’s) or before a decade (’90s) are apostrophes. */
function isApostrophe(text: string, i: number): boolean {
  const prev = text.charAt(i - 1)
  const next = text.charAt(i + 1)
  if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return true
  if (/^\d0s/.test(text.slice(i + 1, i + 4))) return true
  return isSpace(prev) && /^(?:em|tis|twas|n)\b/i.test(text.slice(i + 1, i + 5))
}

/**
 * A plural possessive ("the allies’ position") looks like a closing single quote. Read it as a
 * possessive when a word follows and a better closing mark comes later before any new opening mark.
 */
function isPluralPossessive(text: string, i: number, to: number): boolean {
  if (text.charAt(i - 1) !== 's' || !/^\s+\p{L}/u.test(text.slice(i + 1, i + 4))) return false
  for (let k = i + 1; k < to; k++) {
    const ch = text.charAt(k)
    if (ch === '‘') return false
    if ((ch === '’' || ch === "'") && !isApostrophe(text, k) && closesHere(text, k, to) && !(text.charAt(k - 1) === 's' && /^\s+\p{L}/u.test(text.slice(k + 1, k + 4)))) return true
  }
  return false
}

function openIndex(stack: readonly Opener[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].family === family) return k
  return -1
}

function firstMarkOf(text: string, p: Paragraph): string {
  return text.charAt(p.start)
}

/**
 * Pairs the quote marks of a text paragraph by paragraph: “double”, "straight", ‘single’ as main
 * marks, «guillemets», „German“, ‚German‘; nested quotes stay inside the outer one. A paragraph
 * that opens a quote without closing it, followed by a paragraph that opens again, continues the
 * same quote (news style): each paragraph's part is returned with the same `chain`.
 */
export function findQuotedParts(text: string, paragraphs: readonly Paragraph[]): QuotedPart[] {
  const parts: QuotedPart[] = []
  let chains = 0
  let carried: number | null = null
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: from, end: to } = paragraphs[p]
    const stack: Opener[] = []
    const pairs: QuotedPart[] = []
    MARKS.lastIndex = from
    for (let m = MARKS.exec(text); m !== null && m.index < to; m = MARKS.exec(text)) {
      const i = m.index
      const ch = m[0]
      const family = FAMILY.get(ch)!
      const top = stack[stack.length - 1]
      let role: 'open' | 'close' | null = null
      if (ch === '“') role = top?.mark === '„' ? 'close' : opensHere(text, i, from) ? 'open' : openIndex(stack, 'double') >= 0 && closesHere(text, i, to) ? 'close' : null
      else if (ch === '”') role = openIndex(stack, 'double') >= 0 ? 'close' : opensHere(text, i, from) ? 'open' : null
      else if (ch === '„' || ch === '‚') role = 'open'
      else if (ch === '«') role = top?.mark === '»' ? 'close' : 'open'
      else if (ch === '»') role = stack.some((o) => o.mark === '«') ? 'close' : opensHere(text, i, from) ? 'open' : null
      else if (ch === '‹') role = 'open'
      else if (ch === '›') role = stack.some((o) => o.mark === '‹') ? 'close' : null
      else if (ch === '"') role = stack.some((o) => o.mark === '"') ? 'close' : opensHere(text, i, from) ? 'open' : null
      else if (ch === '‘') role = top?.mark === '‚' ? 'close' : opensHere(text, i, from) && !isApostrophe(text, i) ? 'open' : null
      else if (ch === '’' || ch === "'") {
        if (isApostrophe(text, i)) role = null
        else if (stack.some((o) => o.family === 'single' && (o.mark !== '‚' || ch === "'")) && closesHere(text, i, to)) role = isPluralPossessive(text, i, to) ? null : 'close'
        else if (ch === "'" && opensHere(text, i, from)) role = 'open'
      }
      if (role === 'open') {
        const chain: number = carried !== null && i === from ? carried : chains++
        stack.push({ index: i, mark: ch, family, chain })
      } else if (role === 'close') {
        const at = openIndex(stack, family)
        if (at < 0) continue
        const o = stack[at]
        stack.length = at
        pairs.push(part(text, o.index, i, o.chain))
      }
    }
    carried = null
    // A quote left open runs on only when the next paragraph opens a quote of the same family.
    const outer = stack[0]
    const next = paragraphs[p + 1]
    if (outer && next && FAMILY.get(firstMarkOf(text, next)) === outer.family && opensHere(text, next.start, next.start)) {
      pairs.push(part(text, outer.index, null, outer.chain, to))
      carried = outer.chain
    }
    parts.push(...outermost(pairs))
  }
  return parts.filter((q) => q.end > q.start)
}

function part(text: string, open: number, close: number | null, chain: number, paragraphEnd = 0): QuotedPart {
  let start = open + 1
  let end = close ?? paragraphEnd
  while (start < end && isSpace(text.charAt(start))) start++
  while (end > start && isSpace(text.charAt(end - 1))) end--
  if (end > start && text.charAt(end - 1) === ',') end--
  while (end > start && isSpace(text.charAt(end - 1))) end--
  return { open, close, start, end, chain }
}

function outermost(pairs: QuotedPart[]): QuotedPart[] {
  pairs.sort((a, b) => a.open - b.open)
  const kept: QuotedPart[] = []
  for (const q of pairs) {
    const last = kept[kept.length - 1]
    if (last && q.open < (last.close ?? last.end)) continue
    kept.push(q)
  }
  return kept
}
