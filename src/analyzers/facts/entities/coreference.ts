import type { TokenKeys } from '../../../knowledge/token-key.ts'
import type { Token } from '../../../text/types.ts'
import type { MentionCandidate } from './mention.ts'

class UnionFind {
  private readonly parent: number[]
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i)
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]]
      i = this.parent[i]
    }
    return i
  }
  union(a: number, b: number): void {
    const ra = this.find(a)
    const rb = this.find(b)
    // The earlier mention stays the root, so a group is named after where it starts.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
}

const NO_WORDS: readonly string[] = []

const keysOf = (tokens: readonly Token[], tokenKeys: TokenKeys, m: MentionCandidate) => {
  const keys: string[] = []
  for (let i = m.start; i < m.end; i++) if (tokens[i].kind === 'word') keys.push(tokenKeys(i))
  return keys
}

/**
 * Groups mentions that name the same thing, in document order: mentions of one knowledge-base
 * entry (with the same qualifier), mentions written the same way, an acronym and its long form,
 * and a person's surname alone ("Zhang") with the full name given elsewhere ("Zhang Ming"). A one-word
 * name the knowledge base links to someone else yields to the person this document names in full
 * ("Obama" after "Michelle Obama").
 * Returns the groups as lists of candidate indices, each sorted, ordered by first mention.
 */
export function groupMentions(candidates: MentionCandidate[], tokens: readonly Token[], tokenKeys: TokenKeys): number[][] {
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[a].start - candidates[b].start)
  const sets = new UnionFind(candidates.length)
  // Words are needed only where the text decides: people, and names the knowledge base does not know.
  const keys = candidates.map((m) => (m.type === 'person' || m.entries.length === 0 ? keysOf(tokens, tokenKeys, m) : NO_WORDS))
  const byKey = new Map<string | number, number>()
  // Full person names, for surnames to join; those the knowledge base does not know, apart.
  const fullNames: number[] = []
  const unlinkedFullNames: number[] = []
  const linkedFullNames = new Set<number>()
  for (const i of order) {
    const m = candidates[i]
    if (m.type !== 'person' || keys[i].length < 2) continue
    fullNames.push(i)
    if (m.entries.length === 0) unlinkedFullNames.push(i)
    else linkedFullNames.add(m.entries[0])
  }
  for (const i of order) {
    const m = candidates[i]
    if (m.type === 'person' && keys[i].length === 1 && m.entries.length === 1 && !linkedFullNames.has(m.entries[0])) {
      // The knowledge base's "Obama" is not this document's Obama when the document names another one.
      if (unlinkedFullNames.some((f) => keys[f].includes(keys[i][0]))) m.entries = []
    }
  }
  for (const i of order) {
    const m = candidates[i]
    const key = m.entries.length > 0 ? (m.qualifier ? `${m.entries[0]}|${m.qualifier}` : m.entries[0]) : `${m.type}:${keys[i].join(' ')}|${m.qualifier ?? ''}`
    const seen = byKey.get(key)
    if (seen === undefined) byKey.set(key, i)
    else sets.union(seen, i)
    if (m.linkedTo !== null) sets.union(i, m.linkedTo)
  }
  for (const i of order) {
    const m = candidates[i]
    if (m.type !== 'person' || keys[i].length !== 1 || m.entries.length > 0) continue
    const word = keys[i][0]
    const matches = fullNames.filter((f) => f !== i && keys[f].includes(word))
    if (matches.length === 0) continue
    // A surname beats a given name; among equals, the nearest full name before the mention, else after.
    const surnames = matches.filter((f) => keys[f][keys[f].length - 1] === word)
    const pool = surnames.length > 0 ? surnames : matches
    const before = pool.filter((f) => candidates[f].start < m.start)
    const target = before.length > 0 ? before[before.length - 1] : pool[0]
    sets.union(target, i)
  }
  const groups = new Map<number, number[]>()
  for (const i of order) {
    const root = sets.find(i)
    const list = groups.get(root)
    if (list) list.push(i)
    else groups.set(root, [i])
  }
  return [...groups.values()].sort((a, b) => candidates[a[0]].start - candidates[b[0]].start)
}
