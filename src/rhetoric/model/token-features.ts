import { addSentenceFeatures, logOddsBucket } from './context-features.ts'
import type { Sentence } from '../../text/types.ts'
import type { DocumentView } from './document-view.ts'
import { hashText, mixHashes } from './feature-hash.ts'
import type { FeatureSink } from './feature-sink.ts'
import { NAME } from './lexical-view.ts'
import type { WordInfo } from './word-table.ts'

// Feature templates of the token rows; a feature is mixHashes(template, value), masked to the table size.
const enum T {
  Bias = 1, Word, WordPrev, WordNext, WordPrev2, WordNext2, Stem, Shape, Suffix, BigramPrev, BigramNext,
  Position, InQuote, Odds, OddsWindow, Capital, AllCaps, Cue, StemOdds, PhraseOdds, ClauseOdds, PhraseWindow, ClauseWindow, Coarse, Fine, FinePrev, FineNext, FinePrev2, FineNext2, CoarsePrev, CoarseNext,
}

/** The lexical value of a position outside the sentence. */
export const BOUNDARY = hashText('<boundary>')

/** The hashes of a template's small integer values from..to, computed once: most token features take few values. */
function valueHashes(template: number, from: number, to: number): (value: number) => number {
  const table = Int32Array.from({ length: to - from + 1 }, (_, k) => mixHashes(template, from + k))
  return (value) => table[value - from]
}

const BIAS = mixHashes(T.Bias, 0)
const CAPITAL = mixHashes(T.Capital, 1)
const ALL_CAPS = mixHashes(T.AllCaps, 1)
const position = valueHashes(T.Position, 0, 5)
const inQuote = valueHashes(T.InQuote, 0, 1)
const oddsOf = valueHashes(T.Odds, -4, 4)
const stemOddsOf = valueHashes(T.StemOdds, -4, 4)
const phraseOddsOf = valueHashes(T.PhraseOdds, -4, 4)
const clauseOddsOf = valueHashes(T.ClauseOdds, -4, 4)
const oddsWindowOf = valueHashes(T.OddsWindow, -4, 4)
const phraseWindowOf = valueHashes(T.PhraseWindow, -4, 4)
const clauseWindowOf = valueHashes(T.ClauseWindow, -4, 4)

/** Place of token `i` in a sentence of tokens [from, to): first, last, else which quarter. */
export function positionValue(i: number, from: number, to: number): number {
  return i === from ? 0 : i === to - 1 ? 1 : 2 + Math.floor((4 * (i - from)) / (to - from))
}

/** The features of a token's own word: word, crude lemma (name placeholders for a masked name), shape, suffix (none for a masked name). */
function lexicalFeatures(w: WordInfo, masked: boolean, mask: number): { word: number; stem: number; shape: number; suffix: number | null } {
  return {
    word: mixHashes(T.Word, masked ? NAME : w.lower) & mask,
    stem: mixHashes(T.Stem, masked ? NAME : w.stem) & mask,
    shape: mixHashes(T.Shape, w.shape) & mask,
    suffix: masked ? null : mixHashes(T.Suffix, w.suffix) & mask,
  }
}

/** The four log-odds features of a token's own word (all at 0 for a masked name): word, lemma, phrase-level, clause-level. */
function oddsFeatures(w: WordInfo, masked: boolean, mask: number, sink: FeatureSink): void {
  sink.push(oddsOf(logOddsBucket(masked ? 0 : w.odds)) & mask)
  sink.push(stemOddsOf(logOddsBucket(masked ? 0 : w.stemOdds)) & mask)
  sink.push(phraseOddsOf(logOddsBucket(masked ? 0 : w.phraseOdds)) & mask)
  sink.push(clauseOddsOf(logOddsBucket(masked ? 0 : w.clauseOdds)) & mask)
}

/**
 * The features of a token that depend on its word alone (and on whether it is a masked name): word,
 * crude lemma, shape, suffix, the log-odds of word and lemma and of phrase- and clause-level use,
 * all capitals. A masked name reads as the name placeholder with no suffix and no log-odds.
 */
