import { bucketOf, hashString } from '../models/hashing.ts'

/**
 * `mixHash` of models/hashing.ts, the same bits read as a signed 32-bit integer: such a number is
 * kept as a small integer, where an unsigned hash above 2^31 would be stored on its own in memory
 * each time it is made or kept in a word's fields. Every use below reads hashes as 32-bit
 * integers (mixed again, or reduced to a bucket), so the features are the same.
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0xcc9e2d51)
  h = (h << 15) | (h >>> 17)
  h = Math.imul(h, 0x1b873593) ^ b
  h = (h << 13) | (h >>> 19)
  h = (Math.imul(h, 5) + 0xe6546b64) | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}

// A string's hash (`hashString`) as a signed 32-bit integer, for the same reason.
const hash = (text: string): number => hashString(text) | 0
import { GAZETTEER_CATEGORIES, gazetteerKey, NO_NAME_WORD, type Gazetteer } from './gazetteer.ts'
import { capitalisation, shortShape, wordShape, type Capitalisation } from './word-shape.ts'
import { NO_CLUSTERS, type WordClusters } from '../models/word-clusters.ts'

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
  cluster: 27,
  clusterCoarse: 28,
  clusterCap: 29,
  clusterAt: 30,
} as const

/** How a sentence is cased as a whole; in all-capital and title-case lines capitals say little about names. */
export type SentenceCase = 'mixed' | 'upper' | 'title'
const MODE_ID: Record<SentenceCase, number> = { mixed: 1, upper: 2, title: 3 }
const CAP_ID: Record<Capitalisation, number> = { lower: 1, initial: 2, upper: 3, mixed: 4, none: 5 }
const START = hash('<s>')
const END = hash('</s>')

/** Hashes that depend on the word alone, computed once per distinct word. */
export interface WordInfo {
  lower: number
  short: number
  cap: Capitalisation
  key: string
  lowerText: string
  /** What the gazetteer holds for `key` ({@link Gazetteer.entryOf}). */
  gazetteerEntry: number
  /** The id of `key` among the words of the gazetteer's names ({@link Gazetteer.wordOf}). */
  gazetteerWord: number
  /** What the word tells of its sentence's casing (see {@link sentenceCase}). */
  casing: number
  /** Features that need nothing else: the word, its lower-case form, affixes, length by capitalisation. */
  own: number[]
  /** Features to be combined with the sentence's casing: shape, short shape, capitalisation. */
  cased: number[]
  /** The fine word cluster of the lower-case form (`models/word-clusters.ts`), -1 when the table lacks it. */
  fine: number
  /**
   * Templates already mixed with this word's hashes, for the features that combine it with its
   * neighbours: as the word before a token (`before*`), as the token itself (`self*`).
   */
  beforeBigram: number
  beforeShort: number
  beforeTrigram: number
  selfBigram: number
  selfShort: number
  selfFirst: number
  selfRunHead: number
  selfRunFirst: number
}

/** The word-alone part of a {@link WordInfo}: the rest follows from `lower` and `short`. */
type WordHashes = Omit<WordInfo, 'beforeBigram' | 'beforeShort' | 'beforeTrigram' | 'selfBigram' | 'selfShort' | 'selfFirst' | 'selfRunHead' | 'selfRunFirst'>

function withMixedTemplates(w: WordHashes): WordInfo {
  return {
    lower: w.lower,
    short: w.short,
    cap: w.cap,
    key: w.key,
    lowerText: w.lowerText,
    gazetteerEntry: w.gazetteerEntry,
    gazetteerWord: w.gazetteerWord,
    casing: w.casing,
    own: w.own,
    cased: w.cased,
    fine: w.fine,
    beforeBigram: mix(T.lowerBigramLeft, w.lower),
    beforeShort: mix(T.lowerLeftShort, w.lower),
    beforeTrigram: mix(T.shortTrigram, w.short),
    selfBigram: mix(T.lowerBigramRight, w.lower),
    selfShort: mix(T.shortLowerRight, w.short),
    selfFirst: mix(T.first, w.short),
    selfRunHead: mix(T.runHead, w.lower),
    selfRunFirst: mix(T.runFirst, w.lower),
  }
}

