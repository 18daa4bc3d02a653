import type { Token } from '../../text/types.ts'
import { ownWordIds, type WordIds } from '../../text/vocabulary.ts'
import { cueKey } from './cue-key.ts'
import type { LexiconEntry } from './entry.ts'
import { isGap, parsePattern, parseTerm, type Step, type WordClasses } from './pattern.ts'
import { WordNumbers } from '../../text/word-numbers.ts'

/** A gap of `min`–`max` tokens and the words that follow it, as word ids of the lexicon's vocabulary. */
interface Segment {
  min: number
  max: number
  steps: ReadonlyArray<ReadonlySet<number>>
}

/** Where a compiled entry ends in the trie: the entry and what must follow its first words after gaps. */
interface Terminal {
  entry: number
  rest: readonly Segment[]
  /** the number of the rest's lead (its first gap and the words that may follow it), shared by rests that begin alike; -1 without a rest */
  lead: number
}

/** How a rest begins: a gap of `min`–`max` tokens, then one of `words`. */
interface Lead {
  min: number
  max: number
  words: ReadonlySet<number>
}

/** Trie edges are word ids of the lexicon's vocabulary; a token outside it ends every walk at once. Matching reads the trie flattened (`FlatTrie`). */
interface TrieNode {
  next: Map<number, TrieNode> | null
  terminals: Terminal[]
  /** how many edges lead to the node: one that several paths share is copied before one of them changes it */
  refs: number
}

/** One entry found in a token array. Token indices are half-open. */
export interface CueMatch {
  entry: LexiconEntry
  /** first token of the match */
  first: number
  /** one past the last token of the match */
  last: number
  /** the matched token runs, without the tokens of gaps between them */
  parts: ReadonlyArray<readonly [from: number, to: number]>
}

/** Lexicon entries compiled into one token trie. */
export interface CompiledLexicon {
  readonly entries: readonly LexiconEntry[]
  /**
   * Every entry match in the tokens, ordered by first token, then last token, then entry order.
   * `words` are the tokens' ids in the shared vocabulary (the engine's `ctx.words`); without them the
   * tokens are read into a vocabulary of their own.
   */
  match(tokens: readonly Token[], words?: WordIds): CueMatch[]
}

const SENTENCE_END = new Set(['.', '!', '?', '…', '!!', '?!', '!?'])

function splitSegments(steps: readonly Step[]): { head: ReadonlySet<string>[]; rest: Array<{ min: number; max: number; steps: ReadonlySet<string>[] }> } {
  const head: ReadonlySet<string>[] = []
  const rest: Array<{ min: number; max: number; steps: ReadonlySet<string>[] }> = []
  for (const step of steps) {
    if (isGap(step)) rest.push({ min: step.min, max: step.max, steps: [] })
    else if (rest.length === 0) head.push(step.keys)
    else rest[rest.length - 1].steps.push(step.keys)
  }
  return { head, rest }
}

/** A copy of a node for one of the edges that lead to it, sharing its children. */
function unshare(parent: TrieNode, word: number, node: TrieNode): TrieNode {
  const copy: TrieNode = { next: node.next && new Map(node.next), terminals: [...node.terminals], refs: 1 }
  for (const child of copy.next?.values() ?? []) child.refs++
  node.refs--
  ;(parent.next as Map<number, TrieNode>).set(word, copy)
  return copy
}

/**
 * Adds an alternative's head to the trie. All the words of a step that are new below the current
 * nodes lead to one new node, so an alternative of many words per step ("millions|thousands|…")
 * adds a node per step rather than one per combination of words; a node that other paths share is
 * copied before this path changes it, so what each path reaches stays exactly its own.
 */
function insert(root: TrieNode, head: readonly ReadonlySet<string>[], terminal: Terminal, wordId: (key: string) => number): void {
  let nodes = [root]
  for (const keys of head) {
    const next = new Set<TrieNode>()
    let fresh: TrieNode | null = null
    for (const node of nodes) {
      node.next ??= new Map()
      for (const key of keys) {
        const id = wordId(key)
        let child = node.next.get(id)
        if (!child) {
          child = fresh ??= { next: null, terminals: [], refs: 0 }
          child.refs++
          node.next.set(id, child)
        } else if (child.refs > 1 && child !== fresh) {
          child = unshare(node, id, child)
        }
        next.add(child)
      }
    }
    nodes = [...next]
  }
  for (const node of nodes) if (!node.terminals.some((t) => t.entry === terminal.entry && t.rest === terminal.rest)) node.terminals.push(terminal)
}

