/** What a gazetteer list names; the tagger learns how far to trust each. */
export const GAZETTEER_CATEGORIES = [
  'country',
  'city',
  'nationality',
  'person',
  'organisation',
  'armed-group',
  'place',
  /** Generic actors: army, ministry of defence, police officer. */
  'agent',
  /** Words that often end an organisation's name: party, front, corporation, forces. */
  'organisation-head',
] as const
export type GazetteerCategory = (typeof GAZETTEER_CATEGORIES)[number]

/** A list of names of one category from one source (kept with the list so the model file says where names came from). */
export interface GazetteerList {
  category: GazetteerCategory
  source: string
  names: string[]
}

/** Where a name matched, per category: a bit per (category, position) pair in {@link Gazetteer.marks}. */
export const MARK_SINGLE = 0
export const MARK_BEGIN = 1
export const MARK_INSIDE = 2

const PREFIX_FLAG = 1 << GAZETTEER_CATEGORIES.length

/** {@link Gazetteer.wordOf} of a key that no name holds. */
export const NO_NAME_WORD = -1
/** {@link Gazetteer.wordOf} of a key with a space in it, which only a comparison of texts can place. */
export const SPACED_WORD = -2

/**
 * The gazetteer's names as a trie over the ids of their words: the node reached by a name's first
 * words holds what the gazetteer holds for them joined with spaces (-1 when nothing), so that
 * following a name costs a binary search among a node's children instead of a string and a hash.
 */
class NameTrie {
  readonly words = new Map<string, number>()
  /** per node, the value of its words joined with spaces in the gazetteer, or -1 */
  readonly values: Int32Array
  // The children of node n are childNode[firstChild[n] .. firstChild[n + 1]), sorted by childWord.
  private readonly firstChild: Int32Array
  private readonly childWord: Int32Array
  private readonly childNode: Int32Array
  // The root's child by word id: every name starts there, and the root has many children.
  private readonly rootChild: Int32Array

  constructor(entries: ReadonlyMap<string, number>) {
    const names: [string[], number][] = []
    for (const [key, value] of entries) {
      const words = key.split(' ')
      for (const word of words) if (!this.words.has(word)) this.words.set(word, this.words.size)
      names.push([words, value])
    }
    const wordCount = this.words.size
    const childOf = new Map<number, number>()
    const parents: number[] = [-1]
    const edgeWords: number[] = [-1]
    const values: number[] = [-1]
    for (const [words, value] of names) {
      let node = 0
      for (const word of words) {
        const id = this.words.get(word) as number
        const edge = node * wordCount + id
        let next = childOf.get(edge)
        if (next === undefined) {
          next = values.length
          childOf.set(edge, next)
          parents.push(node)
          edgeWords.push(id)
          values.push(-1)
        }
        node = next
      }
      values[node] = value
    }
    const nodes = values.length
    this.values = Int32Array.from(values)
    this.firstChild = new Int32Array(nodes + 1)
    for (let node = 1; node < nodes; node++) this.firstChild[parents[node] + 1]++
    for (let node = 0; node < nodes; node++) this.firstChild[node + 1] += this.firstChild[node]
    const order = Array.from({ length: nodes - 1 }, (_, k) => k + 1).sort((a, b) => parents[a] - parents[b] || edgeWords[a] - edgeWords[b])
    this.childWord = Int32Array.from(order, (node) => edgeWords[node])
    this.childNode = Int32Array.from(order)
    this.rootChild = new Int32Array(wordCount).fill(-1)
    for (let e = this.firstChild[0]; e < this.firstChild[1]; e++) this.rootChild[this.childWord[e]] = this.childNode[e]
  }

  /** The node reached from `node` by the word with id `word`, or -1. */
  child(node: number, word: number): number {
    if (node === 0) return word >= 0 && word < this.rootChild.length ? this.rootChild[word] : -1
    let low = this.firstChild[node]
    let high = this.firstChild[node + 1] - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const w = this.childWord[mid]
      if (w === word) return this.childNode[mid]
      if (w < word) low = mid + 1
      else high = mid - 1
    }
    return -1
  }
}

/**
 * The form under which words are compared with gazetteer names: lower case, without diacritics,
 * so `BRUSSELS`, `Brussels` and `brussels` match alike.
 *
 * @example
 * gazetteerKey('Zürich') // 'zurich'
 */
export function gazetteerKey(word: string): string {
  const lower = word.toLowerCase()
  // Plain ASCII is by far the common case and needs no Unicode decomposition.
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '')
}

/**
 * Splits a name into the words a news tokenizer would produce: on spaces, with commas apart and
 * brackets and quotation marks dropped.
 *
 * @example
 * nameWords('Washington, D.C.') // ['Washington', ',', 'D.C.']
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/[()"“”[\]]/g, ' ')
    .split(/\s+/)
    .flatMap((w) => w.split(/(,)/))
    .filter((w) => w.length > 0)
}

/**
 * A name in the form the gazetteer stores and compares: its words (see {@link nameWords}) passed
 * through {@link gazetteerKey} and joined with single spaces.
 *
 * @example
 * normalizeName('Côte d\'Ivoire') // "cote d'ivoire"
 */
export function normalizeName(name: string): string {
  return nameWords(name).map(gazetteerKey).join(' ')
}

