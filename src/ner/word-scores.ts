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
    for (let t = 0; t < words.length; t++) {
      let scored = this.words.get(words[t])
      if (!scored) {
        scored = { info: this.extractor.info(words[t]), rows: [] }
        this.words.set(words[t], scored)
      }
      out[t] = scored
    }
    return out
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
    this.scores.fill(0)
    this.used = 0
    this.beyondStart = { info: wordAt([], -1), rows: [] }
    this.beyondEnd = { info: wordAt([], 0), rows: [] }
  }
}
