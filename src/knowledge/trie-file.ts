import { rememberedWordOfText, type TrieCandidate, type TrieLookup, type TrieParts } from './trie.ts'

/**
 * A trie as the knowledge-base file stores it, laid out so that reading it builds no index: the keys
 * sorted (a key's id is its place), and the nodes numbered breadth first with each node's children
 * next to each other in key order, so that offsets find them. The numbers are base64 of unsigned
 * LEB128 varints (most take one byte):
 * - `childCounts`: for each node, how many children it has;
 * - `childKeys`: for each node but the root, the id of the key that leads to it, less the key of the
 *   sibling before it (siblings come in key order);
 * - `candidateCounts`: for each node, how many values end there;
 * - `candidates`: value × 8 + flags, node by node, each node's in the order they were added.
 */
export interface StoredTrie {
  words: string
  childCounts: string
  childKeys: string
  candidateCounts: string
  candidates: string
  size: number
}

const FLAG_BITS = 8

function damaged(): never {
  throw new Error('The knowledge-base file has a damaged trie; rebuild it with `npm run build:kb`.')
}

function writeVarints(values: ArrayLike<number>): string {
  const bytes: number[] = []
  for (let i = 0; i < values.length; i++) {
    let value = values[i]
    if (!(Number.isInteger(value) && value >= 0)) throw new RangeError(`A stored trie holds non-negative integers; got ${value}.`)
    while (value >= 0x80) {
      bytes.push((value & 0x7f) | 0x80)
      value = Math.floor(value / 128)
    }
    bytes.push(value)
  }
  return Buffer.from(bytes).toString('base64')
}

function readVarints(text: string): Int32Array {
  const bytes = Buffer.from(text, 'base64')
  // One number ends at each byte below 0x80.
  let count = 0
  for (let i = 0; i < bytes.length; i++) if (bytes[i] < 0x80) count++
  if (bytes.length > 0 && bytes[bytes.length - 1] >= 0x80) damaged()
  const out = new Int32Array(count)
  let at = 0
  for (let i = 0; i < count; i++) {
    let value = 0
    let scale = 1
    let byte = bytes[at++]
    while (byte >= 0x80) {
      value += (byte & 0x7f) * scale
      scale *= 128
      byte = bytes[at++]
    }
    out[i] = value + byte * scale
  }
  return out
}

// Offsets from counts: entry k is the sum of counts before k, plus `first`; one more entry ends the last.
function offsets(counts: Int32Array, first: number): Int32Array {
  const out = new Int32Array(counts.length + 1)
  out[0] = first
  for (let k = 0; k < counts.length; k++) out[k + 1] = out[k] + counts[k]
  return out
}

/** Lays out a trie's parts (see `Trie.toParts`) as the file stores them. */
export function writeTrie(parts: TrieParts): StoredTrie {
  const nodes = parts.edges.length / 2 + 1
  const sortedWords = [...parts.words].sort()
  const wordId = new Map(sortedWords.map((w, i) => [w, i]))
  const newKey = parts.words.map((w) => wordId.get(w) as number)
  // Children of each node, by key.
  const children: number[][] = Array.from({ length: nodes }, () => [])
  const keyOf = new Int32Array(nodes)
  for (let child = 1; child < nodes; child++) {
    children[parts.edges[2 * (child - 1)]].push(child)
    keyOf[child] = newKey[parts.edges[2 * (child - 1) + 1]]
  }
  for (const list of children) list.sort((a, b) => keyOf[a] - keyOf[b])
  // Breadth-first numbering: the children of a node get consecutive numbers.
  const order = [0]
  const newNode = new Int32Array(nodes)
  for (let k = 0; k < order.length; k++) {
    for (const child of children[order[k]]) {
      newNode[child] = order.length
      order.push(child)
    }
  }
  const childCounts = new Int32Array(nodes)
  const childKeys = new Int32Array(nodes - 1)
  for (let k = 0; k < nodes; k++) {
    const list = children[order[k]]
    childCounts[k] = list.length
    list.forEach((child, i) => (childKeys[newNode[child] - 1] = i === 0 ? keyOf[child] : keyOf[child] - keyOf[list[i - 1]]))
  }
  const byNode: number[][] = Array.from({ length: nodes }, () => [])
  for (let c = 0; c < parts.candidates.length; c += 2) byNode[newNode[parts.candidates[c]]].push(parts.candidates[c + 1])
  return {
    words: sortedWords.join('\n'),
    childCounts: writeVarints(childCounts),
    childKeys: writeVarints(childKeys),
    candidateCounts: writeVarints(byNode.map((list) => list.length)),
    candidates: writeVarints(byNode.flat()),
    size: parts.size,
  }
}

