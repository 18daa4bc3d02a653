import { PERSON_TITLES } from '../../../knowledge/data/titles.ts'
import type { TokenKeys } from '../../../knowledge/token-key.ts'
import type { Token } from '../../../text/types.ts'

// Hyphenated keys made of titles only ("secretary-general", "vice-president"), by key.
const hyphenatedTitles = new Map<string, boolean>()

function isHyphenatedTitle(key: string): boolean {
  let title = hyphenatedTitles.get(key)
  if (title === undefined) {
    title = key.split('-').every((part) => PERSON_TITLES.has(part))
    if (hyphenatedTitles.size >= 10_000) hyphenatedTitles.clear()
    hyphenatedTitles.set(key, title)
  }
  return title
}

/** True for a token that is a title or part of one ("President", "Gen.", "Secretary-General", "foreign"). */
export function isTitleAt(tokens: readonly Token[], keys: TokenKeys, i: number): boolean {
  const token = tokens[i]
  if (!token || token.kind !== 'word') return false
  const key = keys(i)
  if (PERSON_TITLES.has(key)) return true
  return key.includes('-') && isHyphenatedTitle(key)
}

// Words of a title that only modify the title that follows ("Foreign Minister", "Vice President"):
// alone before a name they are not a title ("Foreign Lee" is not a way to name someone).
const MODIFIERS = new Set(['prime', 'vice', 'foreign', 'defence', 'defense', 'interior', 'finance', 'deputy', 'former', 'acting', 'interim', 'crown', 'field', 'chief', 'presidential', 'rt', 'first'])

/**
 * The first token of the title run that ends right before token `i` ("Foreign Minister" before
 * "Wang Yi"), or `i` when no title comes before it. The run never reaches below `floor`.
 */
export function titleStartBefore(tokens: readonly Token[], keys: TokenKeys, i: number, floor: number): number {
  let k = i
  while (k - 1 >= floor && isTitleAt(tokens, keys, k - 1)) k--
  if (k === i) return i
  // The word right before the name must be a title head, not a modifier.
  return MODIFIERS.has(keys(i - 1)) ? i : k
}

/**
 * The length of the title that starts at token `i` and ends in a title's head ("Foreign Minister",
 * "President"), or 0: "Defence" alone, as in "Estonian Defence Forces", is no title.
 */
export function titleAt(tokens: readonly Token[], keys: TokenKeys, i: number): number {
  let k = i
  while (k < tokens.length && isTitleAt(tokens, keys, k)) k++
  return k > i && !MODIFIERS.has(keys(k - 1)) ? k - i : 0
}

/** Number of title tokens at the start of tokens `start`..`end` ("President" in "President Xi Jinping"). */
export function leadingTitles(tokens: readonly Token[], keys: TokenKeys, start: number, end: number): number {
  let k = start
  while (k < end - 1 && isTitleAt(tokens, keys, k)) k++
  if (k > start && MODIFIERS.has(keys(k - 1))) return 0
  return k - start
}
