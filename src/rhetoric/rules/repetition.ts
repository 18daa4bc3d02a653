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
  // Lines are first grouped by a cheap shape (token count, first and last token); only lines that
  // share a shape are compared in full.
  const byShape = new Map<string, number[]>()
  lines.forEach(([from, to], k) => {
    const shape = `${to - from} ${tokens[from].text} ${tokens[to - 1].text}`
    const list = byShape.get(shape)
    if (list) list.push(k)
    else byShape.set(shape, [k])
  })
  for (const group of byShape.values()) {
    if (group.length < 2) continue
    const counts = new Map<string, number[]>()
    for (const k of group) {
      const key = lineText(lines[k])
      const list = counts.get(key)
      if (list) list.push(k)
      else counts.set(key, [k])
    }
    for (const same of counts.values()) if (same.length > 1) for (const k of same) out.fill(1, lines[k][0], lines[k][1])
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

/** Pair keys pack two word ids into one small integer while the document has fewer distinct words than this. */
const PAIR_SPAN = 1 << 15

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
  const wordIds = new Map<string, number>()
  const wordLemma: number[] = []
  const wordContent: number[] = []
  const lemmaNumbers = new Map<string, number>()
  let block = 0
  for (let i = 0; i < n; i++) {
    const t = tokens[i]
    if (i > 0 && t.lineStart) block++
    sentence[i] = block
    if (t.kind !== 'word') {
      if (t.kind === 'punct' && SENTENCE_END.has(t.text)) block++
      continue
    }
    if (furniture[i] || excluded?.[i]) continue
    const key = context.keys?.[i] ?? cueKey(t.text)
    let id = wordIds.get(key)
    if (id === undefined) {
      id = wordIds.size
      wordIds.set(key, id)
      const base = lemma(key)
      let lemmaId = lemmaNumbers.get(base)
      if (lemmaId === undefined) lemmaNumbers.set(base, (lemmaId = lemmaNumbers.size))
      wordLemma.push(lemmaId)
      const stop = settings.stopWords.has(key) || settings.stopWords.has(base)
      wordContent.push(!stop && key.length >= settings.minWordLength && hasLetter(key) ? 1 : 0)
    }
    ids[i] = id
    lemmaIds[i] = wordLemma[id]
    isContent[i] = wordContent[id]
  }

  // A phrase can only repeat where each of its word pairs repeats: count pairs first, extend only those.
  const minPhrase = Math.min(settings.minPhraseCount, settings.minCuePhraseCount)
  const joined = (i: number) => ids[i] >= 0 && ids[i + 1] >= 0 && sentence[i + 1] === sentence[i]
  const pairCount = new Int32Array(n)
  if (wordIds.size < PAIR_SPAN) {
    const pairs = new Map<number, number>()
    for (let i = 0; i + 1 < n; i++) if (joined(i)) pairs.set(ids[i] * PAIR_SPAN + ids[i + 1], (pairs.get(ids[i] * PAIR_SPAN + ids[i + 1]) ?? 0) + 1)
    for (let i = 0; i + 1 < n; i++) if (joined(i)) pairCount[i] = pairs.get(ids[i] * PAIR_SPAN + ids[i + 1]) ?? 0
  } else {
    const pairs = new Map<string, number>()
    for (let i = 0; i + 1 < n; i++) if (joined(i)) pairs.set(`${ids[i]} ${ids[i + 1]}`, (pairs.get(`${ids[i]} ${ids[i + 1]}`) ?? 0) + 1)
    for (let i = 0; i + 1 < n; i++) if (joined(i)) pairCount[i] = pairs.get(`${ids[i]} ${ids[i + 1]}`) ?? 0
  }

  // Phrases are keyed by a hash of their word ids; a phrase that collides with another under one
  // key is told apart by comparing ids with the first occurrence stored there.
  const phrases = new Map<number, Array<{ length: number; starts: number[] }>>()
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
      if (phrase) phrase.starts.push(i)
      else if (bucket) bucket.push({ length: len, starts: [i] })
      else phrases.set(key, [{ length: len, starts: [i] }])
    }
  }

  const out: Repeat[] = []
  const covered = new Uint8Array(n)
  const ranked = [...phrases.values()].flat().filter((p) => p.starts.length >= minPhrase).sort((a, b) => b.length - a.length || a.starts[0] - b.starts[0])
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

  // Words: count each lemma first, then gather the positions of those counted often enough.
  const lemmaCount = new Int32Array(lemmaNumbers.size)
  let contentTokens = 0
  for (let i = 0; i < n; i++) {
    if (!isContent[i]) continue
    contentTokens++
    lemmaCount[lemmaIds[i]]++
  }
  let contentLemmas = 0
  for (let l = 0; l < lemmaCount.length; l++) if (lemmaCount[l] > 0) contentLemmas++
  const average = contentLemmas === 0 ? 0 : contentTokens / contentLemmas
  const wordThreshold = Math.max(settings.minWordCount, Math.ceil(settings.wordRatio * average))
  const lowest = Math.min(wordThreshold, settings.minCueWordCount)
  const positions = new Map<number, number[]>()
  for (let i = 0; i < n; i++) {
    if (!isContent[i] || lemmaCount[lemmaIds[i]] < lowest) continue
    const list = positions.get(lemmaIds[i])
    if (list) list.push(i)
    else positions.set(lemmaIds[i], [i])
  }
  for (const at of positions.values()) {
    const salient = at.some(cue)
    if (at.length < (salient ? settings.minCueWordCount : wordThreshold)) continue
    at.forEach((i, k) => {
      if (k > 0 && !covered[i]) out.push({ kind: salient ? 'cue-word' : 'word', first: i, last: i + 1, occurrence: k + 1, count: at.length })
    })
  }
  return out.sort((a, b) => a.first - b.first || a.last - b.last)
}