export function wordFeatures(w: WordInfo, masked: boolean, mask: number, sink: FeatureSink): void {
  const own = lexicalFeatures(w, masked, mask)
  sink.push(own.word)
  sink.push(own.stem)
  sink.push(own.shape)
  if (own.suffix !== null) sink.push(own.suffix)
  oddsFeatures(w, masked, mask, sink)
  if (w.allCaps) sink.push(ALL_CAPS & mask)
  clusterFeatures(w, masked, mask, sink)
}

export function neighbourClusterFeature(place: Neighbour, w: WordInfo, mask: number, sink: FeatureSink): void {
  if (w.fine < 0) return
  sink.push(mixHashes([T.FinePrev, T.FineNext, T.FinePrev2, T.FineNext2][place], w.fine) & mask)
  if (place <= 1) sink.push(mixHashes(place === 0 ? T.CoarsePrev : T.CoarseNext, w.coarse) & mask)
}

function clusterFeatures(w: WordInfo, masked: boolean, mask: number, sink: FeatureSink): void {
  if (masked || w.coarse < 0) return
  sink.push(mixHashes(T.Coarse, w.coarse) & mask)
  sink.push(mixHashes(T.Fine, w.fine) & mask)
}

/** Where a neighbouring word stands relative to the token it describes. */
export const enum Neighbour {
  Prev = 0, Next, Prev2, Next2,
}

const NEIGHBOUR_TEMPLATES = [T.WordPrev, T.WordNext, T.WordPrev2, T.WordNext2]

/** The feature a neighbouring word (its lexical value: word hash, name placeholder or boundary) gives a token. */
export function neighbourFeature(place: Neighbour, lexical: number, mask: number): number {
  return mixHashes(NEIGHBOUR_TEMPLATES[place], lexical) & mask
}

/** The two word-pair features of a token: with the word before it and with the word after it. */
export function bigramFeatures(prev: number, lower: number, next: number, mask: number, sink: FeatureSink): void {
  sink.push(mixHashes(mixHashes(T.BigramPrev, prev), lower) & mask)
  sink.push(mixHashes(mixHashes(T.BigramNext, lower), next) & mask)
}

/** The bias feature every token row has. */
export const biasFeature = (mask: number) => BIAS & mask
/** The feature of a capitalised word that does not open its sentence. */
export const capitalFeature = (mask: number) => CAPITAL & mask
/** The feature of a token's place in its sentence ({@link positionValue}). */
export const positionFeature = (value: number, mask: number) => position(value) & mask
/** The feature of being (1) or not (0) between double quotation marks. */
export const quotedFeature = (value: number, mask: number) => inQuote(value) & mask
/** The feature of a cue hit over the token (the hash of its technique or of its entry id). */
export const cueFeature = (value: number, mask: number) => mixHashes(T.Cue, value) & mask

/** Which log-odds a window feature takes the strongest of. */
export const enum Window {
  Word = 0, Phrase, Clause,
}

const windowOf = [oddsWindowOf, phraseWindowOf, clauseWindowOf]

/** A window feature: the strongest word, phrase-level or clause-level log-odds within ±3 tokens, bucketed. */
export const windowFeature = (window: Window, value: number, mask: number) => windowOf[window](value) & mask

/** The bucketed window values of every token, one array per `Window`: see {@link oddsWindows}. */
export type OddsWindows = readonly [word: Int8Array, phrase: Int8Array, clause: Int8Array]

/**
 * The bucketed strongest positive value of `values` within ±3 tokens of each token, inside its
 * sentence (0 when none is positive; tokens outside every sentence get 0). Buckets grow with the
 * value, so the strongest bucket is the bucket of the strongest value.
 */
export function windowBuckets(values: Float64Array, sentences: readonly Sentence[]): Int8Array {
  const n = values.length
  const buckets = new Int8Array(n)
  for (let i = 0; i < n; i++) if (values[i] > 0) buckets[i] = logOddsBucket(values[i])
  const out = new Int8Array(n)
  for (const s of sentences) {
    const from = s.tokenStart
    const to = s.tokenEnd
    for (let i = from; i < to; i++) {
      let max = 0
      for (let j = Math.max(from, i - 3), end = Math.min(to, i + 4); j < end; j++) if (buckets[j] > max) max = buckets[j]
      out[i] = max
    }
  }
  return out
}

