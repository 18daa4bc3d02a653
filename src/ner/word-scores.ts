import type { Vocabulary, WordIds } from '../text/vocabulary.ts'
import type { CompactWeights } from './compact-weights.ts'
import { wordAt, type NerFeatureExtractor, type SentenceMode, type WordInfo } from './features.ts'
import { NER_LABELS } from './labels.ts'
import { addLabelRows } from './sequence-scores.ts'

/** How far the features of one word reach: the tokens up to this many places before and after it. */
export const WORD_REACH = 2
// Rows a word keeps per sentence casing: one per distance, from -WORD_REACH to WORD_REACH.
const SPAN = 2 * WORD_REACH + 1
const L = NER_LABELS.length
// Rows kept before the table starts afresh, so that an endless stream of new words does not grow memory.
const MAX_ROWS = 1 << 19

/** A word as the tagger knows it: its feature hashes and, per sentence casing, where its scores are. */
export interface ScoredWord {
  info: WordInfo
  /** By sentence mode: the first of the word's rows in the table, or undefined before first use. */
  rows: (number | undefined)[]
}

/**
 * The summed label scores of the features that depend on one word only, kept per distinct word and
 * sentence casing: for each distance `d` from -{@link WORD_REACH} to {@link WORD_REACH}, the scores
 * the word gives the token `d` places before it (its own features at 0, its lower-case form and
 * shape as context elsewhere). A token then costs a few rows of this small table instead of a
 * couple of dozen reads from the model's large one.
 *
 * @example
 * const table = new WordScoreTable(new CompactWeights(model), extractor)
 * table.addTo(emissions, table.sentence(['NATO', 'said']), mode)
 */
export class WordScoreTable {
  private readonly weights: CompactWeights
  private readonly extractor: NerFeatureExtractor
  private readonly words = new Map<string, ScoredWord>()
  // The same words by id in a vocabulary, for callers that have ids: slot[id] is 1 + the word's
  // index in `byId`, 0 before the word is met. Emptied with the table and when the vocabulary starts again.
  private slot = new Int32Array(0)
  private readonly byId: ScoredWord[] = []
  private vocabulary: Vocabulary | null = null
  private generation = -1
  private scores = new Float64Array(1 << 12)
  private used = 0
  // Per sentence: the rows each token adds up, then where each word's rows start (reused from call to call).
  private rows = new Int32Array(1024)
  private beyondStart!: ScoredWord
  private beyondEnd!: ScoredWord

  constructor(weights: CompactWeights, extractor: NerFeatureExtractor) {
    this.weights = weights
    this.extractor = extractor
    this.reset()
  }

  /** The words of a sentence, each looked up once. */
  sentence(words: readonly string[]): ScoredWord[] {
    const out = new Array<ScoredWord>(words.length)
    for (let t = 0; t < words.length; t++) out[t] = this.byText(words[t])
    return out
  }

  /**
   * The words of a sentence given by their ids in a vocabulary: a word met before is found by its
   * id, a new one by its text (`words[t]` when given, else the vocabulary's).
   */
  sentenceOfIds(ids: WordIds, words?: readonly string[]): ScoredWord[] {
    const n = ids.ids.length
    if (words && words.length !== n) throw new Error(`${n} word ids were given for ${words.length} words.`)
    this.follow(ids)
    const { slot, byId } = this
    const out = new Array<ScoredWord>(n)
    for (let t = 0; t < n; t++) {
      const id = ids.ids[t]
      const known = slot[id]
      if (known > 0) out[t] = byId[known - 1]
      else {
        const scored = this.byText(words ? words[t] : ids.vocabulary.text(id))
        byId.push(scored)
        slot[id] = byId.length
        out[t] = scored
      }
    }
    return out
  }

  private byText(word: string): ScoredWord {
    let scored = this.words.get(word)
    if (!scored) {
      scored = { info: this.extractor.info(word), rows: [] }
      this.words.set(word, scored)
    }
    return scored
  }

  // Makes the ids' table follow the vocabulary of `ids`, with room for every id it has given.
  private follow({ vocabulary, generation }: WordIds): void {
    if (generation !== vocabulary.generation) throw new Error(`These word ids are of generation ${generation} of their vocabulary, which has started again since (generation ${vocabulary.generation}).`)
    if (vocabulary !== this.vocabulary || generation !== this.generation) {
      this.slot.fill(0)
      this.byId.length = 0
      this.vocabulary = vocabulary
      this.generation = generation
    }
    if (this.slot.length < vocabulary.size) {
      const slot = new Int32Array(Math.max(vocabulary.size, 2 * this.slot.length, 1024))
      slot.set(this.slot)
      this.slot = slot
    }
  }

  /** Adds to `emissions` (one row of label scores per token) the scores of every word's own features and context. */
  addTo(emissions: Float64Array, words: readonly ScoredWord[], mode: SentenceMode): void {
    const n = words.length
    if (this.used + (n + 2 * WORD_REACH) * SPAN > MAX_ROWS) this.reset()
    // Rows are found (and computed) before any is read: computing one may move the table.
    if (this.rows.length < (n + 2 * WORD_REACH) * (SPAN + 1)) this.rows = new Int32Array(2 * (n + 2 * WORD_REACH) * (SPAN + 1))
    const { rows } = this
    const first = rows.subarray(n * SPAN)
    for (let p = -WORD_REACH; p < n + WORD_REACH; p++) first[p + WORD_REACH] = this.rowsOf(p < 0 ? this.beyondStart : p >= n ? this.beyondEnd : words[p], mode)
    for (let t = 0; t < n; t++) {
      for (let d = -WORD_REACH; d <= WORD_REACH; d++) rows[t * SPAN + d + WORD_REACH] = first[t + d + WORD_REACH] + d + WORD_REACH
    }
    for (let t = 0; t < n; t++) addLabelRows(this.scores, L, rows, t * SPAN, (t + 1) * SPAN, emissions, t * L)
  }

  private rowsOf(word: ScoredWord, mode: SentenceMode): number {
    const known = word.rows[mode]
    if (known !== undefined) return known
    if ((this.used + SPAN) * L > this.scores.length) {
      const grown = new Float64Array(this.scores.length * 2)
      grown.set(this.scores)
      this.scores = grown
    }
    const first = this.used
    this.used += SPAN
    for (let d = -WORD_REACH; d <= WORD_REACH; d++) {
      const buckets = this.extractor.wordBuckets(word.info, d, mode)
      this.weights.addRows(buckets, 0, buckets.length, this.scores, (first + d + WORD_REACH) * L)
    }
    word.rows[mode] = first
    return first
  }

  // Starts an empty table; words a caller still holds lose their rows and get new ones on next use.
  private reset(): void {
    for (const word of this.words.values()) word.rows.length = 0
    this.words.clear()
    this.slot.fill(0)
    this.byId.length = 0
    this.scores.fill(0)
    this.used = 0
    this.beyondStart = { info: wordAt([], -1), rows: [] }
    this.beyondEnd = { info: wordAt([], 0), rows: [] }
  }
}
