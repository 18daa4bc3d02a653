import type { Span, Token } from '../../text/types.ts'
import { hashText, mixHashes } from './feature-hash.ts'
import { logOddsBucket } from './context-features.ts'
import type { DocumentView } from './document-view.ts'
import type { FeatureSink } from './feature-sink.ts'
import { IntNumbering } from '../lexicon/numbering.ts'
import { overlappingTokens } from '../../text/token-search.ts'

// Feature templates of the technique classifier.
const enum T {
  Bias = 1, Word, Stem, Bigram, First, Last, Before, After, Before2, After2, Tokens, Chars, SentenceShare, AtSentenceStart,
  AtSentenceEnd, Mark, Commas, Quoted, QuoteEdge, Capitals, AllCaps, Names, Repeated, RepeatedBefore, WordsRecur, Place,
  Title, SentenceWord, PhraseOdds, ClauseOdds, Cue, SentenceCue, Shape, Cluster,
}

const BOUNDARY = hashText('<boundary>')
const QUOTE_MARKS = /["“”«»„'‘’`]/

/** A text prepared once for classifying any number of its spans. */
export interface SpanContext extends DocumentView {
  text: string
  /** lower-cased text, for counting repeats of a span's wording */
  lower: string
  /** 1 for word tokens whose lexical identity occurs more than once among the text's words of four letters or more */
  recurring: Uint8Array
  /** per sentence, the hashes of its distinct lemmas and cue values, filled when first needed */
  sentenceValues: Array<{ lemmas: number[]; cues: number[] } | undefined>
  /** span repeat counts already computed, by `start * (text length + 1) + end` */
  repeats: Map<number, { total: number; earlier: number }>
}

const numbering = new IntNumbering()

/** Prepares a text, read as a document view, for {@link extractSpanFeatures}. */
export function spanContext(text: string, doc: DocumentView): SpanContext {
  const { tokens, lexical } = doc
  const n = tokens.length
  // Each distinct lexical hash of the text's words gets a small number, so that words are counted in
  // an array: how often each occurs among the words of four letters or more.
  numbering.start(n)
  const numbers = new Int32Array(n).fill(-1)
  const counts = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const t = tokens[i]
    if (t.kind !== 'word') continue
    const number = (numbers[i] = numbering.number(lexical[i]))
    if (t.text.length > 3) counts[number]++
  }
  const recurring = new Uint8Array(n)
  for (let i = 0; i < n; i++) if (numbers[i] >= 0 && counts[numbers[i]] > 1) recurring[i] = 1
  return { ...doc, text, lower: text.toLowerCase(), recurring, sentenceValues: [], repeats: new Map() }
}

function countOccurrences(haystack: string, needle: string, before: number): { total: number; earlier: number } {
  let total = 0
  let earlier = 0
  if (needle.length < 2) return { total, earlier }
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    total++
    if (at < before) earlier++
  }
  return { total, earlier }
}

function sentenceValues(ctx: SpanContext, index: number): { lemmas: number[]; cues: number[] } {
  let values = ctx.sentenceValues[index]
  if (values) return values
  const { tokenStart, tokenEnd } = ctx.sentences[index]
  const lemmas: number[] = []
  const cues: number[] = []
  // A lemma counts once, where it first occurs in the sentence: numbering it tells whether it is new.
  numbering.start(tokenEnd - tokenStart)
  for (let i = tokenStart; i < tokenEnd; i++) {
    if (ctx.tokens[i].kind === 'word') {
      const before = numbering.count
      numbering.number(ctx.stems[i])
      if (numbering.count > before) lemmas.push(ctx.stems[i])
    }
    const hits = ctx.cueValues[i]
    if (hits) for (let h = 0; h < hits.length; h++) cues.push(hits[h])
  }
  ctx.sentenceValues[index] = values = { lemmas, cues }
  return values
}

/** The token range [from, to) that a span overlaps. */
export function tokenRange(tokens: readonly Token[], span: Span): { from: number; to: number } {
  return overlappingTokens(tokens, span.start, span.end)
}

/**
 * Adds the technique classifier's features of one span as a row to a sink: its words, lemmas, word
 * clusters and word pairs,
 * first and last words, the words around it, its length, how much of its sentence it covers, its
 * punctuation, quotation, capitalisation and names, how often its wording recurs in the text (and
 * before it), its place in the text, its sentence's words, the phrase- and clause-level log-odds of
 * its words, and cue hits inside it and in its sentence.
 */
