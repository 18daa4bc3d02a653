import { CharClass, asciiClass, codePointAt, codePointLength, isLetterCodePoint, isLowerCodePoint, isMarkCodePoint, isSpace, isUpperCodePoint, isWordCodePoint } from './chars.ts'

/*
 * Scanners for the tokenizer: each takes the text and a start offset and returns the end offset
 * of the longest token of its kind there (or -1 when there is none). None of them allocates.
 */

const DOT = 46
const HYPHEN = 45
const APOSTROPHE = 39
const RIGHT_SINGLE = 0x2019
const AMPERSAND = 38

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isWordAt(text: string, i: number): boolean {
  if (i >= text.length) return false
  const c = text.charCodeAt(i)
  if (c < 128) {
    const k = asciiClass(c)
    return k === CharClass.Upper || k === CharClass.Lower || k === CharClass.Digit
  }
  return isWordCodePoint(codePointAt(text, i))
}

/** End of a run of letters, marks and digits starting at `i`. */
function wordRunEnd(text: string, i: number): number {
  const n = text.length
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c < 128) {
      // A-Z and a-z (c | 32 folds the capitals onto the small letters), then 0-9.
      const folded = c | 32
      if ((folded >= 97 && folded <= 122) || (c >= 48 && c <= 57)) {
        i++
        continue
      }
      return i
    }
    const cp = codePointAt(text, i)
    if (!isWordCodePoint(cp)) return i
    i += cp > 0xffff ? 2 : 1
  }
  return i
}

/** True when `'s`/`’s` at `i` is a possessive or contraction clitic ("Poland's", "it's"). */
export function isClitic(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c !== APOSTROPHE && c !== RIGHT_SINGLE) return false
  const s = text.charCodeAt(i + 1)
  return (s === 115 || s === 83) && !isWordAt(text, i + 2)
}

/**
 * A word: letters, marks and digits, joined by inner hyphens, apostrophes and ampersands
 * ("COVID-19", "don't", "AT&T", "a-t-il"). A possessive "'s" is left for its own token.
 */
export function scanWord(text: string, i: number): number {
  let end = wordRunEnd(text, i)
  for (;;) {
    const c = text.charCodeAt(end)
    const joiner = c === HYPHEN || c === 0x2010 || c === 0x2011 || c === APOSTROPHE || c === RIGHT_SINGLE || c === AMPERSAND
    if (!joiner || !isWordAt(text, end + 1)) return end
    if ((c === APOSTROPHE || c === RIGHT_SINGLE) && isClitic(text, end)) return end
    end = wordRunEnd(text, end + 1)
  }
}

/**
 * Letters joined by full stops, each a single letter, all of one case: "U.S.", "e.g.", "a.m.", "J.R.R.".
 * Returns the end after the last stop, or -1 when there are fewer than two letter-stop pairs.
 */
export function scanDottedAcronym(text: string, i: number): number {
  const first = codePointAt(text, i)
  const upper = isUpperCodePoint(first)
  if (!upper && !isLowerCodePoint(first)) return -1
  let j = i
  let pairs = 0
  for (;;) {
    const cp = codePointAt(text, j)
    const len = cp > 0xffff ? 2 : 1
    if (!(upper ? isUpperCodePoint(cp) : isLowerCodePoint(cp)) || text.charCodeAt(j + len) !== DOT) break
    j += len + 1
    pairs++
  }
  return pairs >= 2 ? j : -1
}

const ORDINAL = /^(?:st|nd|rd|th|s)$/i

/**
 * A number with inner separators ("1,200", "3.5", "1.200,50", "12:30", "5/5") and an ordinal or
 * decade suffix ("5th", "1990s"). Returns -1 when the digits start a word instead ("3D", "5G",
 * "19-year-old"), and the end of the digits when a lower-case unit follows ("5km" -> "5" "km").
 */
export function scanNumber(text: string, i: number): number {
  const n = text.length
  let j = i
  while (j < n && isDigit(text.charCodeAt(j))) j++
  let separated = false
  while (j + 1 < n) {
    const c = text.charCodeAt(j)
    if ((c === 44 || c === DOT || c === 58 || c === 47) && isDigit(text.charCodeAt(j + 1))) {
      j += 2
      while (j < n && isDigit(text.charCodeAt(j))) j++
      separated = true
    } else break
  }
  if (!isWordAt(text, j)) {
    // "19-year-old" and "5th-largest" are one word.
    const c = text.charCodeAt(j)
    if ((c === HYPHEN || c === 0x2010 || c === 0x2011) && !separated && isLetterCodePoint(codePointAt(text, j + 1))) return -1
    return j
  }
  const suffixEnd = wordRunEnd(text, j)
  const suffix = text.slice(j, suffixEnd)
  if (ORDINAL.test(suffix)) {
    const c = text.charCodeAt(suffixEnd)
    if ((c === HYPHEN || c === 0x2010 || c === 0x2011) && !separated && isLetterCodePoint(codePointAt(text, suffixEnd + 1))) return -1
    return suffixEnd
  }
  if (separated) return j
  let allLower = true
  for (let k = j; k < suffixEnd; k++) {
    const c = text.charCodeAt(k)
    if (!(c >= 97 && c <= 122)) {
      allLower = false
      break
    }
  }
  return allLower ? j : -1
}