/** The sentence's casing as a small number (1 mixed, 2 upper, 3 title; see {@link sentenceCase}). */
export type SentenceMode = number

// Template numbers already mixed with a fixed value, so that the per-token work is one mix per feature.
const LOWER_AT = [-2, -1, 0, 1, 2].map((d) => mix(T.lowerAt, d))
const SHORT_AT = [-2, -1, 0, 1, 2].map((d) => mix(T.shortAt, d))
const CLUSTER_AT = [-2, -1, 0, 1, 2].map((d) => mix(T.clusterAt, d))
const MODE_FEATURE = [0, 1, 2, 3].map((m) => mix(T.mode, m))
// A capitalised run's position and length (up to 5) as one feature, and a word's capitalisation in
// a sentence of each casing, both mixed once here.
const RUN_SHAPE = [0, 1, 2, 3].map((position) => [0, 1, 2, 3, 4, 5].map((length) => mix(mix(T.runPosition, position), length)))
const CAP_IN_MODE = [0, 1, 2, 3, 4, 5].map((cap) => [0, 1, 2, 3].map((mode) => mix(cap, mode)))
// Gazetteer templates already mixed with each mark bit.
const MARK_BITS = GAZETTEER_CATEGORIES.length * 3
const markTemplate = (template: number) => Array.from({ length: MARK_BITS }, (_, bit) => mix(template, bit))
const MARK_GAZETTEER = markTemplate(T.gazetteer)
const MARK_CASE = markTemplate(T.gazetteerCase)
const MARK_AT = markTemplate(T.gazetteerAt)
const MARK_RUN_HEAD = markTemplate(T.runHeadGazetteer)

// Lower-case words that may join capitalised words into one name: "Ministry of Defence", "Bosnia and Herzegovina".
const CONNECTORS = new Set(['of', 'and', 'for', 'de', 'du', 'la', 'van', 'von', 'der', 'al', '&', "'s"])

const FUNCTION_WORDS = new Set('a an and as at by for from in into of on or the to with de du del der la le van von'.split(' '))

// What a word tells of its sentence's casing, as bits: a word of two letters or more, in capitals,
// a longer word that is no function word, starting with a capital.
const LETTER_WORD = 1
const UPPER_WORD = 2
const CONTENT_WORD = 4
const INITIAL_CAPITAL = 8

function casingBits(lower: string, cap: Capitalisation): number {
  if (cap === 'none' || lower.length < 2) return 0
  let bits = LETTER_WORD
  if (cap === 'upper') bits |= UPPER_WORD
  if (lower.length > 3 && !FUNCTION_WORDS.has(lower)) bits |= CONTENT_WORD | (cap !== 'lower' ? INITIAL_CAPITAL : 0)
  return bits
}

/**
 * Decides how a sentence is cased: `upper` when nearly all its words of two or more letters are in
 * capitals (news headlines), `title` when nearly all its longer non-function words start with a
 * capital, else `mixed`.
 *
 * @example
 * sentenceCase(['UN', 'SAYS', 'FRENCH', 'AID', 'REACHED', 'HAITI']) // 'upper'
 */
export function sentenceCase(words: readonly (string | { lowerText: string; cap: Capitalisation })[]): SentenceCase {
  return caseOfBits(words.map((word) => (typeof word === 'string' ? casingBits(word.toLowerCase(), capitalisation(word)) : casingBits(word.lowerText, word.cap))))
}

function caseOfBits(bits: ArrayLike<number>): SentenceCase {
  let letterWords = 0
  let upper = 0
  let content = 0
  let initial = 0
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i]
    if (b & LETTER_WORD) letterWords++
    if (b & UPPER_WORD) upper++
    if (b & CONTENT_WORD) content++
    if (b & INITIAL_CAPITAL) initial++
  }
  if (letterWords > 0 && upper >= 0.8 * letterWords) return 'upper'
  if (content >= 3 && initial >= 0.85 * content) return 'title'
  return 'mixed'
}