/**
 * A trie read from a knowledge-base file, for looking up only: keys are found by binary search in
 * the sorted key list (and remembered per token text), children by binary search among their
 * siblings.
 */
export class StoredTrieReader implements TrieLookup {
  readonly size: number
  private readonly words: string[]
  private readonly firstChild: Int32Array
  private readonly childKeys: Int32Array
  private readonly firstCandidate: Int32Array
  private readonly packed: Int32Array
  // The root's child by key id (-1 for none): most look-ups start at the root, whose children are many.
  private readonly rootChild: Int32Array
  private readonly lists: (readonly TrieCandidate[] | undefined)[] = []
  private readonly byText = new Map<string, number>()

  constructor(stored: StoredTrie) {
    this.words = stored.words === '' ? [] : stored.words.split('\n')
    this.firstChild = offsets(readVarints(stored.childCounts), 1)
    const nodes = this.firstChild.length - 1
    this.firstCandidate = offsets(readVarints(stored.candidateCounts), 0)
    this.packed = readVarints(stored.candidates)
    const deltas = readVarints(stored.childKeys)
    if (deltas.length !== nodes - 1 || this.firstCandidate.length !== nodes + 1 || this.firstChild[nodes] !== nodes || this.firstCandidate[nodes] !== this.packed.length) damaged()
    // Keys come as differences from the sibling before; a node's first child holds its key itself.
    this.childKeys = new Int32Array(nodes)
    for (let node = 0; node < nodes; node++) {
      const first = this.firstChild[node]
      for (let child = first; child < this.firstChild[node + 1]; child++) this.childKeys[child] = deltas[child - 1] + (child === first ? 0 : this.childKeys[child - 1])
    }
    this.rootChild = new Int32Array(this.words.length).fill(-1)
    if (nodes > 0) {
      for (let child = this.firstChild[0]; child < this.firstChild[1]; child++) {
        const key = this.childKeys[child]
        if (key < 0 || key >= this.words.length) damaged()
        this.rootChild[key] = child
      }
    }
    this.size = stored.size
  }

  word(key: string): number {
    const { words } = this
    let low = 0
    let high = words.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const w = words[mid]
      if (w === key) return mid
      if (w < key) low = mid + 1
      else high = mid - 1
    }
    return -1
  }

  wordOfText(text: string): number {
    return rememberedWordOfText(this.byText, text, this)
  }

  child(node: number, word: number): number {
    if (node === 0) return word >= 0 && word < this.rootChild.length ? this.rootChild[word] : -1
    const { childKeys } = this
    let low = this.firstChild[node]
    let high = this.firstChild[node + 1] - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const key = childKeys[mid]
      if (key === word) return mid
      if (key < word) low = mid + 1
      else high = mid - 1
    }
    return -1
  }

  hasChildren(node: number): boolean {
    return this.firstChild[node + 1] > this.firstChild[node]
  }

  walk(keys: readonly string[]): number {
    let node = 0
    for (const key of keys) {
      const id = this.word(key)
      if (id < 0) return -1
      node = this.child(node, id)
      if (node < 0) return -1
    }
    return node
  }

  isTerminal(node: number): boolean {
    return this.firstCandidate[node + 1] > this.firstCandidate[node]
  }

  candidates(node: number): TrieCandidate[] {
    return [...this.candidateList(node)]
  }

  candidateList(node: number): readonly TrieCandidate[] {
    let list = this.lists[node]
    if (!list) {
      const out: TrieCandidate[] = []
      for (let c = this.firstCandidate[node]; c < this.firstCandidate[node + 1]; c++) out.push({ value: Math.floor(this.packed[c] / FLAG_BITS), flags: this.packed[c] % FLAG_BITS })
      this.lists[node] = list = out
    }
    return list
  }

  toParts(): TrieParts {
    const nodes = this.childKeys.length
    const edges = new Int32Array(2 * (nodes - 1))
    for (let node = 0; node < nodes; node++) {
      for (let child = this.firstChild[node]; child < this.firstChild[node + 1]; child++) {
        edges[2 * (child - 1)] = node
        edges[2 * (child - 1) + 1] = this.childKeys[child]
      }
    }
    const candidates = new Int32Array(2 * this.packed.length)
    for (let node = 0; node < nodes; node++) {
      for (let c = this.firstCandidate[node]; c < this.firstCandidate[node + 1]; c++) {
        candidates[2 * c] = node
        candidates[2 * c + 1] = this.packed[c]
      }
    }
    return { words: [...this.words], edges, candidates, size: this.size }
  }
}
