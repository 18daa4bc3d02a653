import { bucketOf, hashString, mixHash } from '../models/hashing.ts'
import { GAZETTEER_CATEGORIES, gazetteerKey, type Gazetteer } from './gazetteer.ts'
import { capitalisation, shortShape, wordShape, type Capitalisation } from './word-shape.ts'

// Feature templates. A feature is the template's number mixed with the hashes of its values, so the
// numbers below are part of the model format: changing one invalidates shipped weights.
const T = {
  bias: 1,
  word: 2,
  lower: 3,
  shape: 4,
  short: 5,
  prefix: 6,
  suffix: 7,
  lowerAt: 8,
  shortAt: 9,
  lowerBigramLeft: 10,
  lowerBigramRight: 11,
  shortTrigram: 12,
  first: 13,
  gazetteer: 14,
  gazetteerCase: 15,
  gazetteerAt: 16,
  lowerLeftShort: 17,
  shortLowerRight: 18,
  mode: 19,
  capital: 20,
  length: 21,
  transition: 22,
  runHead: 23,
  runFirst: 24,
  runPosition: 25,
  runHeadGazetteer: 26,
} as const

/** How a sentence is cased as a whole; in all-capital and title-case lines capitals say little about names. */
export type SentenceCase = 'mixed' | 'upper' | 'title'
const MODE_ID: Record<SentenceCase, number> = { mixed: 1, upper: 2, title: 3 }
const CAP_ID: Record<Capitalisation, number> = { lower: 1, initial: 2, upper: 3, mixed: 4, none: 5 }
const START = hashString('<s>')
const END = hashString('</s>')

// Hashes that depend on the word alone, computed once per distinct word.
interface WordInfo {
  lower: number
  short: number
  cap: Capitalisation
  key: string
  lowerText: string
  /** Features that need nothing else: the word, its lower-case form, affixes, length by capitalisation. */
  own: number[]
  /** Features to be combined with the sentence's casing: shape, short shape, capitalisation. */
  cased: number[]
}

// Template numbers already mixed with a fixed value, so that the per-token work is one mix per feature.
const LOWER_AT = [-2, -1, 0, 1, 2].map((d) => mixHash(T.lowerAt, d))
const SHORT_AT = [-2, -1, 0, 1, 2].map((d) => mixHash(T.shortAt, d))
const MODE_FEATURE = [0, 1, 2, 3].map((m) => mixHash(T.mode, m))

// Lower-case words that may join capitalised words into one name: "Ministry of Defence", "Bosnia and Herzegovina".
const CONNECTORS = new Set(['of', 'and', 'for', 'de', 'du', 'la', 'van', 'von', 'der', 'al', '&', "'s"])

const FUNCTION_WORDS = new Set('a an and as at by for from in into of on or the to with de du del der la le van von'.split(' '))

/**
 * Decides how a sentence is cased: `upper` when nearly all its words of two or more letters are in
 * capitals (news headlines), `title` when nearly all its longer non-function words start with a
 * capital, else `mixed`.
 *
 * @example
 * sentenceCase(['UN', 'SAYS', 'FRENCH', 'AID', 'REACHED', 'HAITI']) // 'upper'
 */
export function sentenceCase(words: readonly (string | { lowerText: string; cap: Capitalisation })[]): SentenceCase {
  let letterWords = 0
  let upper = 0
  let content = 0
  let initial = 0
  for (const word of words) {
    const lower = typeof word === 'string' ? word.toLowerCase() : word.lowerText
    const cap = typeof word === 'string' ? capitalisation(word) : word.cap
    if (cap === 'none' || lower.length < 2) continue
    letterWords++
    if (cap === 'upper') upper++
    if (lower.length > 3 && !FUNCTION_WORDS.has(lower)) {
      content++
      if (cap !== 'lower') initial++
    }
  }
  if (letterWords > 0 && upper >= 0.8 * letterWords) return 'upper'
  if (content >= 3 && initial >= 0.85 * content) return 'title'
  return 'mixed'
}