export function extractSpanFeatures(rows: FeatureSink, bits: number, ctx: SpanContext, span: Span, { sentence: withSentence = true }: { sentence?: boolean } = {}): void {
  const mask = (1 << bits) - 1
  const add = (template: number, value: number) => rows.push(mixHashes(template, value) & mask)
  const addPair = (template: number, a: number, b: number) => rows.push(mixHashes(mixHashes(template, a), b) & mask)
  const { tokens, quoted } = ctx
  const { from, to } = tokenRange(tokens, span)
  const n = Math.max(0, to - from)
  const lexical = ctx.lexical
  add(T.Bias, 0)
  const sentenceIndex = from < tokens.length ? ctx.tokenSentence[from] : -1
  const sentence = sentenceIndex >= 0 ? ctx.sentences[sentenceIndex] : null
  let capitals = 0
  let allCaps = 0
  let names = 0
  let quotedCount = 0
  let commas = 0
  let marks = 0
  let phraseMax = -9
  let clauseMax = -9
  let recurring = 0
  let wordCount = 0
  for (let i = from; i < to; i++) {
    const w = ctx.words[i]
    add(T.Word, lexical[i])
    add(T.Stem, ctx.stems[i])
    if (i > from) addPair(T.Bigram, lexical[i - 1], lexical[i])
    if (tokens[i].kind === 'word') {
      wordCount++
      if (w.capitalized) capitals++
      if (w.allCaps) allCaps++
      if (ctx.names[i]) names++
      if (ctx.recurring[i]) recurring++
      if (!ctx.names[i] && w.fine >= 0) add(T.Cluster, w.fine) // a word like the span's words, seen in training or not
      if (!ctx.names[i]) {
        phraseMax = Math.max(phraseMax, w.phraseOdds)
        clauseMax = Math.max(clauseMax, w.clauseOdds)
      }
    }
    if (quoted[i]) quotedCount++
    const text = tokens[i].text
    if (text === ',') commas++
    if (text.includes('!')) marks |= 1
    if (text.includes('?')) marks |= 2
    const hits = ctx.cueValues[i]
    if (hits) for (let h = 0; h < hits.length; h++) add(T.Cue, hits[h])
  }
  if (n > 0) {
    add(T.First, lexical[from])
    add(T.Last, lexical[to - 1])
    add(T.Shape, ctx.words[from].shape)
  }
  const sFrom = sentence ? sentence.tokenStart : 0
  const sTo = sentence ? sentence.tokenEnd : tokens.length
  add(T.Before, from - 1 >= sFrom ? lexical[from - 1] : BOUNDARY)
  add(T.Before2, from - 2 >= sFrom ? lexical[from - 2] : BOUNDARY)
  add(T.After, to < sTo ? lexical[to] : BOUNDARY)
  add(T.After2, to + 1 < sTo ? lexical[to + 1] : BOUNDARY)
  add(T.Tokens, n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 13 ? 6 : n <= 20 ? 7 : 8)
  add(T.Chars, Math.min(9, Math.floor(Math.log2(span.end - span.start + 1))))
  if (sentence) {
    const share = n / Math.max(1, sentence.tokenEnd - sentence.tokenStart)
    add(T.SentenceShare, Math.min(5, Math.floor(share * 5)))
    add(T.AtSentenceStart, from <= sentence.tokenStart + 1 ? 1 : 0)
    add(T.AtSentenceEnd, to >= sentence.tokenEnd - 1 ? 1 : 0)
    add(T.Title, sentence.index === 0 ? 1 : 0)
    if (withSentence) addSentenceContext(rows, bits, ctx, sentence.index)
  }
  if (marks) add(T.Mark, marks)
  add(T.Commas, Math.min(3, commas))
  add(T.Quoted, quotedCount === 0 ? 0 : quotedCount >= n - 1 ? 2 : 1)
  // The span's first and last characters, read without slicing the span out.
  const spanEnd = Math.min(span.end, ctx.text.length)
  const opens = spanEnd > span.start && QUOTE_MARKS.test(ctx.text.charAt(span.start))
  const closes = spanEnd > span.start && QUOTE_MARKS.test(ctx.text.charAt(spanEnd - 1))
  add(T.QuoteEdge, (opens ? 1 : 0) + (closes ? 2 : 0))
  if (wordCount > 0) {
    add(T.Capitals, Math.min(4, Math.floor((4 * capitals) / wordCount)))
    add(T.Names, Math.min(3, names))
    add(T.WordsRecur, Math.min(4, Math.floor((4 * recurring) / wordCount)))
  }
  if (allCaps) add(T.AllCaps, Math.min(2, allCaps))
  const repeats = spanRepeats(ctx, span)
  add(T.Repeated, Math.min(4, repeats.total))
  addPair(T.RepeatedBefore, Math.min(2, repeats.earlier), n <= 3 ? 0 : 1)
  add(T.Place, Math.min(4, Math.floor((5 * span.start) / Math.max(1, ctx.text.length))))
  if (phraseMax > -9) add(T.PhraseOdds, logOddsBucket(phraseMax))
  if (clauseMax > -9) add(T.ClauseOdds, logOddsBucket(clauseMax))
  rows.endRow()
}

