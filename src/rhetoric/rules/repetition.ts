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
  /** tokens of the document's main named entities: names recur in every article */
  excluded?: (token: number) => boolean
  /** tokens that are themselves lexicon cues (loaded words, labels): salient sooner */
  cue?: (token: number) => boolean
}

const SENTENCE_END = new Set(['.', '!', '?', '…'])
/** A line of at least this many tokens that recurs word for word is page furniture (captions, polls, bylines). */
const FURNITURE_TOKENS = 3

/** Tokens on lines that recur word for word: "Hide caption", a poll question, a repeated byline. */
function furnitureTokens(tokens: readonly Token[]): Uint8Array {
  const lines: Array<[from: number, to: number, key: string]> = []
  for (let i = 0; i < tokens.length; ) {
    let j = i + 1
    while (j < tokens.length && !tokens[j].lineStart) j++
    lines.push([i, j, tokens.slice(i, j).map((t) => t.text.toLowerCase()).join(' ')])
    i = j
  }
  const seen = new Map<string, number>()
  for (const [from, to, key] of lines) if (to - from >= FURNITURE_TOKENS) seen.set(key, (seen.get(key) ?? 0) + 1)
  const out = new Uint8Array(tokens.length)
  for (const [from, to, key] of lines) if ((seen.get(key) ?? 0) > 1) out.fill(1, from, to)
  return out
}

/** 'aliens' and 'alien' count as one word. */
function lemma(key: string): string {
  const n = key.length
  if (n > 4 && key.endsWith('ies')) return key.slice(0, -3) + 'y'
  if (n > 4 && key.endsWith('s') && !key.endsWith('ss') && !key.endsWith('us') && !key.endsWith('is')) return key.slice(0, -1)
  return key
}

function occurrencesOf<K>(map: Map<K, number[]>, key: K, at: number): void {
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
  const { excluded = () => false, cue = () => false } = context
  const n = tokens.length
  const keys: string[] = new Array(n)
  const isWord = new Uint8Array(n)
  const isContent = new Uint8Array(n)
  const sentence = new Int32Array(n)
  const furniture = furnitureTokens(tokens)
  let block = 0
  for (let i = 0; i < n; i++) {
    const t = tokens[i]
    if (i > 0 && t.lineStart) block++
    sentence[i] = block
    if (t.kind === 'punct' && SENTENCE_END.has(t.text)) block++
    if (t.kind !== 'word' || excluded(i) || furniture[i]) continue
    const key = cueKey(t.text)
    keys[i] = key
    isWord[i] = 1
    const stop = settings.stopWords.has(key) || settings.stopWords.has(lemma(key))
    if (!stop && key.length >= settings.minWordLength && /\p{L}/u.test(key)) isContent[i] = 1
  }

  const phrases = new Map<string, number[]>()
  for (let i = 0; i < n; i++) {
    if (!isWord[i]) continue
    let key = keys[i]
    let contentWords = isContent[i]
    for (let len = 2; len <= settings.maxPhraseTokens; len++) {
      const j = i + len - 1
      if (j >= n || !isWord[j] || sentence[j] !== sentence[i]) break
      key += ' ' + keys[j]
      contentWords += isContent[j]
      const shaped = isContent[j] && (isContent[i] ? contentWords >= 2 : len >= 3)
      if (shaped) occurrencesOf(phrases, key, i)
    }
  }

  const out: Repeat[] = []
  const covered = new Uint8Array(n)
  const ranked = [...phrases]
    .filter(([, starts]) => starts.length >= Math.min(settings.minPhraseCount, settings.minCuePhraseCount))
    .map(([key, starts]) => ({ length: key.split(' ').length, starts }))
    .sort((a, b) => b.length - a.length || a.starts[0] - b.starts[0])
  for (const { length, starts } of ranked) {
    let lastEnd = -1
    const distinct = starts.filter((s) => (s >= lastEnd ? ((lastEnd = s + length), true) : false))
    if (distinct.length < Math.min(settings.minPhraseCount, settings.minCuePhraseCount)) continue
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

  const words = new Map<string, number[]>()
  let contentTokens = 0
  for (let i = 0; i < n; i++) {
    if (!isContent[i]) continue
    contentTokens++
    occurrencesOf(words, lemma(keys[i]), i)
  }
  const average = words.size === 0 ? 0 : contentTokens / words.size
  const wordThreshold = Math.max(settings.minWordCount, Math.ceil(settings.wordRatio * average))
  for (const at of words.values()) {
    const salient = at.some(cue)
    const threshold = salient ? settings.minCueWordCount : wordThreshold
    if (at.length < threshold) continue
    at.forEach((i, k) => {
      if (k > 0 && !covered[i]) out.push({ kind: salient ? 'cue-word' : 'word', first: i, last: i + 1, occurrence: k + 1, count: at.length })
    })
  }
  return out.sort((a, b) => a.first - b.first || a.last - b.last)
}
