/**
 * The edges of a trie, (node, word) → child node, in one open-addressing hash table over typed
 * arrays: no per-edge objects, and keys never leave the small-integer range.
 */
export interface EdgeTable {
  get(node: number, word: number): number
  /** Returns the child, adding it as `next` when the edge is new. */
  getOrAdd(node: number, word: number, next: number): number
  /** Calls `visit` for every edge, in no particular order. */
  forEach(visit: (node: number, word: number, child: number) => void): void
  readonly size: number
}

function slot(node: number, word: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) & mask
}

/** A growing edge table; `get` returns -1 for a missing edge. */
export function createEdgeTable(initialCapacity = 1 << 12): EdgeTable {
  let capacity = 1
  while (capacity < initialCapacity) capacity <<= 1
  let nodes = new Int32Array(capacity).fill(-1)
  let words = new Int32Array(capacity)
  let children = new Int32Array(capacity)
  let size = 0

  function find(node: number, word: number): number {
    const mask = capacity - 1
    let i = slot(node, word, mask)
    while (nodes[i] !== -1) {
      if (nodes[i] === node && words[i] === word) return i
      i = (i + 1) & mask
    }
    return i
  }

  function grow(): void {
    const [oldNodes, oldWords, oldChildren] = [nodes, words, children]
    capacity <<= 1
    nodes = new Int32Array(capacity).fill(-1)
    words = new Int32Array(capacity)
    children = new Int32Array(capacity)
    for (let i = 0; i < oldNodes.length; i++) {
      if (oldNodes[i] === -1) continue
      const j = find(oldNodes[i], oldWords[i])
      nodes[j] = oldNodes[i]
      words[j] = oldWords[i]
      children[j] = oldChildren[i]
    }
  }

  return {
    get(node, word) {
      const i = find(node, word)
      return nodes[i] === -1 ? -1 : children[i]
    },
    getOrAdd(node, word, next) {
      const i = find(node, word)
      if (nodes[i] !== -1) return children[i]
      nodes[i] = node
      words[i] = word
      children[i] = next
      size++
      if (size * 2 > capacity) grow()
      return next
    },
    forEach(visit) {
      for (let i = 0; i < capacity; i++) if (nodes[i] !== -1) visit(nodes[i], words[i], children[i])
    },
    get size() {
      return size
    },
  }
}
