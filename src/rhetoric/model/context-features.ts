import { hashText, mixHashes } from './feature-hash.ts'
import type { Sentence, Token } from '../../text/types.ts'
import type { CueHit } from './cue-hits.ts'
import type { FeatureRows } from './feature-rows.ts'

// Feature templates of the sentence rows (numbered apart from the token templates).
const enum T {
  SentenceWord = 101, SentenceLength, SentenceMark, SentenceTitle, SentencePlace, SentenceLogOddsMax, SentenceLoaded,
  SentenceCue, SentenceQuoted, SentenceBias, SentenceClauseMax, SentenceOddsMean,
}

/** The lexical placeholder of a masked name. */
export const NAME = hashText('<name>')

const DOUBLE_QUOTES = new Set(['"', '“', '”', '«', '»', '„', '``', "''"])
const OPENING = new Set(['“', '«', '„', '``'])
const CLOSING = new Set(['”', '»', "''"])

/** Per-token log-odds (0 for masked names): see `LexicalOdds`. */
export interface TokenOdds {
  word: Float64Array
  stem: Float64Array
  pair: Float64Array
  phrase: Float64Array
  clause: Float64Array
}

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

/**
 * The cue values over each token: for every cue hit covering it, the hash of the hit's technique and
 * the hash of its cue id (token index → values).
 */
export function cueValuesByToken(tokens: readonly Token[], cues: readonly CueHit[]): Map<number, number[]> {
  const out = new Map<number, number[]>()
  if (cues.length === 0) return out
  const sorted = [...cues].sort((a, b) => a.start - b.start || a.end - b.end)
  let first = 0
  for (const hit of sorted) {
    while (first < tokens.length && tokens[first].end <= hit.start) first++
    const values = [hashText('technique:' + hit.technique), hashText('cue:' + hit.cue)]
    for (let i = first; i < tokens.length && tokens[i].start < hit.end; i++) {
      const list = out.get(i)
      if (list) list.push(...values)
      else out.set(i, [...values])
    }
  }
  return out
}

/**
 * Adds one sentence's row: its bag of lemmas, length, ! and ? marks, whether it is the title, its
 * place in the text, the strongest and the number of loaded words (by log-odds), how much of it is
 * quoted, and the techniques and ids of cue hits in it.
 */
export function addSentenceFeatures(
  rows: FeatureRows,
  bits: number,
  s: Sentence,
  sentenceCount: number,
  tokens: readonly Token[],
  stems: Int32Array,
  odds: TokenOdds,
  quoted: Uint8Array,
  cueTokens: ReadonlyMap<number, number[]>,
): void {
  const logOdds = odds.word
  const mask = (1 << bits) - 1
  const add = (template: number, value: number) => rows.push(mixHashes(template, value) & mask)
  const n = s.tokenEnd - s.tokenStart
  let logOddsMax = 0
  let loaded = 0
  let quotedCount = 0
  let marks = 0
  let clauseMax = 0
  let sum = 0
  const seen = new Set<number>()
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (logOdds[i] > logOddsMax) logOddsMax = logOdds[i]
    if (odds.clause[i] > clauseMax) clauseMax = odds.clause[i]
    sum += logOdds[i]
    if (logOdds[i] >= 0.7) loaded++
    if (quoted[i]) quotedCount++
    if (tokens[i].kind === 'word' && !seen.has(stems[i])) {
      seen.add(stems[i])
      add(T.SentenceWord, stems[i])
    }
    const text = tokens[i].text
    if (text.includes('!')) marks |= 1
    if (text.includes('?')) marks |= 2
    for (const value of cueTokens.get(i) ?? []) add(T.SentenceCue, value)
  }
  add(T.SentenceBias, 0)
  if (marks) add(T.SentenceMark, marks)
  add(T.SentenceLength, Math.min(8, Math.round(Math.log2(n + 1) * 2)))
  add(T.SentenceTitle, s.index === 0 ? 1 : 0)
  add(T.SentencePlace, Math.min(4, Math.floor((5 * s.index) / Math.max(1, sentenceCount))))
  add(T.SentenceLogOddsMax, logOddsBucket(logOddsMax))
  add(T.SentenceLoaded, Math.min(3, loaded))
  add(T.SentenceClauseMax, logOddsBucket(clauseMax))
  add(T.SentenceOddsMean, logOddsBucket(2 * (sum / Math.max(1, n))))
  add(T.SentenceQuoted, quotedCount === 0 ? 0 : quotedCount >= n - 2 ? 2 : 1)
  rows.endRow()
}
