import type { Sentence, Token } from '../../text/types.ts'

/** Counts of how often each key (a hashed word or lemma) is seen with a positive and a negative label. */
export class LabelCounts {
  readonly positive = new Map<number, number>()
  readonly negative = new Map<number, number>()
  positiveTotal = 0
  negativeTotal = 0

  /** Records one occurrence of a key. */
  add(key: number, isPositive: boolean): void {
    const table = isPositive ? this.positive : this.negative
    table.set(key, (table.get(key) ?? 0) + 1)
    if (isPositive) this.positiveTotal++
    else this.negativeTotal++
  }
}

/** Options for {@link smoothedLogOdds}. */
export interface LogOddsOptions {
  /** pseudo-count spread by the overall positive rate; larger pulls rare keys towards 0 (default 8) */
  smoothing?: number
  /** keys seen fewer times are left out (default 2) */
  minCount?: number
}

/**
 * Turns counts into smoothed log-odds of a key being positive, relative to the overall rate:
 * 0 means "as likely as any key", +1 means e times the odds. Values are rounded to 1/100 so they
 * serialise compactly and identically.
 *
 * @example
 * smoothedLogOdds(counts).get(hashText('barbaric')) // e.g. 1.35
 */
export function smoothedLogOdds(counts: LabelCounts, { smoothing = 8, minCount = 2 }: LogOddsOptions = {}): Map<number, number> {
  const rate = (counts.positiveTotal + 1) / (counts.positiveTotal + counts.negativeTotal + 2)
  const prior = Math.log(rate / (1 - rate))
  const out = new Map<number, number>()
  const keys = new Set([...counts.positive.keys(), ...counts.negative.keys()])
  for (const key of [...keys].sort((a, b) => a - b)) {
    const p = counts.positive.get(key) ?? 0
    const n = counts.negative.get(key) ?? 0
    if (p + n < minCount) continue
    const value = Math.round((Math.log((p + smoothing * rate) / (n + smoothing * (1 - rate))) - prior) * 100) / 100
    if (value !== 0) out.set(key, value)
  }
  return out
}

/**
 * Log-odds tables learnt from labelled text: of a word or a crude lemma being inside a propaganda span, and of a word being inside a phrase-level or a clause-level technique.
 */
export interface LexicalOdds {
  word: ReadonlyMap<number, number>
  stem: ReadonlyMap<number, number>
  phrase: ReadonlyMap<number, number>
  clause: ReadonlyMap<number, number>
  /** words common in lower case, which name masking leaves alone */
  common: ReadonlySet<number>
}

export const NO_ODDS: LexicalOdds = Object.freeze({ word: new Map(), stem: new Map(), phrase: new Map(), clause: new Map(), common: new Set<number>() })

/** One labelled text as the counters read it: lexical and lemma hashes, labels, and which tokens to skip. */
export interface OddsSource {
  tokens: readonly Token[]
  sentences: readonly Sentence[]
  lexical: ArrayLike<number>
  stems: ArrayLike<number>
  /** 1 for tokens that do not count (masked names) */
  skip: ArrayLike<number>
  inside: ArrayLike<number>
  /** 0 outside, 1 phrase-level, 2 clause-level */
  classes: ArrayLike<number>
}

/** Counts the labels of words and lemmas over texts and smooths them into log-odds tables. */
export function learnLexicalOdds(sources: Iterable<OddsSource>, common: ReadonlySet<number>, options?: LogOddsOptions): LexicalOdds {
  const word = new LabelCounts()
  const stem = new LabelCounts()
  const phrase = new LabelCounts()
  const clause = new LabelCounts()
  for (const src of sources) {
    for (const s of src.sentences) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        if (src.skip[i]) continue
        const inside = src.inside[i] === 1
        word.add(src.lexical[i], inside)
        stem.add(src.stems[i], inside)
        phrase.add(src.lexical[i], src.classes[i] === 1)
        clause.add(src.lexical[i], src.classes[i] === 2)
      }
    }
  }
  return {
    word: smoothedLogOdds(word, options),
    stem: smoothedLogOdds(stem, options),
    phrase: smoothedLogOdds(phrase, options),
    clause: smoothedLogOdds(clause, options),
    common,
  }
}
