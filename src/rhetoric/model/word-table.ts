import { cueKey } from '../lexicon/cue-key.ts'
import { hashText } from './feature-hash.ts'
import type { LexicalOdds } from './lexical-odds.ts'
import { stemWord, wordShape } from './word-forms.ts'

/** What the feature extractors need to know about one token text, computed once per distinct text. */
export interface WordInfo {
  /** a dense number for the description within its table (0, 1, 2 …): models keep per-word caches in arrays by it */
  index: number
  /** the form in which the lexicon compares the word (`cueKey`) */
  cueKey: string
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
  /** how many times the table has been emptied: caches indexed by `WordInfo.index` start again when it changes */
  generation = 0

  constructor(readonly odds: LexicalOdds) {}

  /** How many words the table describes now; every `index` is below it. */
  get size(): number {
    return this.cache.size
  }

  /**
   * Makes room before a text of `tokens` tokens is described: a table that would outgrow its limit is
   * emptied first, never halfway through a text, so the descriptions of one text share a generation.
   */
  makeRoom(tokens: number): void {
    if (this.cache.size + tokens <= CACHE_LIMIT) return
    this.cache.clear()
    this.generation++
  }

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
      index: this.cache.size,
      cueKey: cueKey(text),
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
    this.cache.set(text, info)
    return info
  }
}