const URL_STOP = new Set([0x3c, 0x3e, 0x22, 0x201c, 0x201d, 0x2018, 0xab, 0xbb, 0x60])
const URL_TRAILING = new Set([DOT, 44, 59, 58, 33, 63, 41, 93, 125, APOSTROPHE, RIGHT_SINGLE, 42])

function startsWithAsciiCaseless(text: string, i: number, prefix: string): boolean {
  for (let k = 0; k < prefix.length; k++) {
    const c = text.charCodeAt(i + k) | 0x20
    if (c !== prefix.charCodeAt(k)) return false
  }
  return true
}

/** End of a URL body from `i`: up to whitespace or a quote, without trailing sentence punctuation. */
function urlBodyEnd(text: string, i: number): number {
  const n = text.length
  let j = i
  let openParens = 0
  while (j < n) {
    const c = text.charCodeAt(j)
    if (isSpace(c) || URL_STOP.has(c)) break
    if (c === 40) openParens++
    else if (c === 41) {
      if (openParens === 0) break
      openParens--
    }
    j++
  }
  while (j > i && URL_TRAILING.has(text.charCodeAt(j - 1))) {
    // Every ")" kept in the body closes a "(" inside it, as in Wikipedia links.
    if (text.charCodeAt(j - 1) === 41) break
    j--
  }
  return j
}

/** A web address starting with "http://", "https://" or "www.". Returns -1 when there is none. */
export function scanUrl(text: string, i: number): number {
  let body: number
  if (startsWithAsciiCaseless(text, i, 'https://')) body = i + 8
  else if (startsWithAsciiCaseless(text, i, 'http://')) body = i + 7
  else if (startsWithAsciiCaseless(text, i, 'www.')) body = i + 4
  else return -1
  const end = urlBodyEnd(text, body)
  return end > body ? end : -1
}

const BARE_DOMAIN = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|int|mil|info|eu|uk|pl|de|fr|ru|ua|us|ca|au|io)(?![\p{L}\p{N}])/uy

/** A bare domain such as "gov.pl" or "example.org/path". Returns -1 when there is none. */
export function scanBareDomain(text: string, i: number): number {
  BARE_DOMAIN.lastIndex = i
  if (!BARE_DOMAIN.test(text)) return -1
  const end = BARE_DOMAIN.lastIndex
  return text.charCodeAt(end) === 47 ? Math.max(end, urlBodyEnd(text, end)) : end
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy

/** An e-mail address at `i`. Returns -1 when there is none. */
export function scanEmail(text: string, i: number): number {
  EMAIL.lastIndex = i
  if (!EMAIL.test(text)) return -1
  let end = EMAIL.lastIndex
  while (text.charCodeAt(end - 1) === HYPHEN) end--
  return end
}

function isEmojiModifier(cp: number): boolean {
  return (cp >= 0x1f3fb && cp <= 0x1f3ff) || cp === 0xfe0f || cp === 0xfe0e || cp === 0x20e3 || (cp >= 0xe0020 && cp <= 0xe007f)
}

/**
 * A symbol: one code point with its combining marks, variation selectors and skin tones; emoji joined
 * by zero-width joiners ("👩‍⚕️") and flag pairs ("🇵🇱") stay one symbol. Lone surrogates are one unit.
 */
export function scanSymbol(text: string, i: number): number {
  const n = text.length
  const first = codePointAt(text, i)
  let j = i + codePointLength(text, i)
  if (first >= 0x1f1e6 && first <= 0x1f1ff) {
    const second = codePointAt(text, j)
    if (second >= 0x1f1e6 && second <= 0x1f1ff) j += 2
  }
  while (j < n) {
    const cp = codePointAt(text, j)
    if (isEmojiModifier(cp) || isMarkCodePoint(cp)) {
      j += cp > 0xffff ? 2 : 1
    } else if (cp === 0x200d && j + 1 < n && !isSpace(text.charCodeAt(j + 1))) {
      j += 1
      j += codePointLength(text, j)
    } else break
  }
  return j
}
