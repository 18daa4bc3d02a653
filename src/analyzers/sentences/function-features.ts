import type { Paragraph, Sentence, Token } from '../../text/types.ts'

/** A phrase list compiled for word-by-word matching: first word -> phrases as word arrays. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>

/** Compiles lower-case phrases ("we call on") for {@link countPhrases}. */
export function compilePhrases(phrases: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>()
  for (const phrase of phrases) {
    const words = phrase.split(' ')
    const list = index.get(words[0]) ?? []
    list.push(words)
    index.set(words[0], list)
  }
  return index
}

/** Where each phrase of `index` starts in `words`, as word positions. */
export function findPhrases(words: readonly string[], index: PhraseIndex): number[] {
  const hits: number[] = []
  for (let i = 0; i < words.length; i++) {
    const candidates = index.get(words[i])
    if (!candidates) continue
    for (const phrase of candidates) {
      let k = 1
      while (k < phrase.length && words[i + k] === phrase[k]) k++
      if (k === phrase.length) {
        hits.push(i)
        break
      }
    }
  }
  return hits
}

/** How many times phrases of `index` occur in `words`. */
export function countPhrases(words: readonly string[], index: PhraseIndex): number {
  return findPhrases(words, index).length
}

/** Several phrase lists compiled together: first word -> phrases, each tagged with its list. */
export interface PhraseLists<K extends string> {
  readonly names: readonly K[]
  readonly index: ReadonlyMap<string, readonly { list: number; words: readonly string[] }[]>
}

/** Compiles named lists of lower-case phrases for {@link findPhrasesOfLists}. */
export function compilePhraseLists<K extends string>(lists: Readonly<Record<K, readonly string[]>>): PhraseLists<K> {
  const names = Object.keys(lists) as K[]
  const index = new Map<string, { list: number; words: string[] }[]>()
  names.forEach((name, list) => {
    for (const phrase of lists[name]) {
      const words = phrase.split(' ')
      const entries = index.get(words[0]) ?? []
      entries.push({ list, words })
      index.set(words[0], entries)
    }
  })
  return { names, index }
}

const NO_HITS: readonly number[] = Object.freeze([])

/**
 * For each list, where its phrases start in `words` — what {@link findPhrases} finds for that list
 * alone, found for all the lists in one pass over the sentence.
 */
export function findPhrasesOfLists<K extends string>(words: readonly string[], lists: PhraseLists<K>): Record<K, readonly number[]> {
  // Lists without a hit share one frozen empty array; a list gets its own array at its first hit.
  const hits = lists.names.map(() => NO_HITS as number[])
  for (let i = 0; i < words.length; i++) {
    const candidates = lists.index.get(words[i])
    if (!candidates) continue
    for (const { list, words: phrase } of candidates) {
      const found = hits[list]
      if (found.length > 0 && found[found.length - 1] === i) continue
      let k = 1
      while (k < phrase.length && words[i + k] === phrase[k]) k++
      if (k < phrase.length) continue
      if (found === NO_HITS) hits[list] = [i]
      else found.push(i)
    }
  }
  const byList = {} as Record<K, readonly number[]>
  lists.names.forEach((name, list) => (byList[name] = hits[list]))
  return byList
}

/** The words of a sentence, lower-cased, with the index of the token each starts at. */
export interface SentenceWords {
  words: string[]
  tokenOf: number[]
}

/**
 * The lower-cased words of tokens `from`–`to`, punctuation left out, clitics joined back on
 * ("let" + "'s" -> "let's") and curly apostrophes straightened.
 */
export function wordsOf(tokens: readonly Token[], from: number, to: number): SentenceWords {
  const words: string[] = []
  const tokenOf: number[] = []
  for (let k = from; k < to; k++) {
    const t = tokens[k]
    if (t.kind !== 'word' && t.kind !== 'number') continue
    const lower = t.text.toLowerCase()
    const w = lower.includes('’') ? lower.replace(/’/g, "'") : lower
    if (w.charCodeAt(0) === 39 && !t.spaceBefore && words.length > 0) words[words.length - 1] += w
    else {
      words.push(w)
      tokenOf.push(k)
    }
  }
  return { words, tokenOf }
}

const OPENING = new Set(['“', '„', '«', '‹', '「', '『'])
const CLOSING = new Set(['”', '»', '›', '」', '』'])

/**
 * Finds the spans inside quotation marks, paragraph by paragraph: curly, low-high, guillemet and
 * straight double quotes, and single curly quotes when they pair up. A quotation left open at the
 * end of a paragraph runs to its end, as multi-paragraph quotations do.
 */
export function quotedSpans(tokens: readonly Token[], paragraphs: readonly Paragraph[]): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let p = 0
  let open = -1
  let openSingle = -1
  const flush = (end: number) => {
    if (open !== -1) spans.push([open, end])
    open = -1
    openSingle = -1
  }
  for (const t of tokens) {
    while (p < paragraphs.length && paragraphs[p].end <= t.start) {
      flush(paragraphs[p].end)
      p++
    }
    if (t.kind !== 'quote') continue
    const q = t.text
    if (open === -1) {
      if (OPENING.has(q) || q === '"' || q === '``') open = t.start
      else if (q === '‘' && openSingle === -1) openSingle = t.start
      else if (q === '’' && openSingle !== -1) {
        spans.push([openSingle, t.end])
        openSingle = -1
      }
    } else if (CLOSING.has(q) || q === '"' || q === "''" || (q === '“' && !t.spaceBefore)) {
      spans.push([open, t.end])
      open = -1
    }
  }
  if (p < paragraphs.length) flush(paragraphs[p].end)
  else if (tokens.length > 0) flush(tokens[tokens.length - 1].end)
  return spans
}

/** The share (0–1) of a sentence's characters that lie inside the quoted spans. */
export function quotedShare(sentence: Sentence, spans: readonly (readonly [number, number])[], text: string): number {
  const visible = (from: number, to: number) => {
    let count = 0
    for (let i = from; i < to; i++) if (text.charCodeAt(i) > 32) count++
    return count
  }
  let inside = 0
  for (const [start, end] of spans) {
    if (end <= sentence.start) continue
    if (start >= sentence.end) break
    inside += visible(Math.max(start, sentence.start), Math.min(end, sentence.end))
  }
  const length = visible(sentence.start, sentence.end)
  return length === 0 ? 0 : Math.min(1, inside / length)
}

/**
 * True when a quotation in the sentence stands as a clause of its own: it opens the sentence, or
 * follows a colon, a comma or a reporting word (`said: “…”`, `, “…”`, `says “…”`), rather than
 * naming something in passing (`called the decision “a mistake”`).
 */
export function quotationIsClause(tokens: readonly Token[], sentence: Sentence, spans: readonly (readonly [number, number])[], reporting: ReadonlySet<string>): boolean {
  for (const [start, end] of spans) {
    if (end <= sentence.start) continue
    if (start >= sentence.end) break
    if (start <= sentence.start) return true
    for (let k = sentence.tokenStart + 1; k < sentence.tokenEnd; k++) {
      if (tokens[k].start !== start) continue
      const before = tokens[k - 1]
      if (before.text === ':' || before.text === ',' || reporting.has(before.text.toLowerCase())) return true
      break
    }
  }
  return false
}
