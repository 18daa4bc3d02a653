/**
 * Character classes for the tokenizer and splitters, over UTF-16 code units with an ASCII fast path.
 * Non-ASCII code points are classified once with Unicode property escapes and cached.
 */

/** Code-unit classes of ASCII characters. */
export const CharClass = { Other: 0, Space: 1, LineBreak: 2, Upper: 3, Lower: 4, Digit: 5 } as const
export type CharClass = (typeof CharClass)[keyof typeof CharClass]

const ASCII = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  if (c === 10 || c === 11 || c === 12 || c === 13) ASCII[c] = CharClass.LineBreak
  else if (c === 9 || c === 32) ASCII[c] = CharClass.Space
  else if (c >= 65 && c <= 90) ASCII[c] = CharClass.Upper
  else if (c >= 97 && c <= 122) ASCII[c] = CharClass.Lower
  else if (c >= 48 && c <= 57) ASCII[c] = CharClass.Digit
}

/** The class of an ASCII code unit (`code < 128`). */
export function asciiClass(code: number): CharClass {
  return ASCII[code] as CharClass
}

/**
 * Whitespace separates tokens. This is a superset of JavaScript's `\s` (so no token ever matches
 * `/\s/`), plus NEL and the zero-width space, which press-release HTML uses as invisible separators.
 */
export function isSpace(code: number): boolean {
  if (code < 128) return ASCII[code] === CharClass.Space || ASCII[code] === CharClass.LineBreak
  return (
    code === 0xa0 || code === 0x85 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

/** Characters that end a line: LF, CR, VT, FF, NEL, and the Unicode line and paragraph separators. */
export function isLineBreak(code: number): boolean {
  if (code < 128) return ASCII[code] === CharClass.LineBreak
  return code === 0x85 || code === 0x2028 || code === 0x2029
}

const WORD = /^[\p{L}\p{M}\p{N}]$/u
const UPPER = /^[\p{Lu}\p{Lt}]$/u
const LOWER = /^\p{Ll}$/u
const LETTER = /^\p{L}$/u
const MARK = /^\p{M}$/u

const WORD_BIT = 1
const UPPER_BIT = 2
const LOWER_BIT = 4
const LETTER_BIT = 8
const MARK_BIT = 16
const cache = new Map<number, number>()

function bitsOf(codePoint: number): number {
  let bits = cache.get(codePoint)
  if (bits !== undefined) return bits
  const ch = String.fromCodePoint(codePoint)
  bits = (WORD.test(ch) ? WORD_BIT : 0) | (UPPER.test(ch) ? UPPER_BIT : 0) | (LOWER.test(ch) ? LOWER_BIT : 0) | (LETTER.test(ch) ? LETTER_BIT : 0) | (MARK.test(ch) ? MARK_BIT : 0)
  if (cache.size < 65536) cache.set(codePoint, bits)
  return bits
}

/** The code point at `i`, or the lone surrogate there. */
export function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0
}

/** Number of code units the code point at `i` takes (2 for a surrogate pair, else 1). */
export function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return 2
  }
  return 1
}

/** Letters, combining marks and digits of any script: what words are made of. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 128) {
    const k = ASCII[cp]
    return k === CharClass.Upper || k === CharClass.Lower || k === CharClass.Digit
  }
  return (bitsOf(cp) & WORD_BIT) !== 0
}

/** Upper- or title-case letters of any script. */
export function isUpperCodePoint(cp: number): boolean {
  if (cp < 128) return ASCII[cp] === CharClass.Upper
  return (bitsOf(cp) & UPPER_BIT) !== 0
}

/** Lower-case letters of any script. */
export function isLowerCodePoint(cp: number): boolean {
  if (cp < 128) return ASCII[cp] === CharClass.Lower
  return (bitsOf(cp) & LOWER_BIT) !== 0
}

/** Letters of any script, cased or not. */
export function isLetterCodePoint(cp: number): boolean {
  if (cp < 128) {
    const k = ASCII[cp]
    return k === CharClass.Upper || k === CharClass.Lower
  }
  return (bitsOf(cp) & LETTER_BIT) !== 0
}

/** Combining marks (accents, vowel signs, enclosing marks). */
export function isMarkCodePoint(cp: number): boolean {
  return cp >= 0x300 && (bitsOf(cp) & MARK_BIT) !== 0
}

/** True when the first character of `s` is an upper-case letter. */
export function startsUpper(s: string): boolean {
  return s.length > 0 && isUpperCodePoint(codePointAt(s, 0))
}

/** True when the first character of `s` is a lower-case letter. */
export function startsLower(s: string): boolean {
  return s.length > 0 && isLowerCodePoint(codePointAt(s, 0))
}