/**
 * Sentence blocks of a token array: a gap in a construction never crosses the end of a sentence or a
 * line break, so "either … or" does not pair words from two sentences.
 */
function sentenceBlocks(tokens: readonly Token[]): Int32Array {
  const blocks = new Int32Array(tokens.length)
  let block = 0
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i].lineStart) block++
    blocks[i] = block
    if (tokens[i].kind === 'punct' && SENTENCE_END.has(tokens[i].text)) block++
  }
  return blocks
}

/**
 * Matches rest segments `k`… of a terminal from token `at` on, adding their token runs to `parts`.
 * `firstWords` marks the words that may begin a first segment: other tokens are passed over without
 * looking in the segment's word sets.
 */
function matchRest(ids: Int32Array, blocks: Int32Array, rest: readonly Segment[], k: number, at: number, parts: Array<readonly [number, number]>, firstWords: Uint8Array): boolean {
  if (k === rest.length) return true
  const { min, max, steps } = rest[k]
  const block = blocks[at - 1]
  for (let gap = min; gap <= max; gap++) {
    const from = at + gap
    const to = from + steps.length
    if (to > ids.length || blocks[to - 1] !== block) return false
    if (k === 0 && (ids[from] < 0 || firstWords[ids[from]] !== 1)) continue
    let ok = true
    for (let s = 0; s < steps.length && ok; s++) ok = steps[s].has(ids[from + s])
    if (!ok) continue
    parts.push([from, to])
    if (matchRest(ids, blocks, rest, k + 1, to, parts, firstWords)) return true
    parts.pop()
  }
  return false
}

/**
 * The trie in typed arrays, for matching: nodes are numbers (the root's children by word id, other
 * edges in runs sorted by word), and each node knows the gaps before the rest segments of its
 * terminals and which words may begin such a segment.
 */
interface FlatTrie {
  /** per word id: the root's child for it, or -1 */
  rootChild: Int32Array
  /** the child of `node` for `word`, or -1 */
  child(node: number, word: number): number
  /** per word id: 1 for a word that some node below the root has an edge for; no other word continues a walk */
  inner: Uint8Array
  terminals: ReadonlyArray<readonly Terminal[]>
  /** per node: 1 when it has terminals */
  ends: Uint8Array
  /** per node: the fewest and most tokens that a rest segment of one of its terminals may skip first (0 and -1: none) */
  restFrom: Int32Array
  restTo: Int32Array
  /** per word id: 1 for a word that begins some rest segment's words */
  restWord: Uint8Array
}

