import { initialsVariants } from '../../../knowledge/sources/name-case.ts'
import type { Token } from '../../../text/types.ts'

/** The letters of an acronym token ("SCO", "U.N." → "UN"), or null when the token is not one. */
export function acronymLetters(token: Token | undefined): string | null {
  if (!token || token.kind !== 'word' || token.text.length < 2) return null
  const a = token.text.charCodeAt(0)
  const b = token.text.charCodeAt(1)
  if (a < 65 || a > 90 || !((b >= 65 && b <= 90) || b === 46 || b === 38)) return null
  const letters = token.text.replace(/\./g, '')
  if (!/^\p{Lu}[\p{Lu}&]{1,9}$/u.test(letters)) return null
  return letters.replace(/&/g, '')
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
  const letters = acronymLetters(tokens[acronym])
  if (!letters || tokens[acronym + 1]?.text !== '(') return null
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
