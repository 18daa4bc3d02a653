import type { Token } from '../../text/types.ts'
import { ownWordIds, type Vocabulary, type WordIds } from '../../text/vocabulary.ts'
import { cueKey } from '../lexicon/cue-key.ts'
import { IntNumbering } from '../lexicon/numbering.ts'
import type { RepetitionSettings } from './repetition-settings.ts'

/** A repeated occurrence of a word or phrase: tokens `first`..`last` (exclusive). */
export interface Repeat {
  /** a content word or a phrase; `cue-` when it holds a word that is itself a lexicon cue */
  kind: 'word' | 'cue-word' | 'phrase' | 'cue-phrase'
  first: number
  last: number
  /** which occurrence this is, counting from 1 (the first is never reported) */
  occurrence: number
  /** how many times the word or phrase occurs in the document */
  count: number
}

/** What the detector should leave out or treat as salient, by token index. */
export interface RepetitionContext {
  /** tokens of the document's main named entities (1 = leave out): names recur in every article */
  excluded?: Uint8Array
  /** tokens that are themselves lexicon cues (loaded words, labels; 1 = cue): salient sooner */
  cue?: Uint8Array
  /** the text the tokens come from, to compare lines cheaply */
  text?: string
  /** the tokens' ids in the shared vocabulary (the engine's `ctx.words`); read into a vocabulary of their own when not given */
  words?: WordIds
}

const SENTENCE_END = new Set(['.', '!', '?', '…'])
/** A line of at least this many tokens that recurs word for word is page furniture (captions, polls, bylines). */
const FURNITURE_TOKENS = 3

/** Tokens on lines that recur word for word: "Hide caption", a poll question, a repeated byline. */
function furnitureTokens(tokens: readonly Token[], text: string | undefined, ids: Int32Array): Uint8Array {
  const out = new Uint8Array(tokens.length)
  const lines: Array<[from: number, to: number]> = []
  for (let i = 0; i < tokens.length; ) {
    let j = i + 1
    while (j < tokens.length && !tokens[j].lineStart) j++
    if (j - i >= FURNITURE_TOKENS) lines.push([i, j])
    i = j
  }
  if (lines.length < 2) return out
  const lineText = ([from, to]: [number, number]) =>
    text === undefined ? tokens.slice(from, to).map((t) => t.text).join(' ') : text.slice(tokens[from].start, tokens[to - 1].end)
  // Lines are first grouped by a hash of a cheap shape (token count, first and last word); only lines
  // in one group are compared in full, by shape and text, since two shapes may share a hash.
  const byShape = new Map<number, number[]>()
  lines.forEach(([from, to], k) => {
    const shape = mixIds(mixIds(to - from, ids[from]), ids[to - 1])
    const list = byShape.get(shape)
    if (list) list.push(k)
    else byShape.set(shape, [k])
  })
  for (const group of byShape.values()) {
    if (group.length < 2) continue
    const counts = new Map<string, number[]>()
    for (const k of group) {
      const [from, to] = lines[k]
      const key = `${to - from} ${ids[from]} ${ids[to - 1]} ${lineText(lines[k])}`
      const list = counts.get(key)
      if (list) list.push(k)
      else counts.set(key, [k])
    }
    for (const same of counts.values()) if (same.length > 1) for (const k of same) out.fill(1, lines[k][0], lines[k][1])
  }
  return out
}

/** A 30-bit hash of two integers, order significant. */
function mixIds(a: number, b: number): number {
  const h = Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b)
  return (h ^ (h >>> 15)) & 0x3fffffff
}

/**
 * The table `pairCounts` counts in, kept from one document to the next, which leaves it empty: per
 * slot, side by side, the pair's first word (-1: empty), its second word and its count.
 */
let pairTable = new Int32Array(0)

/**
 * How often each pair of adjacent words occurs within a sentence: for token i, the count of the pair
 * (i, i + 1), 0 where either is not a counted word (id -1) or a sentence ends between them. Counted
 * in an open-addressing table of typed arrays, so no key is allocated per token.
 */
