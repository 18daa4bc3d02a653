import { hashText } from './feature-hash.ts'
import type { LexicalOdds } from './lexical-odds.ts'
import { stemWord, wordShape } from './word-forms.ts'

/** What the feature extractors need to know about one token text, computed once per distinct text. */
export interface WordInfo {
  /** hash of the lower-cased text */
  lower: number
  stem: number
  shape: number
  suffix: number
  /** smoothed log-odds of the word being inside a propaganda span (0 when unknown) */
  odds: number
  /** the same for its crude lemma */
  stemOdds: number
  /** log-odds of being inside a phrase-level technique (loaded language, name calling …) */
  phraseOdds: number
  /** log-odds of being inside a clause-level technique (doubt, appeal to fear …) */
  clauseOdds: number
  /** starts with a capital letter */
  capitalized: boolean
  /** two or more letters, all capitals */
  allCaps: boolean
}

const CACHE_LIMIT = 200_000

/**
 * Describes token texts, remembering the answers: most tokens of a text are words seen before,
 * so features cost one map look-up instead of re-hashing.
 */
export class WordTable {
  private readonly cache = new Map<string, WordInfo>()

  constructor(readonly odds: LexicalOdds) {}

  /** The description of one token text. */
  describe(text: string): WordInfo {
    let info = this.cache.get(text)
    if (info) return info
    const lowerText = text.toLowerCase()
    const lower = hashText(lowerText)
    const stem = hashText(stemWord(lowerText))
    const first = text.charAt(0)
    const capitalized = first !== first.toLowerCase()
    info = {
      lower,
      stem,
      shape: hashText(wordShape(text)),
      suffix: hashText(lowerText.length > 3 ? lowerText.slice(-3) : lowerText),
      odds: this.odds.word.get(lower) ?? 0,
      stemOdds: this.odds.stem.get(stem) ?? 0,
      phraseOdds: this.odds.phrase.get(lower) ?? 0,
      clauseOdds: this.odds.clause.get(lower) ?? 0,
      capitalized,
      allCaps: capitalized && text.length > 1 && text === text.toUpperCase() && text !== lowerText,
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear()
    this.cache.set(text, info)
    return info
  }
}
