import { hashString } from '../../models/hashing.ts'

/** Counts of how often each word (by the hash of its lower-cased form) falls inside and outside propaganda spans. */
export class WordLabelCounts {
  readonly inside = new Map<number, number>()
  readonly outside = new Map<number, number>()
  insideTotal = 0
  outsideTotal = 0

  /** Records one occurrence of a word. */
  add(wordHash: number, isInside: boolean): void {
    const table = isInside ? this.inside : this.outside
    table.set(wordHash, (table.get(wordHash) ?? 0) + 1)
    if (isInside) this.insideTotal++
    else this.outsideTotal++
  }
}

/** Options for {@link wordLogOdds}. */
export interface LogOddsOptions {
  /** pseudo-count spread by the overall inside rate; larger pulls rare words towards 0 (default 8) */
  smoothing?: number
  /** words seen fewer times are left out (default 2) */
  minCount?: number
}

/**
 * Turns counts into smoothed log-odds of a word being inside a span, relative to the overall rate:
 * 0 means "as likely as any word", +1 means e times the odds. Values are rounded to 1/100 so
 * they serialise compactly and identically.
 *
 * @example
 * const odds = wordLogOdds(counts)
 * odds.get(hashString('barbaric')) // e.g. 1.35
 */
export function wordLogOdds(counts: WordLabelCounts, { smoothing = 8, minCount = 2 }: LogOddsOptions = {}): Map<number, number> {
  const rate = (counts.insideTotal + 1) / (counts.insideTotal + counts.outsideTotal + 2)
  const prior = Math.log(rate / (1 - rate))
  const out = new Map<number, number>()
  const words = new Set([...counts.inside.keys(), ...counts.outside.keys()])
  for (const w of [...words].sort((a, b) => a - b)) {
    const i = counts.inside.get(w) ?? 0
    const o = counts.outside.get(w) ?? 0
    if (i + o < minCount) continue
    const value = Math.log((i + smoothing * rate) / (o + smoothing * (1 - rate))) - prior
    const rounded = Math.round(value * 100) / 100
    if (rounded !== 0) out.set(w, rounded)
  }
  return out
}

/** The key under which a word's log-odds are kept: the hash of its lower-cased form. */
export function wordKey(word: string): number {
  return hashString(word.toLowerCase())
}