/**
 * Finds runs of capitalised words, joined by connectors such as "of" ("Ministry of Defence"):
 * for each word in a run, the run's first word (`start`) and one past its last (`end`); `end` is 0
 * for words outside runs. A run's last word (its head: Forces, Ministry, Party) hints at its type
 * even when the run is longer than the context window.
 */
function capitalisedRuns(infos: readonly WordInfo[]): { start: Int32Array; end: Int32Array } {
  const n = infos.length
  const start = new Int32Array(n)
  const end = new Int32Array(n)
  const capitalised = (i: number): boolean => i < n && (infos[i].cap === 'initial' || infos[i].cap === 'upper' || infos[i].cap === 'mixed')
  let i = 0
  while (i < n) {
    if (!capitalised(i)) {
      i++
      continue
    }
    let j = i + 1
    for (;;) {
      if (capitalised(j)) j++
      else if (j + 1 < n && CONNECTORS.has(infos[j].lowerText) && capitalised(j + 1)) j += 2
      else break
    }
    for (let k = i; k < j; k++) {
      start[k] = i
      end[k] = j
    }
    i = j
  }
  return { start, end }
}

/**
 * Turns a sentence's words into hashed feature buckets, token by token: the word, its lower-case
 * form, shape, prefixes and suffixes, the words and shapes two to each side, gazetteer matches, and
 * the sentence's casing. The same words always give the same buckets.
 *
 * @example
 * const extractor = new NerFeatureExtractor(20, gazetteer)
 * const { buckets, offsets } = extractor.extract(['NATO', 'said'])
 * // the features of word 1 are buckets[offsets[1]] up to buckets[offsets[2]]
 */
export class NerFeatureExtractor {
  readonly bits: number
  private readonly gazetteer: Gazetteer
  private readonly cache = new Map<string, WordInfo>()
  private buckets = new Int32Array(4096)
  private count = 0

  constructor(bits: number, gazetteer: Gazetteer) {
    this.bits = bits
    this.gazetteer = gazetteer
  }

  /** The bucket of the transition feature for the label before (`previous` = number of labels at the start). */
  transitionBucket(previous: number): number {
    return bucketOf(mixHash(T.transition, previous), this.bits)
  }

  /**
   * The feature buckets of every word. The arrays are reused by the next call: copy them to keep them.
   * With `withOwn` false, the features that depend on the word alone ({@link ownBuckets}) are left out,
   * for a caller that keeps their scores per word.
   */
  extract(words: readonly string[], withOwn = true): { buckets: Int32Array; offsets: Int32Array } {
    const n = words.length
    const infos = new Array<WordInfo>(n)
    const keys = new Array<string>(n)
    for (let i = 0; i < n; i++) {
      infos[i] = this.info(words[i])
      keys[i] = infos[i].key
    }
    const mode = MODE_ID[sentenceCase(infos)]
    const marks = this.gazetteer.marks(keys)
    const runs = mode === MODE_ID.mixed ? capitalisedRuns(infos) : null
    const offsets = new Int32Array(n + 1)
    this.count = 0
    // Hashes of the lower-case forms and short shapes, padded with two sentence-boundary marks each side.
    const lowers = new Int32Array(n + 4).fill(START, 0, 2).fill(END, n + 2)
    const shorts = new Int32Array(n + 4).fill(START, 0, 2).fill(END, n + 2)
    for (let i = 0; i < n; i++) {
      lowers[i + 2] = infos[i].lower
      shorts[i + 2] = infos[i].short
    }
    for (let i = 0; i < n; i++) {
      offsets[i] = this.count
      const w = infos[i]
      this.add(T.bias)
      this.add(MODE_FEATURE[mode])
      if (withOwn) for (const f of w.own) this.add(f)
      for (const f of w.cased) this.add(mixHash(f, mode))
      for (let d = -2; d <= 2; d++) {
        if (d === 0) continue
        this.add(mixHash(LOWER_AT[d + 2], lowers[i + 2 + d]))
        this.add(mixHash(mixHash(SHORT_AT[d + 2], shorts[i + 2 + d]), mode))
      }
      const left = lowers[i + 1]
      const right = lowers[i + 3]
      this.add(mixHash(mixHash(T.lowerBigramLeft, left), w.lower))
      this.add(mixHash(mixHash(T.lowerBigramRight, w.lower), right))
      this.add(mixHash(mixHash(T.lowerLeftShort, left), w.short))
      this.add(mixHash(mixHash(T.shortLowerRight, w.short), right))
      this.add(mixHash(mixHash(mixHash(mixHash(T.shortTrigram, shorts[i + 1]), w.short), shorts[i + 3]), mode))
      if (i === 0) this.add(mixHash(mixHash(T.first, w.short), mode))
      if (runs && runs.end[i] > 0) {
        const start = runs.start[i]
        const end = runs.end[i]
        const position = i === start ? (end - start === 1 ? 0 : 1) : i === end - 1 ? 2 : 3
        this.add(mixHash(mixHash(T.runHead, infos[end - 1].lower), position))
        this.add(mixHash(T.runFirst, infos[start].lower))
        this.add(mixHash(mixHash(T.runPosition, position), Math.min(end - start, 5)))
        if (end - start > 1 && marks[end - 1] !== 0) this.addMarks(marks[end - 1], T.runHeadGazetteer, position)
      }
      if (marks[i] !== 0) {
        this.addMarks(marks[i], T.gazetteer, 0)
        this.addMarks(marks[i], T.gazetteerCase, mixHash(CAP_ID[w.cap], mode))
      }
      if (i > 0 && marks[i - 1] !== 0) this.addMarks(marks[i - 1], T.gazetteerAt, 1)
      if (i + 1 < n && marks[i + 1] !== 0) this.addMarks(marks[i + 1], T.gazetteerAt, 2)
    }
    offsets[n] = this.count
    return { buckets: this.buckets.subarray(0, this.count), offsets }
  }

