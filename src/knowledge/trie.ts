import { createEdgeTable, type EdgeTable } from './edge-table.ts'

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

/**
 * A trie over token keys: each node is reached by a sequence of keys, and a node where a phrase
 * ends holds the phrase's values with their flags, in the order they were added.
 */
export class Trie {
  private readonly vocabulary = new Map<string, number>()
  private readonly words: string[] = []
  private readonly edges: EdgeTable
  private head: Int32Array
  private readonly candidateValue: number[] = []
  private readonly candidateFlags: number[] = []
  private readonly candidateNext: number[] = []
  private nodes = 1
  size = 0

  constructor(expectedEdges = 1 << 15) {
    this.edges = createEdgeTable(expectedEdges * 2)
    this.head = new Int32Array(expectedEdges).fill(-1)
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

  /** The node reached from `node` by the key with id `word`, or -1. */
  child(node: number, word: number): number {
    return this.edges.get(node, word)
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
  candidates(node: number): { value: number; flags: number }[] {
    const out: { value: number; flags: number }[] = []
    if (node >= this.head.length) return out
    for (let c = this.head[node]; c >= 0; c = this.candidateNext[c]) out.push({ value: this.candidateValue[c], flags: this.candidateFlags[c] })
    return out
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
    parts.words.forEach((w, i) => {
      trie.vocabulary.set(w, i)
      trie.words.push(w)
    })
    for (let child = 1; child < nodes; child++) trie.edges.getOrAdd(parts.edges[2 * (child - 1)], parts.edges[2 * (child - 1) + 1], child)
    trie.nodes = nodes
    for (let i = 0; i < parts.candidates.length; i += 2) {
      const packed = parts.candidates[i + 1]
      trie.addCandidate(parts.candidates[i], Math.floor(packed / FLAG_BITS), packed % FLAG_BITS)
    }
    trie.size = parts.size
    return trie
  }

  private childOrAdd(node: number, word: number): number {
    const next = this.edges.getOrAdd(node, word, this.nodes)
    if (next === this.nodes) this.nodes++
    return next
  }

  private addCandidate(node: number, value: number, flags: number): void {
    if (node >= this.head.length) {
      const bigger = new Int32Array(Math.max(this.head.length * 2, node + 1)).fill(-1)
      bigger.set(this.head)
      this.head = bigger
    }
    let last = -1
    for (let c = this.head[node]; c >= 0; c = this.candidateNext[c]) {
      if (this.candidateValue[c] === value && this.candidateFlags[c] === flags) return
      last = c
    }
    const index = this.candidateValue.length
    this.candidateValue.push(value)
    this.candidateFlags.push(flags)
    this.candidateNext.push(-1)
    if (last < 0) this.head[node] = index
    else this.candidateNext[last] = index
  }
}
