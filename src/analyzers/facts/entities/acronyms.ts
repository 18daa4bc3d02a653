import { initialsVariants } from '../../../knowledge/sources/name-case.ts'
import type { Token } from '../../../text/types.ts'
import { WordValues } from '../../../text/vocabulary.ts'
import type { DocumentWords } from './document-words.ts'

// The letters of a word's text read as an acronym, or null.
function lettersOf(text: string): string | null {
  if (text.length < 2) return null
  const a = text.charCodeAt(0)
  const b = text.charCodeAt(1)
  if (a < 65 || a > 90 || !((b >= 65 && b <= 90) || b === 46 || b === 38)) return null
  const letters = text.replace(/\./g, '')
  if (!/^\p{Lu}[\p{Lu}&]{1,9}$/u.test(letters)) return null
  return letters.replace(/&/g, '')
}

const lettersByWord = new WordValues(lettersOf)

/** The letters of an acronym token ("SCO", "U.N." → "UN"), or null when the token is not one. */
export function acronymLetters(token: Token | undefined): string | null {
  if (!token || token.kind !== 'word') return null
  return lettersOf(token.text)
}

/** {@link acronymLetters} of token `index` of a document, worked out once per distinct word. */
export function acronymLettersAt(doc: DocumentWords, index: number): string | null {
  const token = doc.tokens[index]
  if (!token || token.kind !== 'word') return null
  return lettersByWord.at(doc.words, index)
}

/** True when an acronym spells the initials of the capitalised words of a name ("SCO" and "Shanghai Cooperation Organisation"). */
export function isAcronymOf(letters: string, words: readonly string[]): boolean {
  if (words.length < 2) return false
  return initialsVariants(words).includes(letters)
}

/**
 * The acronym defined right after tokens `start`..`end`: "Shanghai Cooperation Organisation (SCO)".
 * Returns the acronym's token index, or -1.
 */
export function acronymAfter(tokens: readonly Token[], start: number, end: number): number {
  let open = end
  // A closing quote mark may come between the name and the bracket: "‘Shanghai Cooperation Organisation’ (SCO)".
  while (tokens[open]?.kind === 'quote') open++
  if (tokens[open]?.text !== '(' || tokens[open + 2]?.text !== ')') return -1
  const letters = acronymLetters(tokens[open + 1])
  if (!letters) return -1
  const words = tokens.slice(start, end).filter((t) => t.kind === 'word').map((t) => t.text)
  return isAcronymOf(letters, words) ? open + 1 : -1
}

/**
 * The long form written in brackets right after an acronym: "the SCO (Shanghai Cooperation
 * Organisation)". Returns the long form's token range, or null.
 */
export function longFormAfter(tokens: readonly Token[], acronym: number, limit: number): [number, number] | null {
  if (tokens[acronym + 1]?.text !== '(') return null
  const letters = acronymLetters(tokens[acronym])
  if (!letters) return null
  const start = acronym + 2
  let end = start
  while (end < limit && tokens[end].text !== ')' && end - start < 12) end++
  if (tokens[end]?.text !== ')' || end === start) return null
  let from = start
  // Quote marks around the long form are not part of it.
  while (from < end && tokens[from].kind === 'quote') from++
  let to = end
  while (to > from && tokens[to - 1].kind === 'quote') to--
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word').map((t) => t.text)
  return isAcronymOf(letters, words) ? [from, to] : null
}

/**
 * True when token `i` is a bracketed abbreviation of the lower-case words right before it, a term
 * and not a name: "unmanned aerial vehicles (UAVs)", "improvised explosive devices (IEDs)".
 */
export function abbreviatesTerm(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== '(' || tokens[i + 1]?.text !== ')') return false
  const m = /^(\p{Lu}{2,6})s?$/u.exec(tokens[i].text)
  if (!m) return false
  const letters = m[1]
  let k = i - 2
  for (let n = letters.length - 1; n >= 0; n--, k--) {
    const word = tokens[k]
    if (!word || word.kind !== 'word' || word.text[0] !== letters[n].toLowerCase()) return false
  }
  return true
}