function pairCounts(ids: Int32Array, sentence: Int32Array): Int32Array {
  const n = ids.length
  // Only as much of the table is used as this document needs, for locality after a long document.
  let size = 256
  while (size < 2 * n) size *= 2
  if (pairTable.length < 3 * size) pairTable = new Int32Array(3 * size).fill(-1)
  const table = pairTable
  const mask = size - 1
  const slots = new Int32Array(n).fill(-1)
  for (let i = 0; i + 1 < n; i++) {
    const a = ids[i]
    const b = ids[i + 1]
    if (a < 0 || b < 0 || sentence[i + 1] !== sentence[i]) continue
    let slot = mixIds(a, b) & mask
    while (table[3 * slot] !== -1 && (table[3 * slot] !== a || table[3 * slot + 1] !== b)) slot = (slot + 1) & mask
    table[3 * slot] = a
    table[3 * slot + 1] = b
    table[3 * slot + 2] = table[3 * slot + 2] === -1 ? 1 : table[3 * slot + 2] + 1
    slots[i] = slot
  }
  const out = new Int32Array(n)
  for (let i = 0; i + 1 < n; i++) if (slots[i] >= 0) out[i] = table[3 * slots[i] + 2]
  for (let i = 0; i + 1 < n; i++) {
    if (slots[i] < 0) continue
    table[3 * slots[i]] = -1
    table[3 * slots[i] + 1] = -1
    table[3 * slots[i] + 2] = -1
  }
  return out
}

/** 'aliens' and 'alien' count as one word. */
function lemma(key: string): string {
  const n = key.length
  if (n > 4 && key.endsWith('ies')) return key.slice(0, -3) + 'y'
  if (n > 4 && key.endsWith('s') && !key.endsWith('ss') && !key.endsWith('us') && !key.endsWith('is')) return key.slice(0, -1)
  return key
}

/** Whether a lower-case key holds a letter: a–z, or any character beyond ASCII (checked properly only then). */
function hasLetter(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    if (c >= 97 && c <= 122) return true
    if (c >= 128) return /\p{L}/u.test(key)
  }
  return false
}

/** Marks a token text that ends a sentence, in the low bit of a word's first number (see `RepetitionWords.words`). */
const SENTENCE_END_BIT = 1

/**
 * What the detector knows about words, worked out once for all documents read into one generation of
 * a vocabulary: each distinct `cueKey` gets a key number, its lemma a lemma number, and whether it is a
 * content word under the settings. Documents then compare numbers instead of strings. What a word
 * needs sits side by side in one array, so that it costs one memory access.
 */
class RepetitionWords {
  readonly #keys = new Map<string, number>()
  /** per key number: its lemma number times two, plus 1 for a content word */
  readonly #keyFacts: number[] = []
  readonly #lemmas = new Map<string, number>()
  /**
   * per word id, two numbers: its key number times two plus `SENTENCE_END_BIT` for a text that ends a
   * sentence, then its key's facts (lemma number times two, plus 1 for a content word); -1 until met
   */
  words = new Int32Array(0)

  constructor(
    readonly settings: RepetitionSettings,
    readonly vocabulary: Vocabulary,
    readonly generation: number,
  ) {}

  /** Makes room for every word of the vocabulary; returns the table of word numbers. */
  startDocument(): Int32Array {
    if (this.words.length < 2 * this.vocabulary.size) {
      const grown = new Int32Array(Math.max(2 * this.vocabulary.size, 2 * this.words.length)).fill(-1)
      grown.set(this.words)
      this.words = grown
    }
    return this.words
  }

  /** Works out the numbers of word `id`, a token text. */
  describe(id: number, text: string): void {
    const key = cueKey(text)
    let number = this.#keys.get(key)
    if (number === undefined) {
      number = this.#keys.size
      this.#keys.set(key, number)
      const base = lemma(key)
      let lemmaId = this.#lemmas.get(base)
      if (lemmaId === undefined) this.#lemmas.set(base, (lemmaId = this.#lemmas.size))
      const { stopWords, minWordLength } = this.settings
      const stop = stopWords.has(key) || stopWords.has(base)
      this.#keyFacts.push((lemmaId << 1) | (!stop && key.length >= minWordLength && hasLetter(key) ? 1 : 0))
    }
    this.words[2 * id] = (number << 1) | (SENTENCE_END.has(text) ? SENTENCE_END_BIT : 0)
    this.words[2 * id + 1] = this.#keyFacts[number]
  }
}

