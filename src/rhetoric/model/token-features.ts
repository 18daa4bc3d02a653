import { bucketOf, hashString, mixHash } from '../../models/hashing.ts'
import type { Sentence, Token } from '../../text/types.ts'
import { addArticleFeatures, addSentenceFeatures, cueTechniquesByToken, logOddsBucket, NAME, quotedTokens } from './context-features.ts'
import type { CueHit } from './cue-hits.ts'
import { FeatureRows } from './feature-rows.ts'
import type { WordInfo, WordTable } from './word-table.ts'

// Feature templates of the token rows; a feature is mixHash(template, value), bucketed.
const enum T {
  Bias = 1, Word, WordPrev, WordNext, WordPrev2, WordNext2, Stem, StemPrev, StemNext, Shape, ShapePrev, ShapeNext,
  Suffix, BigramPrev, BigramNext, Position, InQuote, LogOdds, LogOddsWindow, Capital, AllCaps, PunctPrev, PunctNext, Cue,
  Recurs, BigramSeen,
}

const BOUNDARY = hashString('<boundary>')

/** Features of every token of a text for the span tagger: token rows plus shared sentence and article rows. */
export interface TaggingFeatures {
  /** one row per token */
  tokens: FeatureRows
  /** one row per sentence, added to the score of each of its tokens */
  sentences: FeatureRows
  /** one row for the whole text, added to the score of every token */
  article: FeatureRows
  /** sentence index of each token, -1 for tokens outside every sentence */
  tokenSentence: Int32Array
  /** lexical identity of each token: the lower-cased word's hash, or the name placeholder */
  lexical: Int32Array
}

/** Options for {@link extractTaggingFeatures}. */
export interface TaggingFeatureOptions {
  bits: number
  words: WordTable
  /** cue hits from a lexicon matcher, when one is available */
  cues?: readonly CueHit[]
  /** replace capitalised words inside a sentence by one placeholder, so names and groups never count as cues */
  maskNames?: boolean
}

/** A token is name-like when it is a capitalised word that does not open its sentence. */
export function nameLikeTokens(tokens: readonly Token[], sentences: readonly Sentence[], words: readonly WordInfo[]): Uint8Array {
  const out = new Uint8Array(tokens.length)
  for (const s of sentences) {
    let first = s.tokenStart
    while (first < s.tokenEnd && tokens[first].kind !== 'word' && tokens[first].kind !== 'number') first++
    for (let i = first + 1; i < s.tokenEnd; i++) if (tokens[i].kind === 'word' && words[i].capitalized) out[i] = 1
  }
  return out
}

/**
 * Extracts the span tagger's features: for each token its word, crude lemma, shape and suffix, the
 * words and shapes around it, its place in the sentence, whether it is quoted, capitalisation, the
 * punctuation beside it, the word's log-odds of being inside a span, how often it recurs in the
 * text, and cue hits; for each sentence and for the text as a whole, the features of
 * `context-features.ts`.
 */
export function extractTaggingFeatures(tokens: readonly Token[], sentences: readonly Sentence[], options: TaggingFeatureOptions): TaggingFeatures {
  const { bits, words: table, cues = [], maskNames = false } = options
  const words = tokens.map((t) => table.describe(t.text))
  const names = maskNames ? nameLikeTokens(tokens, sentences, words) : new Uint8Array(tokens.length)
  const lexical = new Int32Array(tokens.length)
  const stems = new Int32Array(tokens.length)
  const logOdds = new Float64Array(tokens.length)
  const occurrences = new Map<number, number>()
  for (let i = 0; i < tokens.length; i++) {
    const name = names[i] === 1
    lexical[i] = name ? NAME : words[i].lower
    stems[i] = name ? NAME : words[i].stem
    logOdds[i] = name ? 0 : words[i].logOdds
    if (tokens[i].kind === 'word' && tokens[i].text.length > 3) occurrences.set(lexical[i], (occurrences.get(lexical[i]) ?? 0) + 1)
  }
  const quoted = quotedTokens(tokens, sentences)
  const cueTokens = cueTechniquesByToken(tokens, cues)
  const rows = new FeatureRows(tokens.length * 30 + 16, tokens.length + 1)
  const sentenceRows = new FeatureRows(sentences.length * 24 + 16, sentences.length + 1)
  const article = new FeatureRows(32, 2)
  const tokenSentence = new Int32Array(tokens.length).fill(-1)
  const add = (template: number, value: number) => { if (!(globalThis as any).__ablate?.has(template)) rows.push(bucketOf(mixHash(template, value), bits)) }
  const addPair = (template: number, a: number, b: number) => { if (!(globalThis as any).__ablate?.has(template)) rows.push(bucketOf(mixHash(mixHash(template, a), b), bits)) }
  const seenBigrams = new Set<number>()
  addArticleFeatures(article, bits, tokens, sentences, words, logOdds, quoted)
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
    addSentenceFeatures(sentenceRows, bits, s, sentences.length, tokens, stems, logOdds, quoted, cueTokens)
    for (let i = from; i < to; i++) {
      tokenSentence[i] = s.index
      const w = words[i]
      const name = names[i] === 1
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
      add(T.StemPrev, i > from ? stems[i - 1] : BOUNDARY)
      add(T.StemNext, i + 1 < to ? stems[i + 1] : BOUNDARY)
      add(T.Shape, w.shape)
      add(T.ShapePrev, i > from ? words[i - 1].shape : BOUNDARY)
      add(T.ShapeNext, i + 1 < to ? words[i + 1].shape : BOUNDARY)
      if (!name) add(T.Suffix, w.suffix)
      addPair(T.BigramPrev, prevLower, lower)
      addPair(T.BigramNext, lower, nextLower)
      add(T.Position, i === from ? 0 : i === to - 1 ? 1 : 2 + Math.floor((4 * (i - from)) / n))
      add(T.InQuote, quoted[i])
      add(T.LogOdds, logOddsBucket(logOdds[i]))
      let windowMax = 0
      for (let j = Math.max(from, i - 3); j < Math.min(to, i + 4); j++) if (logOdds[j] > windowMax) windowMax = logOdds[j]
      add(T.LogOddsWindow, logOddsBucket(windowMax))
      if (w.capitalized && i > from) add(T.Capital, 1)
      if (w.allCaps) add(T.AllCaps, 1)
      if (i > from && tokens[i - 1].kind !== 'word') add(T.PunctPrev, prevLower)
      if (i + 1 < to && tokens[i + 1].kind !== 'word') add(T.PunctNext, nextLower)
      const count = occurrences.get(lower) ?? 0
      if (count > 1) add(T.Recurs, Math.min(4, count))
      const bigram = mixHash(lower, nextLower)
      if (tokens[i].kind === 'word' && seenBigrams.has(bigram)) add(T.BigramSeen, 1)
      seenBigrams.add(bigram)
      for (const technique of cueTokens.get(i) ?? []) add(T.Cue, hashString(technique))
      rows.endRow()
    }
    next = to
  }
  emptyRowsUntil(tokens.length)
  return { tokens: rows, sentences: sentenceRows, article, tokenSentence, lexical }
}
