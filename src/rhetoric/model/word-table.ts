import type { Vocabulary, WordIds } from '../../text/vocabulary.ts'
import { hashText } from './feature-hash.ts'
import type { LexicalOdds } from './lexical-odds.ts'
import { NO_CLUSTERS, type WordClusters } from '../../models/word-clusters.ts'
import { stemWord, wordShape } from './word-forms.ts'

/** What the feature extractors need to know about one token text, computed once per distinct text. */
export interface WordInfo {
  /** the word's id in its vocabulary: models keep per-word caches in arrays by it */
  index: number
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
  /** the word's coarse cluster (`word-clusters.ts`), -1 when the table lacks it */
  coarse: number
  /** its fine cluster, -1 when the table lacks it */
  fine: number
}

/**
 * Describes token texts, remembering the answers by word id (`src/text/vocabulary.ts`): most tokens
 * of a text are words seen before, so features cost an array read instead of re-hashing.
 */
export class WordTable {
  #infos: (WordInfo | undefined)[] = []
  #vocabulary: Vocabulary | null = null
  #vocabularyGeneration = -1
  #generation = 0

  constructor(
    readonly odds: LexicalOdds,
    readonly clusters: WordClusters = NO_CLUSTERS,
  ) {}

  /**
   * How many times the table has started again (when the vocabulary it reads does): caches indexed by
   * `WordInfo.index` start again when it changes.
   */
  get generation(): number {
    return this.#generation
  }

  /** An upper bound of every `index` the table has given. */
  get size(): number {
    return this.#vocabulary ? this.#vocabulary.size : 0
  }

  /** The description of every token of a text, in token order. */
  describeTokens(words: WordIds): WordInfo[] {
    const { ids, vocabulary, generation } = words
    if (generation !== vocabulary.generation) throw new Error('describeTokens: the word ids are of an earlier generation of their vocabulary')
    if (vocabulary !== this.#vocabulary || generation !== this.#vocabularyGeneration) {
      if (this.#vocabulary !== null) this.#generation++
      this.#infos = []
      this.#vocabulary = vocabulary
      this.#vocabularyGeneration = generation
    }
    const infos = this.#infos
    const out = new Array<WordInfo>(ids.length)
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]
      out[i] = infos[id] ??= this.#describe(vocabulary.text(id), id)
    }
    return out
  }

  #describe(text: string, index: number): WordInfo {
    const lowerText = text.toLowerCase()
    const lower = hashText(lowerText)
    const stem = hashText(stemWord(lowerText))
    const first = text.charAt(0)
    const capitalized = first !== first.toLowerCase()
    const clusters = this.clusters.get(lowerText)
    return {
      index,
      lower,
      stem,
      shape: hashText(wordShape(text)),
      suffix: hashText(lowerText.length > 3 ? lowerText.slice(-3) : lowerText),
      odds: this.odds.word.get(lower) ?? 0,
      stemOdds: this.odds.stem.get(stem) ?? 0,
      phraseOdds: this.odds.phrase.get(lower) ?? 0,
      clauseOdds: this.odds.clause.get(lower) ?? 0,
      coarse: clusters ? clusters[0] : -1,
      fine: clusters ? clusters[1] : -1,
      capitalized,
      allCaps: capitalized && text.length > 1 && text === text.toUpperCase() && text !== lowerText,
    }
  }
}
