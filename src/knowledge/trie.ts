import { createEdgeTable, type EdgeTable } from './edge-table.ts'
import { tokenKey } from './token-key.ts'

/** A compiled trie as plain data: what a knowledge-base file stores so loading needs no compiling. */
export interface TrieParts {
  /** the distinct keys, a key's id being its index */
  words: string[]
  /** for node n ≥ 1, at 2(n−1): the parent node and the id of the key that leads from it to n */
  edges: Int32Array
  /** (node, value × 8 + flags) pairs, in the order the values were added to each node; flags < 8 */
  candidates: Int32Array
  /** number of phrases added */
  size: number
}

const FLAG_BITS = 8
// Token texts whose key ids are remembered before the memory starts afresh.
const MAX_REMEMBERED_TEXTS = 100_000

/**
 * The id of the key of a token's text, remembered per text in `byText` so that a word met again
 * costs one look-up; `trie.word` finds the id of a key (-1 when unknown). Both trie readers use it.
 */
export function rememberedWordOfText(byText: Map<string, number>, text: string, trie: { word(key: string): number }): number {
  let id = byText.get(text)
  if (id === undefined) {
    id = trie.word(tokenKey(text))
    if (byText.size >= MAX_REMEMBERED_TEXTS) byText.clear()
    byText.set(text, id)
  }
  return id
}

/** A value stored at a trie node, with its flags. */
export interface TrieCandidate {
  value: number
  flags: number
}

/** What a gazetteer needs of a trie: finding keys, children and the values stored at nodes (the root is node 0). */
export interface TrieLookup {
  /** number of phrases added */
  readonly size: number
  /** The id of a key, or -1 when no phrase holds it. */
  word(key: string): number
  /**
   * The id of the key of a token's text (`tokenKey(text)`), or -1; remembered per text, so that a
   * word met again costs one lookup.
   */
  wordOfText(text: string): number
  /** The node reached from `node` by the key with id `word`, or -1. */
  child(node: number, word: number): number
  /** True when some phrase goes on past `node`. */
  hasChildren(node: number): boolean
  /** The node reached by a whole key sequence, or -1. */
  walk(keys: readonly string[]): number
  /** True when a phrase ends at `node`. */
  isTerminal(node: number): boolean
  /** The values of the phrases ending at `node`, in the order they were added. */
  candidates(node: number): TrieCandidate[]
  /** The same as `candidates`, as one list per node that callers must not change. */
  candidateList(node: number): readonly TrieCandidate[]
  /** The trie as plain data, for storing. */
  toParts(): TrieParts
}

/**
 * A trie over token keys: each node is reached by a sequence of keys, and a node where a phrase
 * ends holds the phrase's values with their flags, in the order they were added.
 */
export class Trie implements TrieLookup {
  private readonly vocabulary = new Map<string, number>()
  private readonly words: string[] = []
  private readonly edges: EdgeTable
  // Per node: the first of its candidates (-1 for none), and whether any edge leaves it.
  private head: Int32Array
  private branches: Uint8Array
  // The candidates as linked lists: value, flags and the next candidate of the same node (-1 at the end).
  private candidateValue = new Int32Array(1 << 10)
  private candidateFlags = new Uint8Array(1 << 10)
  private candidateNext = new Int32Array(1 << 10)
  private candidateCount = 0
  // Each node's candidates as a list, made on first request.
  private readonly lists: (readonly TrieCandidate[] | undefined)[] = []
  // Key ids by the token text they were computed from (see `wordOfText`).
  private readonly byText = new Map<string, number>()
  private nodes = 1
  size = 0

  constructor(expectedEdges = 1 << 15) {
    this.edges = createEdgeTable(expectedEdges * 2)
    this.head = new Int32Array(expectedEdges).fill(-1)
    this.branches = new Uint8Array(expectedEdges)
  }

  /** Adds a phrase; the same value with the same flags is stored once per node. */
  add(keys: readonly string[], value: number, flags: number): void {
    if (keys.length === 0) return
    let node = 0
    for (const key of keys) {
      let id = this.vocabulary.get(key)
      if (id === undefined) {
        id = this.words.length
        this.vocabulary.set(key, id)
        this.words.push(key)
        this.byText.clear()
      }
      node = this.childOrAdd(node, id)
    }
    this.addCandidate(node, value, flags)
    this.size++
  }

  /** The id of a key, or -1 when no phrase holds it. */
  word(key: string): number {
    return this.vocabulary.get(key) ?? -1
  }

  /**
   * The id of the key of a token's text (`tokenKey(text)`), or -1; remembered per text, so that a
   * word met again costs one lookup.
   */
  wordOfText(text: string): number {
    return rememberedWordOfText(this.byText, text, this)
  }

  /** The node reached from `node` by the key with id `word`, or -1. */
  child(node: number, word: number): number {
    return this.edges.get(node, word)
  }

  /** True when some phrase goes on past `node`. */
  hasChildren(node: number): boolean {
    return node < this.branches.length && this.branches[node] !== 0
  }