function flatten(root: TrieNode, words: number): FlatTrie {
  // Copies made while inserting leave nodes whose futures are the same. Nodes with the same terminals
  // and the same edges to the same nodes are merged bottom-up: matching is exactly the same, and the
  // tables stay small enough to stay in the cache.
  const nodes: TrieNode[] = []
  /** per merged node: its terminals' entries and rests, and its edges as word, node, word, node … by word */
  const shapes: Array<{ terminals: readonly Terminal[]; edges: number[] }> = []
  const number = new Map<TrieNode, number>()
  const byHash = new Map<number, number[]>()
  const restIds = new Map<readonly Segment[], number>()
  const restId = (rest: readonly Segment[]) => {
    let id = restIds.get(rest)
    if (id === undefined) restIds.set(rest, (id = restIds.size))
    return id
  }
  const sameShape = (a: { terminals: readonly Terminal[]; edges: number[] }, b: { terminals: readonly Terminal[]; edges: number[] }) =>
    a.terminals.length === b.terminals.length &&
    a.edges.length === b.edges.length &&
    a.terminals.every((t, k) => t.entry === b.terminals[k].entry && t.rest === b.terminals[k].rest) &&
    a.edges.every((x, k) => x === b.edges[k])
  const visit = (node: TrieNode): number => {
    const known = number.get(node)
    if (known !== undefined) return known
    const edges: number[] = []
    if (node.next) {
      for (const word of [...node.next.keys()].sort((a, b) => a - b)) edges.push(word, visit(node.next.get(word) as TrieNode))
    }
    const shape = { terminals: node.terminals, edges }
    let hash = 0x811c9dc5
    for (const t of node.terminals) hash = Math.imul(hash ^ t.entry, 0x01000193) ^ restId(t.rest)
    for (const x of edges) hash = Math.imul(hash ^ x, 0x01000193)
    const candidates = byHash.get(hash)
    let id = candidates?.find((c) => sameShape(shapes[c], shape))
    if (id === undefined) {
      id = nodes.length
      nodes.push(node)
      shapes.push(shape)
      if (candidates) candidates.push(id)
      else byHash.set(hash, [id])
    }
    number.set(node, id)
    return id
  }
  for (const child of root.next?.values() ?? []) visit(child)
  const rootChild = new Int32Array(words).fill(-1)
  for (const [word, child] of root.next ?? []) rootChild[word] = number.get(child) as number
  // Each node's edges, sorted by word, in one array: a node's children are a short run to search.
  const childStart = new Int32Array(nodes.length + 1)
  nodes.forEach((node, id) => (childStart[id + 1] = childStart[id] + (node.next?.size ?? 0)))
  const childWord = new Int32Array(childStart[nodes.length])
  const childNode = new Int32Array(childStart[nodes.length])
  const inner = new Uint8Array(words)
  nodes.forEach((node, id) => {
    let k = childStart[id]
    for (const word of [...(node.next?.keys() ?? [])].sort((a, b) => a - b)) {
      inner[word] = 1
      childWord[k] = word
      childNode[k++] = number.get((node.next as Map<number, TrieNode>).get(word) as TrieNode) as number
    }
  })
  const restFrom = new Int32Array(nodes.length)
  const restTo = new Int32Array(nodes.length).fill(-1)
  const restWord = new Uint8Array(words)
  nodes.forEach((node, id) => {
    let from = Infinity
    let to = -1
    for (const { rest } of node.terminals) {
      if (rest.length === 0) continue
      from = Math.min(from, rest[0].min)
      to = Math.max(to, rest[0].max)
      for (const word of rest[0].steps[0]) restWord[word] = 1
    }
    if (to >= 0) {
      restFrom[id] = from
      restTo[id] = to
    }
  })
  return {
    rootChild,
    child(node: number, word: number): number {
      let lo = childStart[node]
      let hi = childStart[node + 1]
      const end = hi
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (childWord[mid] < word) lo = mid + 1
        else hi = mid
      }
      return lo < end && childWord[lo] === word ? childNode[lo] : -1
    },
    inner,
    terminals: nodes.map((node) => node.terminals),
    ends: Uint8Array.from(nodes, (node) => (node.terminals.length > 0 ? 1 : 0)),
    restFrom,
    restTo,
    restWord,
  }
}

/**
 * Compiles entries into one token trie: matching walks the trie from each token, so its cost grows
 * with the text, not with the number of entries.
 *
 * @example
 * const lexicon = compileLexicon(entries, classes)
 * lexicon.match(tokenize('The so-called election was a sham.'))
 */