/**
 * Normalises every name of the lists (see {@link normalizeName}), dropping duplicates, ready for
 * {@link Gazetteer}. Done once at training time so that loading a model stays fast.
 */
export function normalizeLists(lists: readonly GazetteerList[]): GazetteerList[] {
  return lists.map((list) => ({ ...list, names: [...new Set(list.names.map(normalizeName).filter((n) => n.length > 0))].sort() }))
}

/**
 * Finds gazetteer names in a sentence's words: for each start, the longest name of each category.
 * Takes lists whose names are already normalised ({@link normalizeLists}).
 *
 * @example
 * const gazetteer = new Gazetteer(normalizeLists([{ category: 'city', source: 'example', names: ['New York'] }]))
 * gazetteer.marks(['in', 'new', 'york']) // bits for city-begin on word 1 and city-inside on word 2
 */
export class Gazetteer {
  readonly lists: readonly GazetteerList[]
  // Every prefix of every name, keyed by its normalised words joined with spaces; the value holds a bit
  // per category whose name ends there, plus PREFIX_FLAG when a longer name continues it.
  private readonly entries = new Map<string, number>()
  private trie: NameTrie | undefined

  constructor(lists: readonly GazetteerList[]) {
    this.lists = lists
    const { entries } = this
    for (const list of lists) {
      const index = GAZETTEER_CATEGORIES.indexOf(list.category)
      if (index < 0) throw new Error(`Unknown gazetteer category '${list.category}' in list from ${list.source}; use one of ${GAZETTEER_CATEGORIES.join(', ')}`)
      const bit = 1 << index
      for (const name of list.names) {
        for (let space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
          const prefix = name.slice(0, space)
          entries.set(prefix, (entries.get(prefix) ?? 0) | PREFIX_FLAG)
        }
        entries.set(name, (entries.get(name) ?? 0) | bit)
      }
    }
  }
  /** Number of distinct names (after normalisation). */
  get size(): number {
    let n = 0
    for (const value of this.entries.values()) if (value & (PREFIX_FLAG - 1)) n++
    return n
  }

  /**
   * What the gazetteer holds for one word key: 0 when no name starts with it, else a value to pass to
   * {@link marks} (so that a caller can keep it per word instead of looking the word up again).
   */
  entryOf(key: string): number {
    return this.entries.get(key) ?? 0
  }

  /**
   * The id of a word key among the words of the gazetteer's names ({@link NO_NAME_WORD} when no name
   * holds it, {@link SPACED_WORD} when it has a space in it), to pass to {@link marks} so that names are
   * followed by id. A caller can keep it per word.
   */
  wordOf(key: string): number {
    if (key.includes(' ')) return SPACED_WORD
    this.trie ??= new NameTrie(this.entries)
    return this.trie.words.get(key) ?? NO_NAME_WORD
  }

  /**
   * For each word, a bit mask: bit `category * 3 + position` is set when a name of that category covers
   * the word, position being {@link MARK_SINGLE} (a one-word name), {@link MARK_BEGIN} or {@link MARK_INSIDE}.
   * `keys` are the words already passed through {@link gazetteerKey}; `entries`, when given, holds
   * {@link entryOf} of each key, and `words` {@link wordOf} of each key. With `into` (at least as long
   * as `keys`), the marks are written there and it is returned, whatever its length. The marks are
   * the same with or without `entries` and `words`.
   */
  marks(keys: readonly string[], entries?: ArrayLike<number>, into?: Int32Array, words?: ArrayLike<number>): Int32Array {
    const marks = into ? into.fill(0, 0, keys.length) : new Int32Array(keys.length)
    let trie: NameTrie | null = null
    if (words) {
      trie = this.trie ??= new NameTrie(this.entries)
      for (let i = 0; i < keys.length; i++) if (words[i] === SPACED_WORD) trie = null
    }
    let longest: Int32Array | null = null
    for (let start = 0; start < keys.length; start++) {
      let value: number | undefined = entries ? entries[start] : this.entryOf(keys[start])
      if (value === 0) continue
      let key = keys[start]
      longest ??= new Int32Array(GAZETTEER_CATEGORIES.length)
      longest.fill(0)
      let end = start + 1
      let node = trie && words ? trie.child(0, words[start]) : -1
      for (;;) {
        for (let c = 0; c < GAZETTEER_CATEGORIES.length; c++) if (value & (1 << c)) longest[c] = end
        if (!(value & PREFIX_FLAG) || end >= keys.length) break
        if (trie && words) {
          // The same as the texts below: the node of the words so far, then of one more.
          const word = words[end]
          node = node < 0 || word < 0 ? -1 : trie.child(node, word)
          value = node < 0 || trie.values[node] < 0 ? undefined : trie.values[node]
        } else {
          key += ' ' + keys[end]
          value = this.entries.get(key)
        }
        if (value === undefined) break
        end++
      }
      for (let c = 0; c < GAZETTEER_CATEGORIES.length; c++) {
        const stop = longest[c]
        if (stop === 0) continue
        if (stop === start + 1) {
          marks[start] |= 1 << (c * 3 + MARK_SINGLE)
        } else {
          marks[start] |= 1 << (c * 3 + MARK_BEGIN)
          for (let i = start + 1; i < stop; i++) marks[i] |= 1 << (c * 3 + MARK_INSIDE)
        }
      }
    }
    return marks
  }
}
