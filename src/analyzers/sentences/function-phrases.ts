import type { FunctionWords } from './function-words.ts'

/*
 * Phrase lists matched over the dictionary ids of a sentence's words (see FunctionWords): a phrase
 * matches where its words follow one another, compared as numbers rather than as strings.
 */

interface Phrase {
  list: number
  ids: Int32Array
}

/** The phrases that start with one word: the lists with it as a phrase of its own, and the longer ones by their second word. */
interface Starting {
  single: number[]
  longer: Map<number, Phrase[]>
}

/**
 * Named lists of phrases ("we call on"), indexed by the ids of their first two words.
 *
 * @example
 * const lists = new PhraseIdLists(words, { calls: ['we call on', 'join us'] })
 * const sentence = words.wordsOf(tokens, 0, tokens.length, text)
 * lists.find(sentence.ids, sentence.count).calls // [0]
 */
export class PhraseIdLists<K extends string> {
  readonly names: readonly K[]
  // Per dictionary id, the phrases that start with that word.
  private readonly starting: (Starting | undefined)[]
  // The hits of the last sentence, per list, and the same arrays by list name.
  private readonly hits: number[][]
  private readonly byList: Record<K, readonly number[]>

  constructor(words: FunctionWords, lists: Readonly<Record<K, readonly string[]>>) {
    this.names = Object.keys(lists) as K[]
    // Dense, so that reading it by id stays fast.
    this.starting = words.dictionary.words.map(() => undefined)
    this.names.forEach((name, list) => {
      for (const phrase of lists[name]) {
        const ids = words.compile(phrase)
        const starting: Starting = (this.starting[ids[0]] ??= { single: [], longer: new Map() })
        if (ids.length === 1) starting.single.push(list)
        else {
          const longer = starting.longer.get(ids[1]) ?? []
          longer.push({ list, ids })
          starting.longer.set(ids[1], longer)
        }
      }
    })
    this.hits = this.names.map(() => [])
    const byList = {} as Record<K, readonly number[]>
    this.names.forEach((name, list) => (byList[name] = this.hits[list]))
    this.byList = byList
  }

  /**
   * For each list, where its phrases start in the sentence of `count` words with these ids, as word
   * positions (one per position). What it returns is reused by the next call.
   */
  find(ids: Int32Array, count: number): Record<K, readonly number[]> {
    const hits = this.hits
    for (const found of hits) found.length = 0
    for (let i = 0; i < count; i++) {
      const starting = ids[i] === -1 ? undefined : this.starting[ids[i]]
      if (!starting) continue
      // A list is hit at most once at a position, by whichever of its phrases matches.
      for (const list of starting.single) {
        const found = hits[list]
        if (found.length === 0 || found[found.length - 1] !== i) found.push(i)
      }
      const longer = i + 1 < count ? starting.longer.get(ids[i + 1]) : undefined
      if (!longer) continue
      for (const { list, ids: phrase } of longer) {
        const found = hits[list]
        if (found.length > 0 && found[found.length - 1] === i) continue
        let k = 2
        while (k < phrase.length && i + k < count && ids[i + k] === phrase[k]) k++
        if (k === phrase.length) found.push(i)
      }
    }
    return this.byList
  }

  /** True when a phrase of the lists starts at word `at` and ends before word `end`. */
  startsAt(ids: Int32Array, at: number, end: number): boolean {
    const starting = at < end && ids[at] !== -1 ? this.starting[ids[at]] : undefined
    if (!starting) return false
    if (starting.single.length > 0) return true
    const longer = at + 1 < end ? starting.longer.get(ids[at + 1]) : undefined
    if (!longer) return false
    for (const { ids: phrase } of longer) {
      let k = 2
      while (k < phrase.length && at + k < end && ids[at + k] === phrase[k]) k++
      if (k === phrase.length) return true
    }
    return false
  }
}
