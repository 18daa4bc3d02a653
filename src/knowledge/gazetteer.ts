import type { Token } from '../text/types.ts'
import { fitsCase } from './case-fit.ts'
import { createEdgeTable } from './edge-table.ts'
import { tokenKeys, type TokenKeys } from './token-key.ts'
import { AliasFlag } from './types.ts'

/** One phrase to recognise: its tokens' keys (see `tokenKey`), the value it stands for, and its alias flags. */
export interface GazetteerPhrase {
  keys: readonly string[]
  value: number
  flags: number
}

export interface GazetteerCandidate {
  value: number
  flags: number
}

/** A phrase found in a token array: tokens `start` to `end` (exclusive) and the values whose case fits. */
export interface GazetteerHit {
  start: number
  end: number
  /** in the order the phrases were added: earlier phrases are preferred readings */
  candidates: readonly GazetteerCandidate[]
}

export interface Gazetteer {
  /** number of phrases */
  readonly size: number
  /**
   * Finds phrases in tokens `from`..`to`, left to right; where phrases overlap the longest one that
   * starts first wins. Only tokens that can begin a name (a capital, a digit, "al-…") start a match.
   */
  match(tokens: readonly Token[], from?: number, to?: number, keys?: TokenKeys): GazetteerHit[]
  /** Every value stored under exactly these keys, whatever the case. */
  lookup(keys: readonly string[]): readonly GazetteerCandidate[]
}

export interface GazetteerOptions {
  /**
   * true (the default): phrases are names, so a match starts only at a capitalised token and each
   * phrase's case flags are checked; false: phrases are ordinary words ("foreign minister") matched in any case.
   */
  properNames?: boolean
}

const START_PARTICLES = new Set(['al', 'el', 'ad', 'an', 'as', 'ash', 'at', 'ar', 'az', 'ath'])

function canStart(token: Token): boolean {
  const text = token.text
  const c = text.charCodeAt(0)
  if (token.kind !== 'word' && token.kind !== 'number') return false
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true
  if (c >= 97 && c <= 122) {
    const dash = text.indexOf('-')
    const head = dash > 0 ? text.slice(0, dash) : text
    return head.length <= 3 && START_PARTICLES.has(head)
  }
  return c > 127 && text.charAt(0) !== text.charAt(0).toLowerCase()
}

/**
 * Compiles phrases into a token-level trie once; matching then costs one map lookup per token.
 *
 * @example
 * const g = createGazetteer([{ keys: ['united', 'nations'], value: 0, flags: 0 }])
 * g.match(tokenize('The United Nations met.')) // [{ start: 1, end: 3, candidates: [{ value: 0, flags: 0 }] }]
 */
export function createGazetteer(phrases: Iterable<GazetteerPhrase>, { properNames = true }: GazetteerOptions = {}): Gazetteer {
  const vocabulary = new Map<string, number>()
  const edges = createEdgeTable(1 << 16)
  // Candidates of terminal nodes: a linked list per node in flat arrays, in insertion order.
  let head = new Int32Array(1 << 16).fill(-1)
  const candidateValue: number[] = []
  const candidateFlags: number[] = []
  const candidateNext: number[] = []
  let nodes = 1
  let size = 0
  for (const phrase of phrases) {
    if (phrase.keys.length === 0) continue
    let node = 0
    for (const key of phrase.keys) {
      let id = vocabulary.get(key)
      if (id === undefined) {
        id = vocabulary.size
        vocabulary.set(key, id)
      }
      const next = edges.getOrAdd(node, id, nodes)
      if (next === nodes) nodes++
      node = next
    }
    if (node >= head.length) {
      const bigger = new Int32Array(Math.max(head.length * 2, node + 1)).fill(-1)
      bigger.set(head)
      head = bigger
    }
    let last = -1
    let duplicate = false
    for (let c = head[node]; c >= 0; c = candidateNext[c]) {
      if (candidateValue[c] === phrase.value && candidateFlags[c] === phrase.flags) duplicate = true
      last = c
    }
    if (!duplicate) {
      const index = candidateValue.length
      candidateValue.push(phrase.value)
      candidateFlags.push(phrase.flags)
      candidateNext.push(-1)
      if (last < 0) head[node] = index
      else candidateNext[last] = index
    }
    size++
  }

  function candidatesAt(node: number): GazetteerCandidate[] {
    const out: GazetteerCandidate[] = []
    if (node >= head.length) return out
    for (let c = head[node]; c >= 0; c = candidateNext[c]) out.push({ value: candidateValue[c], flags: candidateFlags[c] })
    return out
  }

  function walk(keys: readonly string[]): number {
    let node = 0
    for (const key of keys) {
      const id = vocabulary.get(key)
      if (id === undefined) return -1
      const next = edges.get(node, id)
      if (next < 0) return -1
      node = next
    }
    return node
  }

  function match(tokens: readonly Token[], from = 0, to = tokens.length, keyOf: TokenKeys = tokenKeys(tokens)): GazetteerHit[] {
    const hits: GazetteerHit[] = []
    for (let i = from; i < to; i++) {
      if (properNames ? !canStart(tokens[i]) : tokens[i].kind !== 'word') continue
      let node = 0
      let bestEnd = -1
      let best: GazetteerCandidate[] | null = null
      for (let j = i; j < to; j++) {
        const key = keyOf(j)
        const id = vocabulary.get(key)
        if (id === undefined) break
        const next = edges.get(node, id)
        if (next < 0) break
        node = next
        if (node >= head.length || head[node] < 0) continue
        const terminal = candidatesAt(node)
        const fitting = properNames ? terminal.filter((c) => fitsCase(tokens, keyOf, i, j + 1, c.flags) && (!(c.flags & AliasFlag.needsArticle) || (i > 0 && keyOf(i - 1) === 'the'))) : terminal
        if (fitting.length > 0) {
          bestEnd = j + 1
          best = fitting
        }
      }
      if (best) {
        hits.push({ start: i, end: bestEnd, candidates: best })
        i = bestEnd - 1
      }
    }
    return hits
  }

  function lookup(keys: readonly string[]): readonly GazetteerCandidate[] {
    const node = walk(keys)
    return node < 0 ? [] : candidatesAt(node)
  }

  return { size, match, lookup }
}