  /** The node reached by a whole key sequence, or -1. */
  walk(keys: readonly string[]): number {
    let node = 0
    for (const key of keys) {
      const id = this.vocabulary.get(key)
      if (id === undefined) return -1
      node = this.edges.get(node, id)
      if (node < 0) return -1
    }
    return node
  }

  /** True when a phrase ends at `node`. */
  isTerminal(node: number): boolean {
    return node < this.head.length && this.head[node] >= 0
  }

  /** The values of the phrases ending at `node`, in the order they were added. */
  candidates(node: number): TrieCandidate[] {
    return [...this.candidateList(node)]
  }

  /** The same as {@link candidates}, as one list per node that callers must not change. */
  candidateList(node: number): readonly TrieCandidate[] {
    if (node >= this.head.length || this.head[node] < 0) return []
    let list = this.lists[node]
    if (!list) {
      const out: TrieCandidate[] = []
      for (let c = this.head[node]; c >= 0; c = this.candidateNext[c]) out.push({ value: this.candidateValue[c], flags: this.candidateFlags[c] })
      this.lists[node] = list = out
    }
    return list
  }

  /** The trie as plain data, for storing. */
  toParts(): TrieParts {
    const edges = new Int32Array(2 * (this.nodes - 1))
    this.edges.forEach((node, word, child) => {
      edges[2 * (child - 1)] = node
      edges[2 * (child - 1) + 1] = word
    })
    const candidates: number[] = []
    for (let node = 0; node < this.head.length; node++) {
      for (let c = this.head[node]; c >= 0; c = this.candidateNext[c]) {
        if (this.candidateFlags[c] >= FLAG_BITS) throw new RangeError(`Flags ${this.candidateFlags[c]} do not fit the stored trie.`)
        candidates.push(node, this.candidateValue[c] * FLAG_BITS + this.candidateFlags[c])
      }
    }
    return { words: [...this.words], edges, candidates: Int32Array.from(candidates), size: this.size }
  }

  /** Rebuilds a trie from what `toParts` gave. */
  static fromParts(parts: TrieParts): Trie {
    const nodes = parts.edges.length / 2 + 1
    const trie = new Trie(Math.max(16, nodes))
    const { vocabulary, words } = trie
    for (let i = 0; i < parts.words.length; i++) {
      vocabulary.set(parts.words[i], i)
      words.push(parts.words[i])
    }
    const { edges, branches } = trie
    for (let child = 1; child < nodes; child++) {
      const parent = parts.edges[2 * (child - 1)]
      edges.getOrAdd(parent, parts.edges[2 * (child - 1) + 1], child)
      branches[parent] = 1
    }
    trie.nodes = nodes
    // Stored candidates come node by node, each node's in order, with no repeats: they link up as they come.
    const count = parts.candidates.length / 2
    trie.reserveCandidates(count)
    let last = -1
    for (let c = 0; c < count; c++) {
      const node = parts.candidates[2 * c]
      const packed = parts.candidates[2 * c + 1]
      if (node >= trie.head.length) trie.growNodes(node + 1)
      trie.candidateValue[c] = Math.floor(packed / FLAG_BITS)
      trie.candidateFlags[c] = packed % FLAG_BITS
      trie.candidateNext[c] = -1
      if (last >= 0 && parts.candidates[2 * last] === node) trie.candidateNext[last] = c
      else trie.head[node] = c
      last = c
    }
    trie.candidateCount = count
    trie.size = parts.size
    return trie
  }

  private childOrAdd(node: number, word: number): number {
    const next = this.edges.getOrAdd(node, word, this.nodes)
    if (next === this.nodes) {
      this.nodes++
      if (node >= this.branches.length) this.growNodes(node + 1)
      this.branches[node] = 1
    }
    return next
  }

  private growNodes(count: number): void {
    const size = Math.max(this.head.length * 2, count)
    const head = new Int32Array(size).fill(-1)
    head.set(this.head)
    this.head = head
    const branches = new Uint8Array(size)
    branches.set(this.branches)
    this.branches = branches
  }

  private reserveCandidates(count: number): void {
    if (count <= this.candidateValue.length) return
    const size = Math.max(this.candidateValue.length * 2, count)
    const value = new Int32Array(size)
    value.set(this.candidateValue)
    this.candidateValue = value
    const flags = new Uint8Array(size)
    flags.set(this.candidateFlags)
    this.candidateFlags = flags
    const next = new Int32Array(size)
    next.set(this.candidateNext)
    this.candidateNext = next
  }

  private addCandidate(node: number, value: number, flags: number): void {
    if (!(Number.isInteger(flags) && flags >= 0 && flags < 256)) throw new RangeError(`Trie flags must be integers in 0..255, got ${flags}.`)
    if (node >= this.head.length) this.growNodes(node + 1)
    let last = -1
    for (let c = this.head[node]; c >= 0; c = this.candidateNext[c]) {
      if (this.candidateValue[c] === value && this.candidateFlags[c] === flags) return
      last = c
    }
    const index = this.candidateCount++
    this.reserveCandidates(this.candidateCount)
    this.candidateValue[index] = value
    this.candidateFlags[index] = flags
    this.candidateNext[index] = -1
    if (last < 0) this.head[node] = index
    else this.candidateNext[last] = index
    this.lists[node] = undefined
  }
}
