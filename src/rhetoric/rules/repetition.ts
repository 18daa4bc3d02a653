import type { Token } from '../../text/types.ts'
import { cueKey } from '../lexicon/cue-key.ts'
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
  /** tokens that are themselves lexicon cues (loaded words, labels): salient sooner */
  cue?: (token: number) => boolean
  /** the text the tokens come from, to compare lines cheaply */
  text?: string
  /** the tokens' `cueKey`s, when the caller has them already */
  keys?: readonly string[]
}

const SENTENCE_END = new Set(['.', '!', '?', '…'])
/** A line of at least this many tokens that recurs word for word is page furniture (captions, polls, bylines). */
const FURNITURE_TOKENS = 3

/** Tokens on lines that recur word for word: "Hide caption", a poll question, a repeated byline. */
function furnitureTokens(tokens: readonly Token[], text: string | undefined): Uint8Array {
  const lines: Array<[from: number, to: number]> = []
  for (let i = 0; i < tokens.length; ) {
    let j = i + 1
    while (j < tokens.length && !tokens[j].lineStart) j++
    if (j - i >= FURNITURE_TOKENS) lines.push([i, j])
    i = j
  }
  const out = new Uint8Array(tokens.length)
  if (lines.length < 2) return out
  const keyOf = ([from, to]: [number, number]) =>
    text === undefined ? tokens.slice(from, to).map((t) => t.text).join(' ') : text.slice(tokens[from].start, tokens[to - 1].end)
  const seen = new Map<string, number>()
  const keys = lines.map(keyOf)
  for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1)
  lines.forEach(([from, to], k) => {
    if ((seen.get(keys[k]) ?? 0) > 1) out.fill(1, from, to)
  })
  return out
}

/** 'aliens' and 'alien' count as one word. */
function lemma(key: string): string {
  const n = key.length
  if (n > 4 && key.endsWith('ies')) return key.slice(0, -3) + 'y'
  if (n > 4 && key.endsWith('s') && !key.endsWith('ss') && !key.endsWith('us') && !key.endsWith('is')) return key.slice(0, -1)
  return key
}

function push<K>(map: Map<K, number[]>, key: K, at: number): void {
  const list = map.get(key)
  if (list) list.push(at)
  else map.set(key, [at])
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
  const { excluded, cue = () => false } = context
  const n = tokens.length
  const ids = new Int32Array(n).fill(-1)
  const lemmaIds = new Int32Array(n).fill(-1)
  const isContent = new Uint8Array(n)
  const sentence = new Int32Array(n)
  const furniture = furnitureTokens(tokens, context.text)
  const wordIds = new Map<string, { id: number; lemma: number; content: boolean }>()
  const lemmaNumbers = new Map<string, number>()
  let block = 0
  for (let i = 0; i < n; i++) {
    const t = tokens[i]
    if (i > 0 && t.lineStart) block++
    sentence[i] = block
    if (t.kind === 'punct' && SENTENCE_END.has(t.text)) block++
    if (t.kind !== 'word' || furniture[i] || excluded?.[i]) continue
    const key = context.keys?.[i] ?? cueKey(t.text)
    let word = wordIds.get(key)
    if (!word) {
      const base = lemma(key)
      const stop = settings.stopWords.has(key) || settings.stopWords.has(base)
      let lemmaId = lemmaNumbers.get(base)
      if (lemmaId === undefined) lemmaNumbers.set(base, (lemmaId = lemmaNumbers.size))
      word = { id: wordIds.size, lemma: lemmaId, content: !stop && key.length >= settings.minWordLength && /\p{L}/u.test(key) }
      wordIds.set(key, word)
    }
    ids[i] = word.id
    lemmaIds[i] = word.lemma
    if (word.content) isContent[i] = 1
  }

  // A phrase can only repeat where each of its word pairs repeats: count pairs first, extend only those.
  const joined = (i: number) => i + 1 < n && ids[i] >= 0 && ids[i + 1] >= 0 && sentence[i + 1] === sentence[i]
  const pairs = new Map<number, Map<number, number>>()
  for (let i = 0; i + 1 < n; i++) {
    if (!joined(i)) continue
    let next = pairs.get(ids[i])
    if (!next) pairs.set(ids[i], (next = new Map()))
    next.set(ids[i + 1], (next.get(ids[i + 1]) ?? 0) + 1)
  }
  const minPhrase = Math.min(settings.minPhraseCount, settings.minCuePhraseCount)
  const repeatedPair = (i: number) => joined(i) && (pairs.get(ids[i])?.get(ids[i + 1]) ?? 0) >= minPhrase
  const phrases = new Map<string, { length: number; starts: number[] }>()
  for (let i = 0; i + 1 < n; i++) {
    if (!repeatedPair(i)) continue
    let key = String(ids[i])
    let contentWords = isContent[i]
    for (let len = 2; len <= settings.maxPhraseTokens; len++) {
      const j = i + len - 1
      if (!repeatedPair(j - 1)) break
      key += ',' + ids[j]
      contentWords += isContent[j]
      if (!isContent[j] || !(isContent[i] ? contentWords >= 2 : len >= 3)) continue
      const phrase = phrases.get(key)
      if (phrase) phrase.starts.push(i)
      else phrases.set(key, { length: len, starts: [i] })
    }
  }

  const out: Repeat[] = []
  const covered = new Uint8Array(n)
  const ranked = [...phrases.values()].filter((p) => p.starts.length >= minPhrase).sort((a, b) => b.length - a.length || a.starts[0] - b.starts[0])
  for (const { length, starts } of ranked) {
    let lastEnd = -1
    const distinct = starts.filter((s) => (s >= lastEnd ? ((lastEnd = s + length), true) : false))
    if (distinct.length < minPhrase) continue
    let salient = false
    for (let t = distinct[0]; t < distinct[0] + length && !salient; t++) salient = cue(t)
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

  const words = new Map<number, number[]>()
  let contentTokens = 0
  for (let i = 0; i < n; i++) {
    if (!isContent[i]) continue
    contentTokens++
    push(words, lemmaIds[i], i)
  }
  const average = words.size === 0 ? 0 : contentTokens / words.size
  const wordThreshold = Math.max(settings.minWordCount, Math.ceil(settings.wordRatio * average))
  const lowest = Math.min(wordThreshold, settings.minCueWordCount)
  for (const at of words.values()) {
    if (at.length < lowest) continue
    const salient = at.some(cue)
    if (at.length < (salient ? settings.minCueWordCount : wordThreshold)) continue
    at.forEach((i, k) => {
      if (k > 0 && !covered[i]) out.push({ kind: salient ? 'cue-word' : 'word', first: i, last: i + 1, occurrence: k + 1, count: at.length })
    })
  }
  return out.sort((a, b) => a.first - b.first || a.last - b.last)
}