export function compileLexicon(entries: readonly LexiconEntry[], classes: WordClasses = new Map()): CompiledLexicon {
  const root: TrieNode = { next: null, terminals: [], refs: 0 }
  const vocabulary = new Map<string, number>()
  const wordId = (key: string) => {
    let id = vocabulary.get(key)
    if (id === undefined) vocabulary.set(key, (id = vocabulary.size))
    return id
  }
  const leads: Lead[] = []
  const leadNumbers = new Map<string, number>()
  const leadOf = ({ min, max, steps }: Segment) => {
    const key = `${min} ${max} ${[...steps[0]].sort((a, b) => a - b).join(' ')}`
    let lead = leadNumbers.get(key)
    if (lead === undefined) {
      leadNumbers.set(key, (lead = leads.length))
      leads.push({ min, max, words: steps[0] })
    }
    return lead
  }
  entries.forEach((entry, index) => {
    let alternatives: Step[][]
    try {
      alternatives = entry.kind === 'term' ? parseTerm(entry.text, entry.inflect) : parsePattern(entry.text, classes)
    } catch (error) {
      throw new Error(`Lexicon entry '${entry.id}': ${error instanceof Error ? error.message : String(error)}`)
    }
    const restCache = new Map<string, Segment[]>()
    for (const steps of alternatives) {
      const { head, rest } = splitSegments(steps)
      const restKey = JSON.stringify(rest.map((r) => [r.min, r.max, r.steps.map((s) => [...s].sort())]))
      let shared = restCache.get(restKey)
      if (!shared) restCache.set(restKey, (shared = rest.map((r) => ({ min: r.min, max: r.max, steps: r.steps.map((keys) => new Set([...keys].map(wordId))) }))))
      insert(root, head, { entry: index, rest: shared, lead: rest.length === 0 ? -1 : leadOf(shared[0]) }, wordId)
    }
  })

  const trie = flatten(root, vocabulary.size)
  // A token's word id in the lexicon's vocabulary (-1: none of its words), kept by its id in the
  // shared vocabulary so that each distinct word is looked up once.
  const lexiconIds = new WordNumbers(1, (text, out) => (out[0] = vocabulary.get(cueKey(text)) ?? -1))

  function match(tokens: readonly Token[], words: WordIds = ownWordIds(tokens)): CueMatch[] {
    if (words.ids.length !== tokens.length) throw new Error(`match: ${words.ids.length} word ids for ${tokens.length} tokens`)
    const ids = lexiconIds.forTokens(words)
    const n = ids.length
    const { restFrom, restTo, restWord, terminals, ends, inner } = trie
    let blocks: Int32Array | null = null
    const out: CueMatch[] = []
    // Whether a lead can be met after the node being visited, worked out once per visit and lead:
    // many terminals of a node share a lead, and a rest whose lead is not met cannot match.
    let visit = 0
    const leadVisit = new Int32Array(leads.length)
    const leadMet = new Uint8Array(leads.length)
    const meets = (lead: number, at: number) => {
      const { min, max, words: first } = leads[lead]
      for (let x = at + min; x <= at + max && x < n; x++) if (ids[x] >= 0 && restWord[ids[x]] === 1 && first.has(ids[x])) return true
      return false
    }
    for (let i = 0; i < n; i++) {
      if (ids[i] < 0) continue
      let node = trie.rootChild[ids[i]]
      let found: Array<{ index: number; match: CueMatch }> | null = null
      for (let j = i; node >= 0; node = ++j < n && ids[j] >= 0 && inner[ids[j]] === 1 ? trie.child(node, ids[j]) : -1) {
        if (ends[node] === 0) continue
        const here = terminals[node]
        // Rest segments can only match when a word that may begin one stands within the gaps that
        // follow; where none does, the node's rest terminals are skipped without being tried.
        let restPossible = false
        for (let x = j + 1 + restFrom[node]; x <= j + 1 + restTo[node] && x < n && !restPossible; x++) restPossible = ids[x] >= 0 && restWord[ids[x]] === 1
        visit++
        for (const terminal of here) {
          if (terminal.lead >= 0) {
            if (!restPossible) continue
            if (leadVisit[terminal.lead] !== visit) {
              leadVisit[terminal.lead] = visit
              leadMet[terminal.lead] = meets(terminal.lead, j + 1) ? 1 : 0
            }
            if (leadMet[terminal.lead] === 0) continue
          }
          const parts: Array<readonly [number, number]> = [[i, j + 1]]
          if (terminal.rest.length > 0 && !matchRest(ids, (blocks ??= sentenceBlocks(tokens)), terminal.rest, 0, j + 1, parts, restWord)) continue
          const last = parts[parts.length - 1][1]
          found ??= []
          // One entry reached through two alternatives ending on the same token is one match.
          if (found.some((f) => f.index === terminal.entry && f.match.last === last)) continue
          found.push({ index: terminal.entry, match: { entry: entries[terminal.entry], first: i, last, parts } })
        }
      }
      if (found === null) continue
      found.sort((a, b) => a.match.last - b.match.last || a.index - b.index)
      for (const f of found) out.push(f.match)
    }
    return out
  }

  return Object.freeze({ entries, match })
}
