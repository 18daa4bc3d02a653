import { addSentenceFeatures, logOddsBucket } from './context-features.ts'
import type { DocumentView } from './document-view.ts'
import { hashText, mixHashes } from './feature-hash.ts'
import { FeatureRows } from './feature-rows.ts'

// Feature templates of the token rows; a feature is mixHashes(template, value), masked to the table size.
const enum T {
  Bias = 1, Word, WordPrev, WordNext, WordPrev2, WordNext2, Stem, Shape, Suffix, BigramPrev, BigramNext,
  Position, InQuote, Odds, OddsWindow, Capital, AllCaps, Cue, StemOdds, PairOdds, PhraseOdds, ClauseOdds, PhraseWindow, ClauseWindow,
}

const BOUNDARY = hashText('<boundary>')

/** Features of every token of a text for the span tagger: token rows plus shared sentence rows. */
export interface TaggingFeatures {
  /** one row per token */
  tokens: FeatureRows
  /** one row per sentence, added to the score of each of its tokens */
  sentences: FeatureRows
}

function windowMax(values: Float64Array, from: number, to: number): number {
  let max = 0
  for (let j = from; j < to; j++) if (values[j] > max) max = values[j]
  return max
}

/**
 * Extracts the span tagger's features: for each token its word, crude lemma, shape and suffix, the
 * words two either side, its place in the sentence, whether it is quoted, capitalisation, the
 * log-odds (learnt from training text) of its word, lemma and word pair, the strongest log-odds
 * around it, and cue hits over it; for each sentence, the features of `addSentenceFeatures`.
 * Tokens outside every sentence get a bias-only row.
 */
export function extractTaggingFeatures(doc: DocumentView, bits: number): TaggingFeatures {
  const { tokens, sentences, words, lexical, stems, names, quoted, cueValues, odds } = doc
  const rows = new FeatureRows(tokens.length * 26 + 16, tokens.length + 1)
  const sentenceRows = new FeatureRows(sentences.length * 32 + 16, sentences.length + 1)
  const mask = (1 << bits) - 1
  const add = (template: number, value: number) => rows.push(mixHashes(template, value) & mask)
  const addPair = (template: number, a: number, b: number) => rows.push(mixHashes(mixHashes(template, a), b) & mask)
  let next = 0
  const biasRowsUntil = (until: number) => {
    for (; next < until; next++) {
      add(T.Bias, 0)
      rows.endRow()
    }
  }
  for (const s of sentences) {
    biasRowsUntil(s.tokenStart)
    const from = s.tokenStart
    const to = s.tokenEnd
    const n = to - from
    addSentenceFeatures(sentenceRows, bits, doc, s)
    for (let i = from; i < to; i++) {
      const w = words[i]
      const lower = lexical[i]
      const prevLower = i > from ? lexical[i - 1] : BOUNDARY
      const nextLower = i + 1 < to ? lexical[i + 1] : BOUNDARY
      add(T.Bias, 0)
      add(T.Word, lower)
      add(T.WordPrev, prevLower)
      add(T.WordNext, nextLower)
      add(T.WordPrev2, i - 2 >= from ? lexical[i - 2] : BOUNDARY)
      add(T.WordNext2, i + 2 < to ? lexical[i + 2] : BOUNDARY)
      add(T.Stem, stems[i])
      add(T.Shape, w.shape)
      if (!names[i]) add(T.Suffix, w.suffix)
      addPair(T.BigramPrev, prevLower, lower)
      addPair(T.BigramNext, lower, nextLower)
      add(T.Position, i === from ? 0 : i === to - 1 ? 1 : 2 + Math.floor((4 * (i - from)) / n))
      add(T.InQuote, quoted[i])
      add(T.Odds, logOddsBucket(odds.word[i]))
      add(T.StemOdds, logOddsBucket(odds.stem[i]))
      add(T.PairOdds, logOddsBucket(odds.pair[i]))
      add(T.PhraseOdds, logOddsBucket(odds.phrase[i]))
      add(T.ClauseOdds, logOddsBucket(odds.clause[i]))
      const lo = Math.max(from, i - 3)
      const hi = Math.min(to, i + 4)
      add(T.OddsWindow, logOddsBucket(windowMax(odds.word, lo, hi)))
      add(T.PhraseWindow, logOddsBucket(windowMax(odds.phrase, lo, hi)))
      add(T.ClauseWindow, logOddsBucket(windowMax(odds.clause, lo, hi)))
      if (w.capitalized && i > from) add(T.Capital, 1)
      if (w.allCaps) add(T.AllCaps, 1)
      const cues = cueValues.get(i)
      if (cues) for (const value of cues) add(T.Cue, value)
      rows.endRow()
    }
    next = to
  }
  biasRowsUntil(tokens.length)
  return { tokens: rows, sentences: sentenceRows }
}
