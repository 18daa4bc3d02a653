import type { Token } from '../../text/types.ts'
import { cueKeys } from './cue-key.ts'
import type { LexiconEntry } from './entry.ts'
import { isGap, parsePattern, parseTerm, type Step, type WordClasses } from './pattern.ts'

interface Segment {
  min: number
  max: number
  steps: ReadonlyArray<ReadonlySet<string>>
}

/** Where a compiled entry ends in the trie: the entry and what must follow its first words after gaps. */
interface Terminal {
  entry: number
  rest: readonly Segment[]
}

/** Trie edges are word ids of the lexicon's vocabulary; a token outside it ends every walk at once. */
interface TrieNode {
  next: Map<number, TrieNode> | null
  terminals: Terminal[]
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
   * `keys` are the tokens' `cueKey`s when the caller has them already.
   */
  match(tokens: readonly Token[], keys?: readonly string[]): CueMatch[]
}

const SENTENCE_END = new Set(['.', '!', '?', '…', '!!', '?!', '!?'])

function splitSegments(steps: readonly Step[]): { head: ReadonlySet<string>[]; rest: Segment[] } {
  const head: ReadonlySet<string>[] = []
  const rest: Segment[] = []
  for (const step of steps) {
    if (isGap(step)) rest.push({ min: step.min, max: step.max, steps: [] })
    else if (rest.length === 0) head.push(step.keys)
    else (rest[rest.length - 1].steps as ReadonlySet<string>[]).push(step.keys)
  }
  return { head, rest }
}

function insert(root: TrieNode, head: readonly ReadonlySet<string>[], terminal: Terminal, wordId: (key: string) => number): void {
  let nodes = [root]
  for (const keys of head) {
    const next = new Set<TrieNode>()
    for (const node of nodes) {
      node.next ??= new Map()
      for (const key of keys) {
        const id = wordId(key)
        let child = node.next.get(id)
        if (!child) {
          child = { next: null, terminals: [] }
          node.next.set(id, child)
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

function matchRest(keys: readonly string[], blocks: Int32Array, rest: readonly Segment[], k: number, at: number, parts: Array<readonly [number, number]>): boolean {
  if (k === rest.length) return true
  const { min, max, steps } = rest[k]
  const block = blocks[at - 1]
  for (let gap = min; gap <= max; gap++) {
    const from = at + gap
    const to = from + steps.length
    if (to > keys.length || blocks[to - 1] !== block) return false
    let ok = true
    for (let s = 0; s < steps.length && ok; s++) ok = steps[s].has(keys[from + s])
    if (!ok) continue
    parts.push([from, to])
    if (matchRest(keys, blocks, rest, k + 1, to, parts)) return true
    parts.pop()
  }
  return false
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
  const root: TrieNode = { next: null, terminals: [] }
  const vocabulary = new Map<string, number>()
  const wordId = (key: string) => {
    let id = vocabulary.get(key)
    if (id === undefined) vocabulary.set(key, (id = vocabulary.size))
    return id
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
      if (!shared) restCache.set(restKey, (shared = rest))
      insert(root, head, { entry: index, rest: shared }, wordId)
    }
  })

  const rootChildren: Array<TrieNode | undefined> = new Array(vocabulary.size)
  for (const [id, child] of root.next ?? []) rootChildren[id] = child

  function match(tokens: readonly Token[], given?: readonly string[]): CueMatch[] {
    const keys = given ?? cueKeys(tokens)
    const ids = new Int32Array(keys.length)
    for (let i = 0; i < keys.length; i++) ids[i] = vocabulary.get(keys[i]) ?? -1
    let blocks: Int32Array | null = null
    const out: CueMatch[] = []
    for (let i = 0; i < keys.length; i++) {
      if (ids[i] < 0 || rootChildren[ids[i]] === undefined) continue
      let node: TrieNode | undefined = root
      let found: Array<{ index: number; match: CueMatch }> | null = null
      for (let j = i; j < keys.length; j++) {
        node = ids[j] < 0 ? undefined : node.next?.get(ids[j])
        if (!node) break
        for (const terminal of node.terminals) {
          const parts: Array<readonly [number, number]> = [[i, j + 1]]
          if (terminal.rest.length > 0 && !matchRest(keys, (blocks ??= sentenceBlocks(tokens)), terminal.rest, 0, j + 1, parts)) continue
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
