import type { LinearWeights } from '../../models/linear-weights.ts'
import { addSentenceFeatures, sentenceWordFeature } from './context-features.ts'
import type { DocumentView } from './document-view.ts'
import type { FeatureSink } from './feature-sink.ts'
import { NAME } from './lexical-view.ts'
import {
  BOUNDARY, Neighbour, Window, bigramFeatures, biasFeature, capitalFeature, cueFeature, neighbourFeature, positionFeature,
  oddsWindows, positionValue, neighbourClusterFeature, quotedFeature, windowFeature, wordFeatures,
} from './token-features.ts'
import type { WordInfo, WordTable } from './word-table.ts'

/** A sink that adds each feature's weights to a slice of a vector of class scores. */
class VectorSink implements FeatureSink {
  private offset = 0

  constructor(
    private readonly model: LinearWeights,
    private readonly out: Float64Array,
  ) {}

  /** Sends the next features to the slice that starts at `offset`. */
  at(offset: number): this {
    this.offset = offset
    return this
  }

  push(bucket: number): void {
    const { classes, weights } = this.model
    for (let c = 0; c < classes; c++) this.out[this.offset + c] += weights[bucket * classes + c]
  }

  endRow(): void {}
}

// Blocks of a word's cached vector, each `classes` long: the features it gives its own token
// (as a plain word, as a masked name), then those it gives the token after it, before it, two after, two before.
const OWN = 0
const OWN_MASKED = 1
const AS_NEIGHBOUR = 2
const IN_SENTENCE = AS_NEIGHBOUR + 4 // its lemma in its sentence's bag of lemmas
const WORD_BLOCKS = IN_SENTENCE + 1

// Rows of the constant table.
const BIAS = 0
const CAPITAL = 1
const NAME_AS = 2 // + Neighbour
const BOUNDARY_AS = 6 // + Neighbour
const POSITION = 10 // + 0..5
const QUOTED = 16 // + 0..1
const WINDOWS = 18 // + window * 9 + value + 4
const NAME_IN_SENTENCE = WINDOWS + 27
const CONSTANT_ROWS = NAME_IN_SENTENCE + 1

/** Token offsets of the neighbours, in `Neighbour` order. */
const NEIGHBOUR_OFFSETS = [-1, 1, -2, 2]

/** Adds `classes` values of `table` from `from` to `out` from `at`. */
function addInto(out: Float64Array, at: number, table: Float64Array, from: number, classes: number): void {
  for (let c = 0; c < classes; c++) out[at + c] += table[from + c]
}

/**
 * The span tagger's class scores per token, summed per word instead of per feature. The features a
 * word gives the token it is (word, lemma, shape, suffix, log-odds) and those it gives its neighbours
 * always hit the same weights, so their sums are computed the first time the word is seen and reused;
 * the few-valued features (place, quotation, log-odds windows, bias) come from a precomputed table.
 * Per token, only the two word pairs and the cue hits read the weight table. The result equals
 * `extractTaggingFeatures` into a `ScoreSink` up to floating-point rounding.
 */
export class SpanScorer {
  private readonly classes: number
  private readonly mask: number
  private readonly constants: Float64Array
  /** width of one word's vectors in the pool */
  private readonly stride: number
  /** the cached vectors of the words seen, one after the other */
  private pool: Float64Array
  /** per cached word (in pool order), a dense number for its lemma, for finding a sentence's distinct lemmas */
  private lemmaOf: Int32Array
  /** per word index, 1 once its sums are in the pool */
  private filled: Uint8Array
  /** the word table's generation the pool belongs to */
  private generation: number
  private readonly lemmaIds = new Map<number, number>()

  constructor(
    private readonly model: LinearWeights,
    private readonly table: WordTable,
  ) {
    const { classes, bits } = model
    const mask = (this.mask = (1 << bits) - 1)
    this.classes = classes
    this.stride = classes * WORD_BLOCKS
    this.pool = new Float64Array(this.stride * 4096)
    this.lemmaOf = new Int32Array(4096)
    this.filled = new Uint8Array(4096)
    this.generation = table.generation
    this.constants = new Float64Array(classes * CONSTANT_ROWS)
    const sink = new VectorSink(model, this.constants)
    const add = (row: number, bucket: number) => sink.at(row * classes).push(bucket)
    add(BIAS, biasFeature(mask))
    add(CAPITAL, capitalFeature(mask))
    for (const place of [Neighbour.Prev, Neighbour.Next, Neighbour.Prev2, Neighbour.Next2]) {
      add(NAME_AS + place, neighbourFeature(place, NAME, mask))
      add(BOUNDARY_AS + place, neighbourFeature(place, BOUNDARY, mask))
    }
    for (let v = 0; v <= 5; v++) add(POSITION + v, positionFeature(v, mask))
    for (let v = 0; v <= 1; v++) add(QUOTED + v, quotedFeature(v, mask))
    for (const window of [Window.Word, Window.Phrase, Window.Clause]) {
      for (let v = -4; v <= 4; v++) add(WINDOWS + window * 9 + v + 4, windowFeature(window, v, mask))
    }
    add(NAME_IN_SENTENCE, sentenceWordFeature(NAME, mask))
  }