/**
 * Adds the features a span takes from its sentence: the sentence's distinct lemmas and its cue hits.
 * `extractSpanFeatures` adds them unless told not to, for a caller that sums them once per sentence.
 */
export function addSentenceContext(rows: FeatureSink, bits: number, ctx: SpanContext, sentence: number): void {
  const mask = (1 << bits) - 1
  const values = sentenceValues(ctx, sentence)
  for (const lemma of values.lemmas) rows.push(mixHashes(T.SentenceWord, lemma) & mask)
  for (const value of values.cues) rows.push(mixHashes(T.SentenceCue, value) & mask)
}

/** The buckets of a token's word and lemma features, for telling which words pushed a span towards a technique. */
export function wordFeatureBuckets(bits: number, ctx: SpanContext, token: number): [word: number, stem: number] {
  const mask = (1 << bits) - 1
  return [mixHashes(T.Word, ctx.lexical[token]) & mask, mixHashes(T.Stem, ctx.stems[token]) & mask]
}

/** The number a span is kept under in `SpanContext.repeats`, or -1 for a span that does not lie within the text. */
function repeatKey(ctx: SpanContext, span: Span): number {
  return span.start >= 0 && span.start <= span.end && span.end <= ctx.text.length ? span.start * (ctx.text.length + 1) + span.end : -1
}

/** How often a span's wording (case-insensitive) occurs in the text, and how often before the span. */
export function spanRepeats(ctx: SpanContext, span: Span): { total: number; earlier: number } {
  const { lower } = ctx
  const key = repeatKey(ctx, span)
  if (key < 0) return countOccurrences(lower, lower.slice(span.start, span.end), span.start)
  let counted = ctx.repeats.get(key)
  if (!counted) ctx.repeats.set(key, (counted = countOccurrences(lower, lower.slice(span.start, span.end), span.start)))
  return counted
}

const FIRST_PAIRS = 1024

/**
 * Counts the repeats of many spans at once, as `spanRepeats` would one by one, and keeps them in the
 * context: one pass over the text, comparing a place with a span's wording only where both begin with
 * the same two characters, instead of one search through the whole text per span.
 */
export function countSpanRepeats(ctx: SpanContext, spans: readonly Span[]): void {
  const { lower } = ctx
  const length = lower.length
  const keys: number[] = []
  const starts: number[] = []
  const lengths: number[] = []
  const first = new Int32Array(FIRST_PAIRS).fill(-1)
  const next: number[] = []
  const pair = (a: number, b: number) => (Math.imul(a, 31) + b) & (FIRST_PAIRS - 1)
  for (const span of spans) {
    const key = repeatKey(ctx, span)
    if (key < 0 || ctx.repeats.has(key) || keys.includes(key)) continue
    const needle = Math.min(span.end, length) - span.start
    if (needle < 2) {
      ctx.repeats.set(key, { total: 0, earlier: 0 })
      continue
    }
    const bucket = pair(lower.charCodeAt(span.start), lower.charCodeAt(span.start + 1))
    next.push(first[bucket])
    first[bucket] = keys.length
    keys.push(key)
    starts.push(span.start)
    lengths.push(needle)
  }
  if (keys.length === 0) return
  const totals = new Int32Array(keys.length)
  const earlier = new Int32Array(keys.length)
  let b = lower.charCodeAt(0)
  for (let at = 0; at + 1 < length; at++) {
    const a = b
    b = lower.charCodeAt(at + 1)
    for (let k = first[pair(a, b)]; k >= 0; k = next[k]) {
      const start = starts[k]
      const m = lengths[k]
      if (at + m > length || lower.charCodeAt(start) !== a || lower.charCodeAt(start + 1) !== b) continue
      let same = true
      for (let c = 2; c < m && same; c++) same = lower.charCodeAt(at + c) === lower.charCodeAt(start + c)
      if (!same) continue
      totals[k]++
      if (at < start) earlier[k]++
    }
  }
  for (let k = 0; k < keys.length; k++) ctx.repeats.set(keys[k], { total: totals[k], earlier: earlier[k] })
}
