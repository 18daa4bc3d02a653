import { bucketOf, hashString, mixHash } from '../../models/hashing.ts'
import type { Sentence, Token } from '../../text/types.ts'
import type { CueHit } from './cue-hits.ts'
import type { FeatureRows } from './feature-rows.ts'
import type { WordInfo } from './word-table.ts'

// Feature templates of the sentence and article rows (numbered apart from the token templates).
const enum T {
  SentenceWord = 101, SentenceLength, SentenceMark, SentenceTitle, SentencePlace, SentenceLogOddsMax, SentenceLoaded,
  SentenceCue, SentenceQuoted, SentenceBias,
  ArticleLogOdds = 201, ArticleLoaded, ArticleMarks, ArticleQuoted, ArticleLength, ArticleFirstPerson, ArticleSecondPerson, ArticleBias,
}

/** The lexical placeholder of a masked name. */
export const NAME = hashString('<name>') | 0

const DOUBLE_QUOTES = new Set(['"', '“', '”', '«', '»', '„', '``', "''"])
const OPENING = new Set(['“', '«', '„', '``'])
const CLOSING = new Set(['”', '»', "''"])
const FIRST_PERSON = new Set(['i', 'we', 'us', 'our', 'my', 'me', 'ours'].map((w) => hashString(w)))
const SECOND_PERSON = new Set(['you', 'your', 'yours'].map((w) => hashString(w)))

/** Buckets a log-odds value to halves, clamped to ±2. */
export const logOddsBucket = (v: number) => Math.max(-4, Math.min(4, Math.round(v * 2)))

/** Marks tokens that sit between double quotation marks, within one paragraph. */
export function quotedTokens(tokens: readonly Token[], sentences: readonly Sentence[]): Uint8Array {
  const quoted = new Uint8Array(tokens.length)
  let open = false
  let paragraph = -1
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      open = false
      paragraph = s.paragraph
    }
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const text = tokens[i].text
      if (DOUBLE_QUOTES.has(text)) {
        open = OPENING.has(text) ? true : CLOSING.has(text) ? false : !open
        continue
      }
      if (open) quoted[i] = 1
    }
  }
  return quoted
}

/** The techniques of the cue hits that cover each token: token index → techniques. */
export function cueTechniquesByToken(tokens: readonly Token[], cues: readonly CueHit[]): Map<number, string[]> {
  const out = new Map<number, string[]>()
  if (cues.length === 0) return out
  const sorted = [...cues].sort((a, b) => a.start - b.start)
  let first = 0
  for (const hit of sorted) {
    while (first < tokens.length && tokens[first].end <= hit.start) first++
    for (let i = first; i < tokens.length && tokens[i].start < hit.end; i++) {
      const list = out.get(i)
      if (list) list.push(hit.technique)
      else out.set(i, [hit.technique])
    }
  }
  return out
}

/**
 * Adds one sentence's row: its bag of lemmas, length, ! and ? marks, whether it is the title, its
 * place in the text, the strongest and the number of loaded words (by log-odds), how much of it is
 * quoted, and the techniques of cue hits in it.
 */
export function addSentenceFeatures(
  rows: FeatureRows,
  bits: number,
  s: Sentence,
  sentenceCount: number,
  tokens: readonly Token[],
  stems: Int32Array,
  logOdds: Float64Array,
  quoted: Uint8Array,
  cueTokens: ReadonlyMap<number, string[]>,
): void {
  const add = (template: number, value: number) => { if (!(globalThis as any).__ablate?.has(template)) rows.push(bucketOf(mixHash(template, value), bits)) }
  const n = s.tokenEnd - s.tokenStart
  let logOddsMax = 0
  let loaded = 0
  let quotedCount = 0
  let marks = 0
  const seen = new Set<number>()
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (logOdds[i] > logOddsMax) logOddsMax = logOdds[i]
    if (logOdds[i] >= 0.7) loaded++
    if (quoted[i]) quotedCount++
    if (tokens[i].kind === 'word' && !seen.has(stems[i])) {
      seen.add(stems[i])
      add(T.SentenceWord, stems[i])
    }
    const text = tokens[i].text
    if (text.includes('!')) marks |= 1
    if (text.includes('?')) marks |= 2
    for (const technique of cueTokens.get(i) ?? []) add(T.SentenceCue, hashString(technique))
  }
  add(T.SentenceBias, 0)
  if (marks) add(T.SentenceMark, marks)
  add(T.SentenceLength, Math.min(8, Math.round(Math.log2(n + 1) * 2)))
  add(T.SentenceTitle, s.index === 0 ? 1 : 0)
  add(T.SentencePlace, Math.min(4, Math.floor((5 * s.index) / Math.max(1, sentenceCount))))
  add(T.SentenceLogOddsMax, logOddsBucket(logOddsMax))
  add(T.SentenceLoaded, Math.min(3, loaded))
  add(T.SentenceQuoted, quotedCount === 0 ? 0 : quotedCount >= n - 2 ? 2 : 1)
  rows.endRow()
}

const rateBucket = (count: number, total: number, scale: number) => Math.min(8, Math.floor((scale * count) / Math.max(1, total)))

/**
 * Adds the row of the whole text: style measures that say how argumentative it is overall — mean
 * word log-odds, share of loaded words, ! and ? per sentence, share of quoted words, length, and
 * first- and second-person pronoun rates. Deliberately no words: the text's topic must not decide.
 */
export function addArticleFeatures(
  rows: FeatureRows,
  bits: number,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  words: readonly WordInfo[],
  logOdds: Float64Array,
  quoted: Uint8Array,
): void {
  const add = (template: number, value: number) => { if (!(globalThis as any).__ablate?.has(template)) rows.push(bucketOf(mixHash(template, value), bits)) }
  let wordCount = 0
  let sum = 0
  let loaded = 0
  let marks = 0
  let quotedCount = 0
  let first = 0
  let second = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.kind === 'punct' && (t.text.includes('!') || t.text.includes('?'))) marks++
    if (t.kind !== 'word') continue
    wordCount++
    sum += logOdds[i]
    if (logOdds[i] >= 0.7) loaded++
    if (quoted[i]) quotedCount++
    if (FIRST_PERSON.has(words[i].lower)) first++
    if (SECOND_PERSON.has(words[i].lower)) second++
  }
  add(T.ArticleBias, 0)
  add(T.ArticleLogOdds, Math.max(-6, Math.min(6, Math.round((sum / Math.max(1, wordCount)) * 20))))
  add(T.ArticleLoaded, rateBucket(loaded, wordCount, 100))
  add(T.ArticleMarks, rateBucket(marks, sentences.length, 10))
  add(T.ArticleQuoted, rateBucket(quotedCount, wordCount, 10))
  add(T.ArticleLength, Math.min(8, Math.floor(Math.log2(sentences.length + 1))))
  add(T.ArticleFirstPerson, rateBucket(first, wordCount, 200))
  add(T.ArticleSecondPerson, rateBucket(second, wordCount, 400))
  rows.endRow()
}