  /** Makes room in the pool for every word the table describes now. */
  private grow(): void {
    const words = this.table.size
    if (words <= this.filled.length) return
    let capacity = this.filled.length
    while (capacity < words) capacity *= 2
    const pool = new Float64Array(capacity * this.stride)
    pool.set(this.pool)
    this.pool = pool
    const lemmaOf = new Int32Array(capacity)
    lemmaOf.set(this.lemmaOf)
    this.lemmaOf = lemmaOf
    const filled = new Uint8Array(capacity)
    filled.set(this.filled)
    this.filled = filled
  }

  /** Computes one word's sums into its place in the pool. */
  private fill(w: WordInfo): void {
    const { classes, mask, stride } = this
    const at = w.index * stride
    this.pool.fill(0, at, at + stride)
    const sink = new VectorSink(this.model, this.pool)
    wordFeatures(w, false, mask, sink.at(at + OWN * classes))
    wordFeatures(w, true, mask, sink.at(at + OWN_MASKED * classes))
    for (const neighbour of [Neighbour.Prev, Neighbour.Next, Neighbour.Prev2, Neighbour.Next2]) {
      sink.at(at + (AS_NEIGHBOUR + neighbour) * classes).push(neighbourFeature(neighbour, w.lower, mask))
      neighbourClusterFeature(neighbour, w, mask, sink)
    }
    sink.at(at + IN_SENTENCE * classes).push(sentenceWordFeature(w.stem, mask))
    let lemma = this.lemmaIds.get(w.stem)
    if (lemma === undefined) this.lemmaIds.set(w.stem, (lemma = this.lemmaIds.size))
    this.lemmaOf[w.index] = lemma
    this.filled[w.index] = 1
  }

  /**
   * Raw class scores of every token (row-major, `classes` per token), the token's sentence row
   * included; tokens outside every sentence get the bias alone.
   */
  tokenScores(doc: DocumentView): Float64Array {
    const { classes, mask, constants, model, stride } = this
    const { tokens, sentences, words, lexical, names, quoted, cueValues } = doc
    const n = tokens.length
    const out = new Float64Array(n * classes)
    const sink = new VectorSink(model, out)
    if (doc.table !== this.table) throw new Error('tokenScores: the document was read with another word table than the tagger\'s')
    if (this.generation !== this.table.generation) {
      this.filled.fill(0)
      this.lemmaIds.clear()
      this.generation = this.table.generation
    }
    this.grow()
    const at = new Int32Array(n)
    for (let i = 0; i < n; i++) {
      const w = words[i]
      if (this.filled[w.index] === 0) this.fill(w)
      at[i] = w.index * stride
    }
    const { pool, lemmaOf } = this
    // A sentence's distinct lemmas: `seen[lemma]` holds the number of the last sentence that had it.
    const [wordWindows, phraseWindows, clauseWindows] = oddsWindows(doc)
    const seen = new Int32Array(this.lemmaIds.size + 1).fill(-1)
    const nameLemma = this.lemmaIds.size
    const sentenceRow = new Float64Array(classes)
    const sentenceSink = new VectorSink(model, sentenceRow)
    for (let i = 0; i < n; i++) addInto(out, i * classes, constants, BIAS * classes, classes)
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k]
      const from = s.tokenStart
      const to = s.tokenEnd
      sentenceRow.fill(0)
      addSentenceFeatures(sentenceSink.at(0), model.bits, doc, s, false)
      for (let i = from; i < to; i++) {
        if (tokens[i].kind !== 'word') continue
        const lemma = names[i] ? nameLemma : lemmaOf[words[i].index]
        if (seen[lemma] === k) continue
        seen[lemma] = k
        if (names[i]) addInto(sentenceRow, 0, constants, NAME_IN_SENTENCE * classes, classes)
        else addInto(sentenceRow, 0, pool, at[i] + IN_SENTENCE * classes, classes)
      }
      for (let i = from; i < to; i++) {
        const row = i * classes
        addInto(out, row, sentenceRow, 0, classes)
        addInto(out, row, pool, at[i] + (names[i] ? OWN_MASKED : OWN) * classes, classes)
        for (let place = 0; place < 4; place++) {
          const j = i + NEIGHBOUR_OFFSETS[place]
          if (j < from || j >= to) addInto(out, row, constants, (BOUNDARY_AS + place) * classes, classes)
          else if (names[j]) addInto(out, row, constants, (NAME_AS + place) * classes, classes)
          else addInto(out, row, pool, at[j] + (AS_NEIGHBOUR + place) * classes, classes)
        }
        bigramFeatures(i > from ? lexical[i - 1] : BOUNDARY, lexical[i], i + 1 < to ? lexical[i + 1] : BOUNDARY, mask, sink.at(row))
        addInto(out, row, constants, (POSITION + positionValue(i, from, to)) * classes, classes)
        addInto(out, row, constants, (QUOTED + quoted[i]) * classes, classes)
        addInto(out, row, constants, (WINDOWS + Window.Word * 9 + wordWindows[i] + 4) * classes, classes)
        addInto(out, row, constants, (WINDOWS + Window.Phrase * 9 + phraseWindows[i] + 4) * classes, classes)
        addInto(out, row, constants, (WINDOWS + Window.Clause * 9 + clauseWindows[i] + 4) * classes, classes)
        if (words[i].capitalized && i > from) addInto(out, row, constants, CAPITAL * classes, classes)
        const cues = cueValues[i]
        if (cues) for (const value of cues) sink.push(cueFeature(value, mask))
      }
    }
    return out
  }
}
