import type { Token } from '../../../text/types.ts'

/** A word token. */
export const WORD = 1
/** A word starting with a capital letter. */
export const CAPITALISED = 2
/** A capitalised word of two letters or more with no lower-case letter ("NATO", "U.S."). */
export const UPPER = 4
/** A word that may be part of a name: capitalised, or a lower-case particle joined to a capital ("al-Assad"). */
export const RUN_WORD = 8
/** A word long enough to hold a name before or after a hyphen ("Kurdish-led"). */
export const HYPHENATED = 16
/** A token whose second character is a capital, a full stop or "&", as acronyms' are ("UN", "U.S.", "M&S"). */
export const ACRONYM_LIKE = 32
/** A quotation mark. */
export const QUOTE = 64

const PARTICLE_JOINED = /^\p{Ll}{1,3}[-'’]\p{Lu}/u
const UPPER_START = /^\p{Lu}/u

function hasLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 97 && c <= 122) return true
    if (c >= 128) return /\p{Ll}/u.test(text)
  }
  return false
}

// "al-Assad", "d'Estaing": a hyphen or an apostrophe within the first four characters, then the pattern.
function isParticleJoined(text: string): boolean {
  const c = text.charCodeAt(1)
  const d = text.charCodeAt(2)
  const e = text.charCodeAt(3)
  if (c !== 45 && c !== 39 && d !== 45 && d !== 39 && e !== 45 && e !== 39 && c !== 8217 && d !== 8217) return false
  return PARTICLE_JOINED.test(text)
}

// A text starting with a capital letter.
function startsWithCapital(text: string): boolean {
  const c = text.charCodeAt(0)
  if (c >= 65 && c <= 90) return true
  if (c < 128) return false
  return UPPER_START.test(text)
}

/**
 * The classes of a token with this text if it is a word; a token of another kind keeps only
 * {@link ACRONYM_LIKE} of them, with {@link QUOTE} for a quotation mark (see {@link tokenClassesOf}).
 */
export function wordClasses(text: string): number {
  const second = text.charCodeAt(1)
  let classes = WORD | ((second >= 65 && second <= 90) || second === 46 || second === 38 ? ACRONYM_LIKE : 0)
  if (text.length >= 5 && text.indexOf('-') >= 2) classes |= HYPHENATED
  if (startsWithCapital(text)) {
    classes |= CAPITALISED | RUN_WORD
    if (text.length > 1 && !hasLowerCase(text)) classes |= UPPER
  } else if (isParticleJoined(text)) classes |= RUN_WORD
  return classes
}

/** The classes of a token whose text has the classes `ofText` as a word ({@link wordClasses}). */
export function tokenClassesOf(token: Token, ofText: number): number {
  if (token.kind === 'word') return ofText
  return token.kind === 'quote' ? (ofText & ACRONYM_LIKE) | QUOTE : ofText & ACRONYM_LIKE
}

const known = new WeakMap<readonly Token[], Uint8Array>()

/**
 * The classes of every token of a document, as bits (see {@link WORD} and the others), worked out
 * once per token array: the entity finder's passes over the tokens then read one small array.
 */
export function tokenClasses(tokens: readonly Token[]): Uint8Array {
  let classes = known.get(tokens)
  if (!classes) {
    classes = new Uint8Array(tokens.length)
    for (let i = 0; i < tokens.length; i++) classes[i] = tokenClassesOf(tokens[i], wordClasses(tokens[i].text))
    known.set(tokens, classes)
  }
  return classes
}
