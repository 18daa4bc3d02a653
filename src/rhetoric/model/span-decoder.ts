import type { Sentence, Span, Token } from '../../text/types.ts'
import { shiftByDocument } from './document-shift.ts'
import { trimSpan } from './span-trim.ts'

/** How token probabilities become spans. */
export interface SpanDecoding {
  /**
   * `tokens`: runs of tokens at or above the threshold; `clauses`: clauses (cut at , ; : dashes,
   * brackets and quotation marks) whose mean probability reaches it; `sentences`: whole sentences likewise.
   */
  granularity: 'tokens' | 'clauses' | 'sentences'
  threshold: number
  /** tokens mode: a gap of at most this many tokens below the threshold between two runs is bridged */
  bridge?: number
  /** a span is kept only when its highest token probability reaches this (default: the threshold) */
  peak?: number
  /**
   * before decoding, every token's log-odds moves by this share of how far the text's mean log-odds
   * lies from `documentReference` (see `document-shift.ts`; default 0: no move)
   */
  documentWeight?: number
  /** the mean log-odds of a typical text: the mean over held-out training articles */
  documentReference?: number
}

/** A decoded span with its raw score: the mean token probability over it. */
export interface ScoredSpan extends Span {
  score: number
}

const CLAUSE_BREAK = /^(?:[,;:()[\]—–]|--|["“”«»]|``|'')$/

function meanOver(p: ArrayLike<number>, from: number, to: number): number {
  let sum = 0
  for (let i = from; i < to; i++) sum += p[i]
  return sum / Math.max(1, to - from)
}

function peakOver(p: ArrayLike<number>, from: number, to: number): number {
  let max = 0
  for (let i = from; i < to; i++) if (p[i] > max) max = p[i]
  return max
}

function pushTrimmed(out: ScoredSpan[], text: string, tokens: readonly Token[], from: number, to: number, p: ArrayLike<number>, peak: number): void {
  if (to <= from || peakOver(p, from, to) < peak) return
  const span = trimSpan(text, { start: tokens[from].start, end: tokens[to - 1].end })
  if (span) out.push({ ...span, score: meanOver(p, from, to) })
}

function tokenRuns(text: string, tokens: readonly Token[], sentence: Sentence, p: ArrayLike<number>, threshold: number, bridge: number, peak: number, out: ScoredSpan[]): void {
  let runStart = -1
  let lastOn = -1
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (p[i] < threshold) continue
    if (runStart >= 0 && i - lastOn - 1 > bridge) {
      pushTrimmed(out, text, tokens, runStart, lastOn + 1, p, peak)
      runStart = -1
    }
    if (runStart < 0) runStart = i
    lastOn = i
  }
  if (runStart >= 0) pushTrimmed(out, text, tokens, runStart, lastOn + 1, p, peak)
}

function clauses(text: string, tokens: readonly Token[], sentence: Sentence, p: ArrayLike<number>, threshold: number, peak: number, out: ScoredSpan[]): void {
  let from = sentence.tokenStart
  for (let i = sentence.tokenStart; i <= sentence.tokenEnd; i++) {
    if (i < sentence.tokenEnd && !CLAUSE_BREAK.test(tokens[i].text)) continue
    if (i > from && meanOver(p, from, i) >= threshold) pushTrimmed(out, text, tokens, from, i, p, peak)
    from = i + 1
  }
}

/**
 * Turns per-token probabilities into trimmed, non-overlapping spans at the chosen granularity, after
 * moving them by the text's overall score when the decoding has a document weight.
 *
 * @example
 * decodeSpans(text, tokens, sentences, probabilities, { granularity: 'tokens', threshold: 0.4, bridge: 1 })
 */
export function decodeSpans(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  probabilities: ArrayLike<number>,
  { granularity, threshold, bridge = 0, peak = threshold, documentWeight = 0, documentReference = 0 }: SpanDecoding,
): ScoredSpan[] {
  const out: ScoredSpan[] = []
  probabilities = shiftByDocument(probabilities, documentWeight, documentReference)
  for (const s of sentences) {
    if (granularity === 'tokens') tokenRuns(text, tokens, s, probabilities, threshold, bridge, peak, out)
    else if (granularity === 'clauses') clauses(text, tokens, s, probabilities, threshold, peak, out)
    else if (meanOver(probabilities, s.tokenStart, s.tokenEnd) >= threshold) pushTrimmed(out, text, tokens, s.tokenStart, s.tokenEnd, probabilities, peak)
  }
  return out
}