const tables = new WeakMap<RepetitionSettings, RepetitionWords>()
const lemmaNumbering = new IntNumbering()

/** The word table for these settings and the vocabulary of `words`, made anew when either has changed. */
function repetitionWords(settings: RepetitionSettings, words: WordIds): RepetitionWords {
  if (words.generation !== words.vocabulary.generation) throw new Error('findRepetitions: the word ids are of an earlier generation of their vocabulary; read the tokens again')
  let table = tables.get(settings)
  const current =
    table !== undefined &&
    table.vocabulary === words.vocabulary &&
    table.generation === words.generation &&
    table.settings.stopWords === settings.stopWords &&
    table.settings.minWordLength === settings.minWordLength
  if (!current) tables.set(settings, (table = new RepetitionWords({ ...settings }, words.vocabulary, words.generation)))
  return table as RepetitionWords
}

/**
 * Finds words and phrases a document repeats beyond what is normal for it, and returns every
 * occurrence after the first. A content word is repeated when it occurs at least `minWordCount`
 * times and `wordRatio` times the document's average count per content word (`minCueWordCount` for
 * words that are lexicon cues); a phrase of 2 to `maxPhraseTokens` words, within a sentence and
 * ending in a content word, when it occurs `minPhraseCount` times (`minCuePhraseCount` when it holds
 * a lexicon cue). Stop words and the tokens of
 * excluded names never count, nor do lines that recur word for word (page furniture). Words inside a
 * repeated phrase are reported with the phrase only.
 *
 * @example
 * findRepetitions(tokenize('Illegal aliens came. Illegal aliens stayed. Illegal aliens left.'), settings)
 * // the phrase "Illegal aliens", occurrences 2 and 3
 */