  /** The buckets of the features that depend on the word alone, whatever its sentence. */
  ownBuckets(word: string): number[] {
    return this.info(word).own.map((f) => bucketOf(f, this.bits))
  }

  private addMarks(mask: number, template: number, context: number): void {
    for (let bit = 0; mask !== 0 && bit < GAZETTEER_CATEGORIES.length * 3; bit++) {
      if ((mask & (1 << bit)) === 0) continue
      this.add(mixHash(mixHash(template, bit), context))
      mask &= ~(1 << bit)
    }
  }

  private add(hash: number): void {
    if (this.count === this.buckets.length) {
      const grown = new Int32Array(this.buckets.length * 2)
      grown.set(this.buckets)
      this.buckets = grown
    }
    this.buckets[this.count++] = bucketOf(hash, this.bits)
  }

  private info(word: string): WordInfo {
    let info = this.cache.get(word)
    if (info) return info
    const lower = word.toLowerCase()
    const lowerHash = hashString(lower)
    const cap = capitalisation(word)
    // Affixes by code point; plain strings (no surrogate pairs) can be sliced directly.
    const chars = /[\ud800-\udfff]/.test(lower) ? [...lower] : null
    const length = chars ? chars.length : lower.length
    const affix = (from: number, to: number): string => (chars ? chars.slice(from, to).join('') : lower.slice(from, to))
    let letters = 0
    for (let i = 0; i < lower.length; i++) {
      const ch = lower[i]
      if (ch !== ch.toUpperCase()) letters++
    }
    const own = [mixHash(T.word, hashString(word)), mixHash(T.lower, lowerHash), mixHash(mixHash(T.length, Math.min(letters, 12)), CAP_ID[cap])]
    for (let k = 1; k <= 4 && k < length; k++) {
      own.push(mixHash(mixHash(T.prefix, k), hashString(affix(0, k))))
      own.push(mixHash(mixHash(T.suffix, k), hashString(affix(length - k, length))))
    }
    const short = hashString(shortShape(word))
    info = {
      lower: lowerHash,
      short,
      cap,
      key: gazetteerKey(word),
      lowerText: lower,
      own,
      cased: [mixHash(T.shape, hashString(wordShape(word))), mixHash(T.short, short), mixHash(T.capital, CAP_ID[cap])],
    }
    // Bounded so that tagging an endless stream of new words does not grow memory without limit.
    if (this.cache.size >= 100_000) this.cache.clear()
    this.cache.set(word, info)
    return info
  }
}
