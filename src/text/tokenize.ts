import { DATE_ABBREVIATIONS, FINAL_ABBREVIATIONS, NUMBER_ABBREVIATIONS, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS, isKnownAbbreviation } from './abbreviations.ts'
import { CharClass, asciiClass, codePointAt, isLineBreak, isSpace, isUpperCodePoint, isWordCodePoint } from './chars.ts'
import { isClitic, scanBareDomain, scanDottedAcronym, scanEmail, scanNumber, scanSymbol, scanUrl, scanWord } from './scan.ts'
import type { Token, TokenKind } from './types.ts'

const QUOTES = new Set([0x22, 0x27, 0x60, 0x201c, 0x201d, 0x201e, 0x201f, 0x2018, 0x2019, 0x201a, 0x201b, 0xab, 0xbb, 0x2039, 0x203a, 0x300c, 0x300d, 0x300e, 0x300f])
// Sentence punctuation and brackets; dashes of every width count as punctuation, the minus sign does not.
const PUNCT = new Set([
  0x2c, 0x3b, 0x3a, 0x28, 0x29, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015,
  0xa1, 0xbf, 0x3001, 0x3002, 0xff0c, 0xff1b, 0xff1a, 0xff08, 0xff09,
])
const BANGS = new Set([0x21, 0x3f, 0xff01, 0xff1f, 0x203c, 0x2047, 0x2048, 0x2049])
const HYPHENS = new Set([0x2d])

// Which of the sets above a character that starts no word is in, checked in this order.
const BANG = 1
const QUOTE = 2
const PUNCTUATION = 3
const OTHER = 0
const groupOfSets = (c: number): number => (BANGS.has(c) ? BANG : QUOTES.has(c) ? QUOTE : PUNCT.has(c) ? PUNCTUATION : OTHER)
const ASCII_GROUPS = Uint8Array.from({ length: 128 }, (_, c) => groupOfSets(c))

/** The group of a character: BANG, QUOTE, PUNCTUATION or OTHER. */
function groupOf(c: number): number {
  return c < 128 ? ASCII_GROUPS[c] : groupOfSets(c)
}
const DOT = 46
const ELLIPSIS = 0x2026
const DOTS = new Set([DOT, ELLIPSIS])

const LONGEST_ABBREVIATION = Math.max(...[TITLE_ABBREVIATIONS, FINAL_ABBREVIATIONS, OTHER_ABBREVIATIONS, NUMBER_ABBREVIATIONS, DATE_ABBREVIATIONS].flatMap((set) => [...set].map((w) => w.length)))

function nextNonSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++
  return i < text.length ? text.charCodeAt(i) : -1
}

/**
 * Decides whether the full stop right after a word belongs to it: titles ("Dr."), initials ("J."),
 * company suffixes and Latin abbreviations always; "No."/"Art." only before a number; "Jan."/"Tue."
 * only when capitalised and followed by a number or a comma.
 */
function takesStop(text: string, start: number, end: number): boolean {
  const first = codePointAt(text, start)
  const capital = isUpperCodePoint(first)
  const initial = end - start === (first > 0xffff ? 2 : 1)
  if (capital && initial) return true
  // Longer than every abbreviation: no list can hold it (lower-casing never makes a word shorter).
  if (end - start > LONGEST_ABBREVIATION) return false
  const lower = text.slice(start, end).toLowerCase()
  if (TITLE_ABBREVIATIONS.has(lower)) return capital
  if (isKnownAbbreviation(lower)) return true
  const next = nextNonSpace(text, end + 1)
  const digitNext = next >= 48 && next <= 57
  if (NUMBER_ABBREVIATIONS.has(lower)) return digitNext || next === 43 /* + */ || next === 40 /* ( */
  if (DATE_ABBREVIATIONS.has(lower)) return capital && (digitNext || next === 44)
  return false
}

function runEnd(text: string, i: number, set: Set<number>): number {
  while (i < text.length && set.has(text.charCodeAt(i))) i++
  return i
}

/**
 * Splits text into tokens without losing a character: every token's `text` equals
 * `text.slice(start, end)`, tokens never overlap and never contain whitespace, and whitespace
 * is the only thing between them.
 *
 * @example
 * tokenize('Dr. Lee said 1,200 troops.').map((t) => t.text)
 * // ['Dr.', 'Lee', 'said', '1,200', 'troops', '.']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let i = 0
  let lastEnd = 0
  let lineStart = true
  let at = text.indexOf('@')
  let previousKind: TokenKind | null = null
  while (i < n) {
    const c = text.charCodeAt(i)
    const cls = c < 128 ? asciiClass(c) : CharClass.Other
    if (cls === CharClass.Space || cls === CharClass.LineBreak || (c >= 128 && isSpace(c))) {
      if (cls === CharClass.LineBreak || (c >= 128 && isLineBreak(c))) lineStart = true
      i++
      continue
    }
    let end = -1
    let kind: TokenKind = 'word'
    let abbr = false
    if (at !== -1 && at < i) at = text.indexOf('@', i)
    const wordStart = cls === CharClass.Upper || cls === CharClass.Lower || cls === CharClass.Digit || (c >= 128 && isWordCodePoint(codePointAt(text, i)))
    if (wordStart) {
      if (c === 104 || c === 72 || c === 119 || c === 87) {
        end = scanUrl(text, i)
        if (end !== -1) kind = 'url'
      }
      if (end === -1 && at !== -1 && at - i <= 64) {
        end = scanEmail(text, i)
        if (end !== -1) kind = 'email'
      }
      if (end === -1 && text.charCodeAt(i + 1) === DOT) {
        end = scanDottedAcronym(text, i)
        if (end !== -1) abbr = true
      }
      if (end === -1 && cls === CharClass.Digit) {
        end = scanNumber(text, i)
        if (end !== -1) kind = 'number'
      }
      if (end === -1) {
        end = scanWord(text, i)
        if (text.charCodeAt(end) === DOT) {
          const after = text.charCodeAt(end + 1)
          if (after >= 97 && after <= 122) {
            const domainEnd = scanBareDomain(text, i)
            if (domainEnd !== -1) {
              end = domainEnd
              kind = 'url'
            }
          }
          if (kind === 'word' && after !== DOT && after !== ELLIPSIS && takesStop(text, i, end)) {
            end++
            abbr = true
          }
        }
      }
    } else if (c === DOT || c === ELLIPSIS) {
      end = runEnd(text, i, DOTS)
      kind = 'punct'
    } else if (groupOf(c) === BANG) {
      end = runEnd(text, i, BANGS)
      kind = 'punct'
    } else if (groupOf(c) === QUOTE) {
      kind = 'quote'
      const next = text.charCodeAt(i + 1)
      if ((c === 0x27 || c === 0x2019) && i === lastEnd && i > 0 && (previousKind === 'word' || previousKind === 'number') && isClitic(text, i)) {
        end = i + 2
        kind = 'word'
      } else if ((c === 0x60 && next === 0x60) || (c === 0x27 && next === 0x27)) end = i + 2
      else end = i + 1
    } else if (groupOf(c) === PUNCTUATION) {
      kind = 'punct'
      end = c === 0x2d ? runEnd(text, i, HYPHENS) : i + 1
    } else {
      kind = 'symbol'
      end = scanSymbol(text, i)
    }
    const token: Token = { start: i, end, text: text.slice(i, end), kind, spaceBefore: i === 0 || i !== lastEnd, lineStart }
    if (abbr) token.abbr = true
    tokens.push(token)
    previousKind = kind
    lineStart = false
    lastEnd = end
    i = end
  }
  return tokens
}
