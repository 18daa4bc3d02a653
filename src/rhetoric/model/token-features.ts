import { hashText, mixHashes } from './feature-hash.ts'
import type { Sentence, Token } from '../../text/types.ts'
import { addSentenceFeatures, cueValuesByToken, logOddsBucket, quotedTokens, type TokenOdds } from './context-features.ts'
import type { CueHit } from './cue-hits.ts'
import { FeatureRows } from './feature-rows.ts'
import { pairKey } from './lexical-odds.ts'
import { lexicalView, type LexicalView } from './lexical-view.ts'
import type { WordTable } from './word-table.ts'

// Feature templates of the token rows; a feature is mixHashes(template, value), bucketed.
const enum T {
  Bias = 1, Word, WordPrev, WordNext, WordPrev2, WordNext2, Stem, StemPrev, StemNext, Shape, ShapePrev, ShapeNext,
  Suffix, BigramPrev, BigramNext, Position, InQuote, Odds, OddsWindow, Capital, AllCaps, PunctPrev, PunctNext, Cue,
  Recurs, BigramSeen, StemOdds, PairOdds, PairOddsNext, PhraseOdds, ClauseOdds, PhraseWindow, ClauseWindow,
}

const BOUNDARY = hashText('<boundary>')

/** Features of every token of a text for the span tagger: token rows plus shared sentence rows. */
export interface TaggingFeatures {
  /** one row per token */
  tokens: FeatureRows
  /** one row per sentence, added to the score of each of its tokens */
  sentences: FeatureRows
  /** sentence index of each token, -1 for tokens outside every sentence */
  tokenSentence: Int32Array
  view: LexicalView
}

/** Options for {@link extractTaggingFeatures}. */
export interface TaggingFeatureOptions {
  bits: number
  words: WordTable
  /** cue hits from a lexicon matcher, when one is available */
  cues?: readonly CueHit[]
  /** read capitalised words inside a sentence as one placeholder (see `lexicalView`) */
  maskNames?: boolean
}

function tokenOdds(tokens: readonly Token[], sentences: readonly Sentence[], view: LexicalView, table: WordTable): TokenOdds {
  const n = tokens.length
  const odds: TokenOdds = { word: new Float64Array(n), stem: new Float64Array(n), pair: new Float64Array(n), phrase: new Float64Array(n), clause: new Float64Array(n) }
  const pairs = table.odds.pair
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (view.names[i]) continue
      const w = view.words[i]
      odds.word[i] = w.odds
      odds.stem[i] = w.stemOdds
      odds.phrase[i] = w.phraseOdds
      odds.clause[i] = w.clauseOdds
      if (i > s.tokenStart) odds.pair[i] = pairs.get(pairKey(view.lexical[i - 1], view.lexical[i])) ?? 0
    }
  }
  return odds
}

function windowMax(values: Float64Array, from: number, to: number): number {
  let max = 0
  for (let j = from; j < to; j++) if (values[j] > max) max = values[j]
  return max
}

/**
 * Extracts the span tagger's features: for each token its word, crude lemma, shape and suffix, the
 * words and shapes around it, its place in the sentence, whether it is quoted, capitalisation, the
 * punctuation beside it, the log-odds (learnt from training text) of its word, lemma and word pairs
 * being inside a span, how often it recurs in the text, and cue hits; for each sentence, the features of
 * `context-features.ts`.
 */
export function extractTaggingFeatures(tokens: readonly Token[], sentences: readonly Sentence[], options: TaggingFeatureOptions): TaggingFeatures {
  const { bits, words: table, cues = [], maskNames = false } = options
  const view = lexicalView(tokens, sentences, table, maskNames)
  const { words, lexical, stems, names } = view
  const odds = tokenOdds(tokens, sentences, view, table)
  const occurrences = new Map<number, number>()
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind === 'word' && tokens[i].text.length > 3) occurrences.set(lexical[i], (occurrences.get(lexical[i]) ?? 0) + 1)
  }
  const quoted = quotedTokens(tokens, sentences)
  const cueTokens = cueValuesByToken(tokens, cues)
  const rows = new FeatureRows(tokens.length * 36 + 16, tokens.length + 1)
  const sentenceRows = new FeatureRows(sentences.length * 28 + 16, sentences.length + 1)
  const tokenSentence = new Int32Array(tokens.length).fill(-1)
  const mask = (1 << bits) - 1
  const add = (template: number, value: number) => rows.push(mixHashes(template, value) & mask)
  const addPair = (template: number, a: number, b: number) => rows.push(mixHashes(mixHashes(template, a), b) & mask)
  const seenBigrams = new Set<number>()
  let next = 0
  const emptyRowsUntil = (until: number) => {
    for (; next < until; next++) {
      add(T.Bias, 0)
      rows.endRow()
    }
  }
  for (const s of sentences) {
    emptyRowsUntil(s.tokenStart)
    const from = s.tokenStart
    const to = s.tokenEnd
    const n = to - from
    addSentenceFeatures(sentenceRows, bits, s, sentences.length, tokens, stems, odds, quoted, cueTokens)
    for (let i = from; i < to; i++) {
      tokenSentence[i] = s.index
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
      for (const value of cueTokens.get(i) ?? []) add(T.Cue, value)
      rows.endRow()
    }
    next = to
  }
  emptyRowsUntil(tokens.length)
  return { tokens: rows, sentences: sentenceRows, tokenSentence, view }
}
