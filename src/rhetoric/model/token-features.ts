import { addSentenceFeatures, logOddsBucket } from './context-features.ts'
import type { DocumentView } from './document-view.ts'
import { hashText, mixHashes } from './feature-hash.ts'
import type { FeatureSink } from './feature-sink.ts'

// Feature templates of the token rows; a feature is mixHashes(template, value), masked to the table size.
const enum T {
  Bias = 1, Word, WordPrev, WordNext, WordPrev2, WordNext2, Stem, Shape, Suffix, BigramPrev, BigramNext,
  Position, InQuote, Odds, OddsWindow, Capital, AllCaps, Cue, StemOdds, PhraseOdds, ClauseOdds, PhraseWindow, ClauseWindow,
}

const BOUNDARY = hashText('<boundary>')

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

function windowMax(values: Float64Array, from: number, to: number): number {
  let max = 0
  for (let j = from; j < to; j++) if (values[j] > max) max = values[j]
  return max
}

/**
 * Extracts the span tagger's features into two sinks: for each token (one row each) its word, crude
 * lemma, shape and suffix, the words two either side, its place in the sentence, whether it is
 * quoted, capitalisation, the log-odds (learnt from training text) of its word and lemma, the
 * strongest log-odds around it, and cue hits over it; for each sentence (one row each), the features
 * of `addSentenceFeatures`. Tokens outside every sentence get a bias-only row.
 */
export function extractTaggingFeatures(doc: DocumentView, bits: number, tokenSink: FeatureSink, sentenceSink: FeatureSink): void {
  const { tokens, sentences, words, lexical, stems, names, quoted, cueValues, odds } = doc
  const mask = (1 << bits) - 1
  let next = 0
  const biasRowsUntil = (until: number) => {
    for (; next < until; next++) {
      tokenSink.push(BIAS & mask)
      tokenSink.endRow()
    }
  }
  for (const s of sentences) {
    biasRowsUntil(s.tokenStart)
    const from = s.tokenStart
    const to = s.tokenEnd
    const n = to - from
    addSentenceFeatures(sentenceSink, bits, doc, s)
    for (let i = from; i < to; i++) {
      const w = words[i]
      const lower = lexical[i]
      const prevLower = i > from ? lexical[i - 1] : BOUNDARY
      const nextLower = i + 1 < to ? lexical[i + 1] : BOUNDARY
      tokenSink.push(BIAS & mask)
      tokenSink.push(mixHashes(T.Word, lower) & mask)
      tokenSink.push(mixHashes(T.WordPrev, prevLower) & mask)
      tokenSink.push(mixHashes(T.WordNext, nextLower) & mask)
      tokenSink.push(mixHashes(T.WordPrev2, i - 2 >= from ? lexical[i - 2] : BOUNDARY) & mask)
      tokenSink.push(mixHashes(T.WordNext2, i + 2 < to ? lexical[i + 2] : BOUNDARY) & mask)
      tokenSink.push(mixHashes(T.Stem, stems[i]) & mask)
      tokenSink.push(mixHashes(T.Shape, w.shape) & mask)
      if (!names[i]) tokenSink.push(mixHashes(T.Suffix, w.suffix) & mask)
      tokenSink.push(mixHashes(mixHashes(T.BigramPrev, prevLower), lower) & mask)
      tokenSink.push(mixHashes(mixHashes(T.BigramNext, lower), nextLower) & mask)
      tokenSink.push(position(i === from ? 0 : i === to - 1 ? 1 : 2 + Math.floor((4 * (i - from)) / n)) & mask)
      tokenSink.push(inQuote(quoted[i]) & mask)
      tokenSink.push(oddsOf(logOddsBucket(odds.word[i])) & mask)
      tokenSink.push(stemOddsOf(logOddsBucket(odds.stem[i])) & mask)
      tokenSink.push(phraseOddsOf(logOddsBucket(odds.phrase[i])) & mask)
      tokenSink.push(clauseOddsOf(logOddsBucket(odds.clause[i])) & mask)
      const lo = Math.max(from, i - 3)
      const hi = Math.min(to, i + 4)
      tokenSink.push(oddsWindowOf(logOddsBucket(windowMax(odds.word, lo, hi))) & mask)
      tokenSink.push(phraseWindowOf(logOddsBucket(windowMax(odds.phrase, lo, hi))) & mask)
      tokenSink.push(clauseWindowOf(logOddsBucket(windowMax(odds.clause, lo, hi))) & mask)
      if (w.capitalized && i > from) tokenSink.push(CAPITAL & mask)
      if (w.allCaps) tokenSink.push(ALL_CAPS & mask)
      const cues = cueValues.get(i)
      if (cues) for (const value of cues) tokenSink.push(mixHashes(T.Cue, value) & mask)
      tokenSink.endRow()
    }
    next = to
  }
  biasRowsUntil(tokens.length)
}