/**
 * Finds runs of capitalised words, joined by connectors such as "of" ("Ministry of Defence"):
 * for each word in a run, the run's first word (`start`) and one past its last (`end`); `end` is 0
 * for words outside runs. The arrays may be passed in, to be reused; they may be longer than the sentence. A run's last word (its head: Forces, Ministry, Party) hints at its type
 * even when the run is longer than the context window.
 */
function capitalisedRuns(infos: readonly WordInfo[], start: Int32Array = new Int32Array(infos.length), end: Int32Array = new Int32Array(infos.length)): { start: Int32Array; end: Int32Array } {
  const n = infos.length
  end.fill(0, 0, n)
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

// The words beyond either end of a sentence, as the context features see them.
const BEYOND_START = withMixedTemplates({ lower: START, short: START, cap: 'none', key: '', lowerText: '', gazetteerEntry: 0, gazetteerWord: NO_NAME_WORD, casing: 0, own: [], cased: [], fine: -1 })
const BEYOND_END = withMixedTemplates({ lower: END, short: END, cap: 'none', key: '', lowerText: '', gazetteerEntry: 0, gazetteerWord: NO_NAME_WORD, casing: 0, own: [], cased: [], fine: -1 })

/**
 * The word that context features see at position `at` of a sentence of `infos`: the word itself, or
 * a sentence-boundary mark beyond either end.
 */
export function wordAt(infos: readonly WordInfo[], at: number): WordInfo {
  return at < 0 ? BEYOND_START : at >= infos.length ? BEYOND_END : infos[at]
}

/** Typed arrays kept from one sentence to the next: allocating them costs more than using them. */
class Scratch {
  private readonly arrays = new Map<string, Int32Array>()

  /** An array named `name` of at least `size` numbers, with whatever it held before. */
  ints(name: string, size: number): Int32Array {
    let array = this.arrays.get(name)
    if (!array || array.length < size) {
      array = new Int32Array(Math.max(size, 2 * (array?.length ?? 32)))
      this.arrays.set(name, array)
    }
    return array
  }
}

/** A growing list of feature buckets. */
class BucketList {
  buckets = new Int32Array(64)
  count = 0
  constructor(private readonly bits: number) {}

  add(hash: number): void {
    if (this.count === this.buckets.length) {
      const grown = new Int32Array(this.buckets.length * 2)
      grown.set(this.buckets)
      this.buckets = grown
    }
    this.buckets[this.count++] = bucketOf(hash, this.bits)
  }
}

/**
 * Adds the features that word `w`, `distance` places after the token (before it when negative),
 * gives that token: for the token itself the bias, the casing, its own features (with `withOwn`) and
 * its cased shape; for a neighbour its lower-case form and short shape at that distance. These
 * depend on one word and the sentence's casing only, so their scores can be kept per word.
 */
function addWordFeatures(out: BucketList, w: WordInfo, distance: number, mode: SentenceMode, withOwn: boolean): void {
  if (distance === 0) {
    out.add(T.bias)
    out.add(MODE_FEATURE[mode])
    if (withOwn) for (const f of w.own) out.add(f)
    for (const f of w.cased) out.add(mix(f, mode))
  } else {
    out.add(mix(LOWER_AT[distance + 2], w.lower))
    out.add(mix(mix(SHORT_AT[distance + 2], w.short), mode))
    if (w.fine >= 0 && (distance === -1 || distance === 1)) out.add(mix(CLUSTER_AT[distance + 2], w.fine))
  }
}

/** A sentence's words as the features see them: per-word hashes, casing, gazetteer marks and capitalised runs. */
interface SentenceView {
  infos: readonly WordInfo[]
  mode: SentenceMode
  marks: Int32Array
  runs: { start: Int32Array; end: Int32Array } | null
}

/**
 * Adds the features of token `i` that combine several words: bigrams and trigrams, the sentence's
 * first word, the capitalised run the token is in, and gazetteer matches around it.
 */
function addContextFeatures(out: BucketList, { infos, mode, marks, runs }: SentenceView, i: number): void {
  const n = infos.length
  const w = infos[i]
  const left = wordAt(infos, i - 1)
  const right = wordAt(infos, i + 1)
  // Each template is mixed with the words' hashes in turn: the first mixes are kept per word.
  out.add(mix(left.beforeBigram, w.lower))
  out.add(mix(w.selfBigram, right.lower))
  out.add(mix(left.beforeShort, w.short))
  out.add(mix(w.selfShort, right.lower))
  out.add(mix(mix(mix(left.beforeTrigram, w.short), right.short), mode))
  if (i === 0) out.add(mix(w.selfFirst, mode))
  if (runs && runs.end[i] > 0) {
    const start = runs.start[i]
    const end = runs.end[i]
    const position = i === start ? (end - start === 1 ? 0 : 1) : i === end - 1 ? 2 : 3
    out.add(mix(infos[end - 1].selfRunHead, position))
    out.add(infos[start].selfRunFirst)
    out.add(RUN_SHAPE[position][Math.min(end - start, 5)])
    if (end - start > 1 && marks[end - 1] !== 0) addMarks(out, marks[end - 1], MARK_RUN_HEAD, position)
  }
  if (marks[i] !== 0) {
    addMarks(out, marks[i], MARK_GAZETTEER, 0)
    addMarks(out, marks[i], MARK_CASE, CAP_IN_MODE[CAP_ID[w.cap]][mode])
  }
  if (i > 0 && marks[i - 1] !== 0) addMarks(out, marks[i - 1], MARK_AT, 1)
  if (i + 1 < n && marks[i + 1] !== 0) addMarks(out, marks[i + 1], MARK_AT, 2)
}

// `template` holds a gazetteer template mixed with each mark bit.
function addMarks(out: BucketList, mask: number, template: readonly number[], context: number): void {
  for (let bit = 0; mask !== 0 && bit < MARK_BITS; bit++) {
    if ((mask & (1 << bit)) === 0) continue
    out.add(mix(template[bit], context))
    mask &= ~(1 << bit)
  }
}

/** Feature buckets of a sentence: token `t`'s are `buckets[offsets[t]]` up to `buckets[offsets[t + 1]]`. */
export interface SentenceBuckets {
  buckets: Int32Array
  offsets: Int32Array
}

/**
 * Turns a sentence's words into hashed feature buckets, token by token: the word, its lower-case
 * form, shape, prefixes and suffixes, its word clusters (alone and with its capitalisation), the
 * words and shapes two to each side and the clusters of the words next to it, gazetteer matches, and
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
  /** word clusters read as features of a word and of its neighbours (none for a model trained without) */
  readonly clusters: WordClusters
  private readonly cache = new Map<string, WordInfo>()
  private readonly out: BucketList
  private readonly scratch = new Scratch()

  constructor(bits: number, gazetteer: Gazetteer, clusters: WordClusters = NO_CLUSTERS) {
    this.bits = bits
    this.gazetteer = gazetteer
    this.clusters = clusters
    this.out = new BucketList(bits)
  }

  /** The bucket of the transition feature for the label before (`previous` = number of labels at the start). */
  transitionBucket(previous: number): number {
    return bucketOf(mix(T.transition, previous), this.bits)
  }

  /**
   * The feature buckets of every word. The arrays are reused by the next call: copy them to keep them.
   * With `withOwn` false, the features that depend on the word alone ({@link ownBuckets}) are left out,
   * for a caller that keeps their scores per word.
   */
  extract(words: readonly string[], withOwn = true): SentenceBuckets {
    const view = this.view(words.map((w) => this.info(w)))
    const { out } = this
    const n = words.length
    const offsets = new Int32Array(n + 1)
    out.count = 0
    for (let i = 0; i < n; i++) {
      offsets[i] = out.count
      addWordFeatures(out, view.infos[i], 0, view.mode, withOwn)
      for (let d = -2; d <= 2; d++) if (d !== 0) addWordFeatures(out, wordAt(view.infos, i + d), d, view.mode, false)
      addContextFeatures(out, view, i)
    }
    offsets[n] = out.count
    return { buckets: out.buckets.subarray(0, out.count), offsets }
  }

  /**
   * The buckets of the features that combine several words (see {@link wordBuckets} for the others),
   * for words already looked up with {@link info}; with the sentence's casing. The arrays are reused
   * by the next call.
   */
  contextBuckets(infos: readonly WordInfo[]): SentenceBuckets & { mode: SentenceMode } {
    const view = this.view(infos, this.scratch)
    const { out } = this
    const n = infos.length
    const offsets = this.scratch.ints('offsets', n + 1).subarray(0, n + 1)
    out.count = 0
    for (let i = 0; i < n; i++) {
      offsets[i] = out.count
      addContextFeatures(out, view, i)
    }
    offsets[n] = out.count
    return { buckets: out.buckets.subarray(0, out.count), offsets, mode: view.mode }
  }

  /**
   * The buckets of the features word `w` gives the token `distance` places before it (−2 to 2; 0 for
   * the word itself, its own features included) in a sentence cased as `mode`. With
   * {@link contextBuckets} they make up all of {@link extract}'s features.
   */
  wordBuckets(w: WordInfo, distance: number, mode: SentenceMode): Int32Array {
    const list = new BucketList(this.bits)
    addWordFeatures(list, w, distance, mode, true)
    return list.buckets.slice(0, list.count)
  }

  /** The buckets of the features that depend on the word alone, whatever its sentence. */
  ownBuckets(word: string): number[] {
    return this.info(word).own.map((f) => bucketOf(f, this.bits))
  }

  /** What the features need of a word, computed once per distinct word. */
  info(word: string): WordInfo {
    let info = this.cache.get(word)
    if (info) return info
    const lower = word.toLowerCase()
    const lowerHash = hash(lower)
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
    const own = [mix(T.word, hash(word)), mix(T.lower, lowerHash), mix(mix(T.length, Math.min(letters, 12)), CAP_ID[cap])]
    for (let k = 1; k <= 4 && k < length; k++) {
      own.push(mix(mix(T.prefix, k), hash(affix(0, k))))
      own.push(mix(mix(T.suffix, k), hash(affix(length - k, length))))
    }
    const short = hash(shortShape(word))
    const key = gazetteerKey(word)
    const clusters = this.clusters.get(lower)
    if (clusters) {
      own.push(mix(T.cluster, clusters[1]), mix(T.clusterCoarse, clusters[0]), mix(mix(T.clusterCap, clusters[1]), CAP_ID[cap]))
    }
    info = withMixedTemplates({
      lower: lowerHash,
      short,
      cap,
      key,
      lowerText: lower,
      gazetteerEntry: this.gazetteer.entryOf(key),
      gazetteerWord: this.gazetteer.wordOf(key),
      casing: casingBits(lower, cap),
      own,
      cased: [mix(T.shape, hash(wordShape(word))), mix(T.short, short), mix(T.capital, CAP_ID[cap])],
      fine: clusters ? clusters[1] : -1,
    })
    // Bounded so that tagging an endless stream of new words does not grow memory without limit.
    if (this.cache.size >= 100_000) this.cache.clear()
    this.cache.set(word, info)
    return info
  }

  // The sentence as the features see it; with `scratch`, in arrays reused by the next call.
  private view(infos: readonly WordInfo[], scratch?: Scratch): SentenceView {
    const n = infos.length
    const keys = new Array<string>(n)
    const entries = scratch ? scratch.ints('entries', n) : new Int32Array(n)
    const words = scratch ? scratch.ints('words', n) : new Int32Array(n)
    const casing = scratch ? scratch.ints('casing', n).subarray(0, n) : new Int32Array(n)
    for (let i = 0; i < n; i++) {
      keys[i] = infos[i].key
      entries[i] = infos[i].gazetteerEntry
      words[i] = infos[i].gazetteerWord
      casing[i] = infos[i].casing
    }
    const mode = MODE_ID[caseOfBits(casing)]
    const marks = this.gazetteer.marks(keys, entries, scratch?.ints('marks', n), words)
    const runs = mode !== MODE_ID.mixed ? null : scratch ? capitalisedRuns(infos, scratch.ints('start', n), scratch.ints('end', n)) : capitalisedRuns(infos)
    return { infos, mode, marks, runs }
  }
}
