import { isKnownAbbreviation } from './abbreviations.ts'
import type { Token, TokenKind } from './types.ts'

// One sticky regular expression; each alternative is one token kind. Order matters: the first match wins.
const TOKEN = new RegExp(
  [
    String.raw`(https?:\/\/[^\s<>"“”‘’«»]*[^\s<>"“”‘’«».,;:!?)\]'])`, // 1 url
    String.raw`([\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`, // 2 email
    String.raw`((?:\p{Lu}\.){2,}|(?:\p{Ll}\.){2,})`, // 3 dotted acronym: U.S., e.g.
    String.raw`(\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}]))`, // 4 number: 1,200 3.5 12:30 5/5 5th 1990s
    String.raw`([\p{L}\p{M}\p{N}]+(?:[-'’&](?![sS](?![\p{L}]))[\p{L}\p{M}\p{N}]+)*)`, // 5 word, hyphenated, contraction
    String.raw`(['’][sS](?![\p{L}]))`, // 6 possessive 's
    String.raw`(\.{2,}|…)`, // 7 ellipsis
    String.raw`(\x60\x60|''|["“”‘’«»„‚‹›'\x60])`, // 8 quote marks (`` and '' count as one)
    String.raw`([!?]+|[.,;:()[\]{}\-–—/])`, // 9 punctuation
    String.raw`(\S)`, // 10 any other symbol
  ].join('|'),
  'uy',
)

const KIND_BY_GROUP: Array<TokenKind | null> = [null, 'url', 'email', 'word', 'number', 'word', 'word', 'punct', 'quote', 'punct', 'symbol']

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x202f || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0xfeff || code === 0x85
}

/**
 * Splits text into tokens without losing a character: every token's `text` equals
 * `text.slice(start, end)`, and whitespace is the only thing between tokens.
 *
 * @example
 * tokenize('Dr. Lee said 1,200 troops.').map((t) => t.text)
 * // ['Dr.', 'Lee', 'said', '1,200', 'troops', '.']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const length = text.length
  let i = 0
  let lastEnd = 0
  let sawNewline = true
  while (i < length) {
    const code = text.charCodeAt(i)
    if (isSpace(code)) {
      if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85) sawNewline = true
      i++
      continue
    }
    TOKEN.lastIndex = i
    const m = TOKEN.exec(text)
    let end: number
    let kind: TokenKind = 'symbol'
    if (!m) {
      // Lone surrogates and the like: one code point as a symbol.
      end = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1)
    } else {
      end = i + m[0].length
      for (let g = 1; g < m.length; g++) {
        if (m[g] !== undefined) {
          kind = KIND_BY_GROUP[g] ?? 'symbol'
          break
        }
      }
    }
    let abbr = false
    if (m && m[3] !== undefined) abbr = true
    else if (kind === 'word' && text.charCodeAt(end) === 46 /* . */ && text.charCodeAt(end + 1) !== 46) {
      const word = text.slice(i, end)
      if ((word.length === 1 && /\p{Lu}/u.test(word)) || isKnownAbbreviation(word.toLowerCase())) {
        end++
        abbr = true
      }
    }
    const token: Token = { start: i, end, text: text.slice(i, end), kind, spaceBefore: i === 0 || i !== lastEnd, lineStart: sawNewline }
    if (abbr) token.abbr = true
    tokens.push(token)
    sawNewline = false
    lastEnd = end
    i = end
  }
  return tokens
}