/** The window values of every token of a text: the strongest word, phrase-level and clause-level log-odds within ±3 tokens, bucketed. */
export function oddsWindows(doc: DocumentView): OddsWindows {
  return [windowBuckets(doc.odds.word, doc.sentences), windowBuckets(doc.odds.phrase, doc.sentences), windowBuckets(doc.odds.clause, doc.sentences)]
}

/**
 * Extracts the span tagger's features into two sinks: for each token (one row each) its word, crude
 * lemma, shape and suffix, the words two either side, its place in the sentence, whether it is
 * quoted, capitalisation, the log-odds (learnt from training text) of its word and lemma, the
 * strongest log-odds around it, and cue hits over it; for each sentence (one row each), the features
 * of `addSentenceFeatures`. Tokens outside every sentence get a bias-only row.
 *
 * Training stores these rows; inference sums the same features' weights through per-word caches
 * (`span-scores.ts`), which must stay in step with this function.
 */
export function extractTaggingFeatures(doc: DocumentView, bits: number, tokenSink: FeatureSink, sentenceSink: FeatureSink): void {
  const { tokens, sentences, words, lexical, names, quoted, cueValues } = doc
  const mask = (1 << bits) - 1
  const [wordWindows, phraseWindows, clauseWindows] = oddsWindows(doc)
  let next = 0
  const biasRowsUntil = (until: number) => {
    for (; next < until; next++) {
      tokenSink.push(biasFeature(mask))
      tokenSink.endRow()
    }
  }
  for (const s of sentences) {
    biasRowsUntil(s.tokenStart)
    const from = s.tokenStart
    const to = s.tokenEnd
    addSentenceFeatures(sentenceSink, bits, doc, s)
    for (let i = from; i < to; i++) {
      const w = words[i]
      const prev = i > from ? lexical[i - 1] : BOUNDARY
      const nextWord = i + 1 < to ? lexical[i + 1] : BOUNDARY
      const masked = names[i] === 1
      const own = lexicalFeatures(w, masked, mask)
      tokenSink.push(biasFeature(mask))
      tokenSink.push(own.word)
      tokenSink.push(neighbourFeature(Neighbour.Prev, prev, mask))
      tokenSink.push(neighbourFeature(Neighbour.Next, nextWord, mask))
      tokenSink.push(neighbourFeature(Neighbour.Prev2, i - 2 >= from ? lexical[i - 2] : BOUNDARY, mask))
      tokenSink.push(neighbourFeature(Neighbour.Next2, i + 2 < to ? lexical[i + 2] : BOUNDARY, mask))
      tokenSink.push(own.stem)
      tokenSink.push(own.shape)
      if (own.suffix !== null) tokenSink.push(own.suffix)
      bigramFeatures(prev, lexical[i], nextWord, mask, tokenSink)
      tokenSink.push(positionFeature(positionValue(i, from, to), mask))
      tokenSink.push(quotedFeature(quoted[i], mask))
      oddsFeatures(w, masked, mask, tokenSink)
      tokenSink.push(windowFeature(Window.Word, wordWindows[i], mask))
      tokenSink.push(windowFeature(Window.Phrase, phraseWindows[i], mask))
      tokenSink.push(windowFeature(Window.Clause, clauseWindows[i], mask))
      if (w.capitalized && i > from) tokenSink.push(capitalFeature(mask))
      if (w.allCaps) tokenSink.push(ALL_CAPS & mask)
      clusterFeatures(w, masked, mask, tokenSink)
      if (i > from && names[i - 1] !== 1) neighbourClusterFeature(Neighbour.Prev, words[i - 1], mask, tokenSink)
      if (i + 1 < to && names[i + 1] !== 1) neighbourClusterFeature(Neighbour.Next, words[i + 1], mask, tokenSink)
      if (i - 2 >= from && names[i - 2] !== 1) neighbourClusterFeature(Neighbour.Prev2, words[i - 2], mask, tokenSink)
      if (i + 2 < to && names[i + 2] !== 1) neighbourClusterFeature(Neighbour.Next2, words[i + 2], mask, tokenSink)
      const cues = cueValues[i]
      if (cues) for (const value of cues) tokenSink.push(cueFeature(value, mask))
      tokenSink.endRow()
    }
    next = to
  }
  biasRowsUntil(tokens.length)
}