export function findRepetitions(tokens: readonly Token[], settings: RepetitionSettings, context: RepetitionContext = {}): Repeat[] {
  const { excluded, cue } = context
  const n = tokens.length
  const words = context.words ?? ownWordIds(tokens)
  if (words.ids.length !== n) throw new Error(`findRepetitions: ${words.ids.length} word ids for ${n} tokens`)
  const table = repetitionWords(settings, words)
  const facts = table.startDocument()
  const { vocabulary } = words
  const wordIds = words.ids
  const ids = new Int32Array(n).fill(-1)
  const lemmaIds = new Int32Array(n).fill(-1)
  const isContent = new Uint8Array(n)
  const sentence = new Int32Array(n)
  const furniture = furnitureTokens(tokens, context.text, wordIds)
  let block = 0
  for (let i = 0; i < n; i++) {
    const t = tokens[i]
    if (i > 0 && t.lineStart) block++
    sentence[i] = block
    const at = 2 * wordIds[i]
    if (facts[at] < 0) table.describe(wordIds[i], vocabulary.text(wordIds[i]))
    if (t.kind !== 'word') {
      if (t.kind === 'punct' && (facts[at] & SENTENCE_END_BIT) !== 0) block++
      continue
    }
    if (furniture[i] || excluded?.[i]) continue
    ids[i] = facts[at] >> 1
    lemmaIds[i] = facts[at + 1] >> 1
    isContent[i] = facts[at + 1] & 1
  }

  // A phrase can only repeat where each of its word pairs repeats: count pairs first, extend only those.
  const minPhrase = Math.min(settings.minPhraseCount, settings.minCuePhraseCount)
  const pairCount = pairCounts(ids, sentence)

  // Phrases are keyed by a hash of their word ids; a phrase that collides with another under one
  // key is told apart by comparing ids with the first occurrence stored there.
  const phrases = new Map<number, Array<{ length: number; starts: number[] }>>()
  const found: Array<{ length: number; starts: number[] }> = []
  const samePhrase = (a: number, b: number, length: number) => {
    for (let k = 0; k < length; k++) if (ids[a + k] !== ids[b + k]) return false
    return true
  }
  for (let i = 0; i + 1 < n; i++) {
    if (pairCount[i] < minPhrase) continue
    let hash = ids[i] | 0
    let contentWords = isContent[i]
    for (let len = 2; len <= settings.maxPhraseTokens; len++) {
      const j = i + len - 1
      if (j >= n || pairCount[j - 1] < minPhrase) break
      hash = (Math.imul(hash, 0x01000193) ^ ids[j]) | 0
      contentWords += isContent[j]
      if (!isContent[j] || !(isContent[i] ? contentWords >= 2 : len >= 3)) continue
      const key = (hash ^ Math.imul(len, 0x9e3779b1)) & 0x3fffffff
      const bucket = phrases.get(key)
      const phrase = bucket?.find((p) => p.length === len && samePhrase(p.starts[0], i, len))
      if (phrase) {
        phrase.starts.push(i)
        continue
      }
      const added = { length: len, starts: [i] }
      found.push(added)
      if (bucket) bucket.push(added)
      else phrases.set(key, [added])
    }
  }

  const out: Repeat[] = []
  const covered = new Uint8Array(n)
  const ranked = found.filter((p) => p.starts.length >= minPhrase).sort((a, b) => b.length - a.length || a.starts[0] - b.starts[0])
  for (const { length, starts } of ranked) {
    let lastEnd = -1
    const distinct = starts.filter((s) => (s >= lastEnd ? ((lastEnd = s + length), true) : false))
    if (distinct.length < minPhrase) continue
    let salient = false
    for (let t = distinct[0]; t < distinct[0] + length && !salient; t++) salient = cue?.[t] === 1
    if (distinct.length < (salient ? settings.minCuePhraseCount : settings.minPhraseCount)) continue
    distinct.forEach((s, k) => {
      if (k === 0) return
      let inside = true
      for (let t = s; t < s + length && inside; t++) inside = covered[t] === 1
      if (inside) return
      for (let t = s; t < s + length; t++) covered[t] = 1
      out.push({ kind: salient ? 'cue-phrase' : 'phrase', first: s, last: s + length, occurrence: k + 1, count: distinct.length })
    })
  }

  // Words: number this document's content lemmas 0, 1, 2 …, count each (and whether one of its
  // tokens is a cue), then mark each occurrence after the first of those counted often enough.
  lemmaNumbering.start(n)
  let contentTokens = 0
  for (let i = 0; i < n; i++) {
    if (!isContent[i]) continue
    contentTokens++
    lemmaIds[i] = lemmaNumbering.number(lemmaIds[i])
  }
  const contentLemmas = lemmaNumbering.count
  const lemmaCount = new Int32Array(contentLemmas)
  const lemmaSeen = new Int32Array(contentLemmas)
  const lemmaCue = new Uint8Array(contentLemmas)
  for (let i = 0; i < n; i++) {
    if (!isContent[i]) continue
    lemmaCount[lemmaIds[i]]++
    if (cue?.[i] === 1) lemmaCue[lemmaIds[i]] = 1
  }
  const average = contentLemmas === 0 ? 0 : contentTokens / contentLemmas
  const wordThreshold = Math.max(settings.minWordCount, Math.ceil(settings.wordRatio * average))
  for (let i = 0; i < n; i++) {
    if (!isContent[i]) continue
    const l = lemmaIds[i]
    const count = lemmaCount[l]
    const salient = lemmaCue[l] === 1
    if (count < (salient ? settings.minCueWordCount : wordThreshold)) continue
    const occurrence = ++lemmaSeen[l]
    if (occurrence > 1 && !covered[i]) out.push({ kind: salient ? 'cue-word' : 'word', first: i, last: i + 1, occurrence, count })
  }
  // Every repeat has its own span, so this order is the same whatever order they were found in.
  return out.sort((a, b) => a.first - b.first || a.last - b.last)
}
