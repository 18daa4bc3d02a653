import { isAllCaps } from '../case-fit.ts'
import { AliasFlag } from '../types.ts'
import type { EnglishWords } from './english-words.ts'

/**
 * The case rules a surface form carries into the gazetteer. A one-word acronym of up to three
 * letters ("US", "UN", "AU", "IS"), or one that spells an English word or a given name ("CARE",
 * "ISIS"), must be written in capitals; a one-word name that is also an English word ("Reading",
 * "Chad") is marked so it is not taken at the start of a sentence.
 */
export function aliasFlags(alias: string, words: EnglishWords): number {
  if (/\s/.test(alias)) return 0
  const letters = alias.replace(/[^\p{L}]/gu, '')
  const lower = letters.toLowerCase()
  if (letters.length >= 2 && isAllCaps(alias)) {
    if (letters.length <= 3 || words.isCommonWord(lower) || words.isGivenName(lower)) return AliasFlag.exactCase
    return 0
  }
  return words.isCommonWord(alias.toLowerCase()) ? AliasFlag.commonWord : 0
}
