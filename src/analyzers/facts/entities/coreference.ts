import type { DocumentWords } from './document-words.ts'
import type { MentionCandidate } from './mention.ts'
import { surnamePosition } from './surnames.ts'
import { WORD } from './token-classes.ts'

class UnionFind {
  private readonly parent: Int32Array
  constructor(size: number) {
    this.parent = new Int32Array(size)
    for (let i = 0; i < size; i++) this.parent[i] = i
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

function keysOf(doc: DocumentWords, m: MentionCandidate): string[] {
  const keys: string[] = []
  for (let i = m.start; i < m.end; i++) if (doc.classes[i] & WORD) keys.push(doc.key(i))
  return keys
}

/**
 * Groups mentions that name the same thing, in document order: mentions of one knowledge-base
 * entry (with the same qualifier), mentions written the same way, an acronym and its long form,
 * a person's surname alone ("Zhang") with the full name given elsewhere ("Zhang Ming"), and "the
 * Alliance" with the organisation named before whose name ends in that word. A one-word
 * name the knowledge base links to someone else yields to the person this document names in full
 * ("Obama" after "Michelle Obama").
 * Returns the groups as lists of candidate indices, each sorted, ordered by first mention.
 */
export function groupMentions(candidates: MentionCandidate[], doc: DocumentWords): number[][] {
  const n = candidates.length
  const order = byStart(candidates, doc.tokens.length)
  const sets = new UnionFind(n)
  // Words are needed only where the text decides: people, and names the knowledge base does not know.
  const keys: (readonly string[])[] = []
  for (const m of candidates) keys.push(m.type === 'person' || m.entries.length === 0 ? keysOf(doc, m) : NO_WORDS)
  // The first candidate of each knowledge-base entry with each qualifier, and of each type, qualifier
  // and spelling of the names the knowledge base does not know.
  const byEntry = new Map<number, number>()
  const byEntryQualifier = new Map<number, Map<string, number>>()
  const byName = new Map<string, Map<string, Map<string, number>>>()
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
  // The full names holding each word, in document order, and the words of those the knowledge base does not know.
  const fullNamesOf = new Map<string, number[]>()
  for (const f of fullNames) {
    for (const word of keys[f]) {
      const list = fullNamesOf.get(word)
      if (!list) fullNamesOf.set(word, [f])
      else if (list[list.length - 1] !== f) list.push(f)
    }
  }
  const unlinkedWords = new Set<string>()
  for (const f of unlinkedFullNames) for (const word of keys[f]) unlinkedWords.add(word)
  for (const i of order) {
    const m = candidates[i]
    if (m.type === 'person' && keys[i].length === 1 && m.entries.length === 1 && !linkedFullNames.has(m.entries[0])) {
      // The knowledge base's "Obama" is not this document's Obama when the document names another one.
      if (unlinkedWords.has(keys[i][0])) m.entries = []
    }
  }
  for (const i of order) {
    const m = candidates[i]
    let seen: number | undefined
    if (m.entries.length > 0 && !m.qualifier) {
      seen = byEntry.get(m.entries[0])
      if (seen === undefined) byEntry.set(m.entries[0], i)
    } else {
      const firsts = m.entries.length > 0 ? inner(byEntryQualifier, m.entries[0]) : inner(inner(byName, m.type), m.qualifier ?? '')
      const key = m.entries.length > 0 ? (m.qualifier as string) : keys[i].length === 1 ? keys[i][0] : keys[i].join(' ')
      seen = firsts.get(key)
      if (seen === undefined) firsts.set(key, i)
    }
    if (seen !== undefined) sets.union(seen, i)
    if (m.linkedTo !== null) sets.union(i, m.linkedTo)
  }
  for (const i of order) {
    const m = candidates[i]
    if (m.type !== 'person' || keys[i].length !== 1 || m.entries.length > 0) continue
    const target = fullNameOf(keys[i][0], i, fullNamesOf.get(keys[i][0]) ?? [], keys, candidates)
    if (target >= 0) sets.union(target, i)
  }
  for (const [short, long] of shortenedBodyNames(candidates, keys, order, doc)) sets.union(long, short)
  for (const i of order) {
    const named = namedBodyOfHead(i, candidates, keys, doc, (a, b) => sets.find(a) === sets.find(b))
    if (named >= 0) sets.union(named, i)
  }
  // Groups in the order of their first mentions, each in document order.
  const groups: number[][] = []
  const groupOfRoot = new Int32Array(n).fill(-1)
  for (const i of order) {
    const root = sets.find(i)
    if (groupOfRoot[root] < 0) {
      groupOfRoot[root] = groups.length
      groups.push([i])
    } else groups[groupOfRoot[root]].push(i)
  }
  // Each group's first candidate comes in `order`, so the groups are in document order already.
  return groups
}

/** Head words of bodies that "the" + the capitalised word alone refers back to: "the Alliance" after NATO. */
const BODY_HEADS = new Set([
  'alliance', 'organisation', 'organization', 'union', 'movement', 'party', 'front', 'bloc', 'coalition', 'league', 'council', 'commission', 'committee',
  // military formations: "the Corps" after "V Corps", "the Command" after "Allied Air Command", "the
  // Navy" after "Indian Navy", "the Army" after "U.S. Army"
  'corps', 'command', 'fleet', 'division', 'brigade', 'regiment', 'battalion', 'squadron', 'army', 'navy',
])

/** Whether an organisation candidate's name, or one of its knowledge-base names, ends in `head`. */
function endsInHead(c: MentionCandidate, head: string, doc: DocumentWords): boolean {
  if (c.entries.length > 0) return [doc.kb.entry(c.entries[0]).name, ...doc.kb.entry(c.entries[0]).aliases.map((a) => a.text)].some((name) => name.toLowerCase().endsWith(' ' + head))
  return c.end - c.start > 1 && doc.key(c.end - 1) === head
}

/**
 * The organisation that "the Alliance", "the Movement" (a lone capitalised head word after "the", in
 * no knowledge-base entry of its own) refers back to: the one organisation named before whose name,
 * or a knowledge-base name of it, ends in that word ("North Atlantic Alliance"); -1 when there is none,
 * or more than one ("the Council" after both "the Vatican Council" and "the Preparatory Council").
 */
function namedBodyOfHead(i: number, candidates: readonly MentionCandidate[], keys: readonly (readonly string[])[], doc: DocumentWords, sameBody: (a: number, b: number) => boolean): number {
  const m = candidates[i]
  if (m.type !== 'organization' || m.entries.length > 0 || keys[i].length !== 1 || !BODY_HEADS.has(keys[i][0]) || m.start === 0 || doc.key(m.start - 1) !== 'the') return -1
  let found = -1
  for (let j = 0; j < candidates.length; j++) {
    const c = candidates[j]
    if (j === i || c.start >= m.start || (c.type !== 'organization' && c.type !== 'group') || !endsInHead(c, keys[i][0], doc)) continue
    if (found >= 0 && !sameBody(found, j)) return -1
    found = j
  }
  return found
}

/** Words after which the rest of a name is the object of a phrase, not the name itself. */
const SMALL_WORDS = new Set(['of', 'the', 'on', 'for', 'and', 'in', 'at', 'to', 'from', 'with', 'de', 'du', 'des', 'la', 'le'])

/**
 * Pairs [short, long] of a body's name and a fuller name of it that ends with the same words:
 * "Defence Committee" and "House of Commons Defence Committee". Only names the knowledge base does
 * not know, of two words or more, and only when one fuller name fits: "Foreign Affairs Committee"
 * beside both a House and a Senate one stays apart. A body the text gives to a country joins no
 * known fuller name of another country.
 */
function shortenedBodyNames(candidates: readonly MentionCandidate[], keys: readonly (readonly string[])[], order: readonly number[], doc: DocumentWords): Array<[number, number]> {
  const shorts = order.filter((i) => candidates[i].type === 'organization' && candidates[i].entries.length === 0 && keys[i].length >= 2)
  if (shorts.length === 0) return []
  // Every body's words, those the knowledge base knows too: a fuller name it knows also makes a short name ambiguous.
  const bodies = order.filter((i) => candidates[i].type === 'organization' && candidates[i].end - candidates[i].start >= 2)
  const wordsOf = (i: number) => (keys[i].length > 0 || candidates[i].entries.length === 0 ? keys[i] : keysOf(doc, candidates[i]))
  const pairs: Array<[number, number]> = []
  // The fuller name adds words before the shorter one, not a phrase it heads: "Catechism of the Catholic Church" is no Catholic Church.
  const endsWith = (long: readonly string[], short: readonly string[]) =>
    long.length > short.length && !SMALL_WORDS.has(long[long.length - short.length - 1]) && short.every((w, k) => long[long.length - short.length + k] === w)
  for (const short of shorts) {
    const fuller = new Set<string>()
    let long = -1
    const owner = candidates[short].owner
    for (const j of bodies) {
      const words = wordsOf(j)
      if (!endsWith(words, keys[short])) continue
      // "Armenia's Security Council" is not the United States' "National Security Council".
      if (owner !== undefined && candidates[j].entries.length > 0 && doc.kb.entry(candidates[j].entries[0]).country !== owner) continue
      fuller.add(words.join(' '))
      long = j
    }
    if (fuller.size === 1) pairs.push([short, long])
  }
  return pairs
}

// The map kept under `key` in `outer`, made on first use.
function inner<K, V>(outer: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let map = outer.get(key)
  if (!map) outer.set(key, (map = new Map()))
  return map
}

// Candidates per token, kept from one document to the next.
let counts = new Int32Array(4096)

/**
 * The candidates' indices ordered by where they start, those starting together in their order (as
 * a stable sort would leave them), by counting the candidates at each of the document's `tokens`.
 */
function byStart(candidates: readonly MentionCandidate[], tokens: number): number[] {
  const n = candidates.length
  const order: number[] = []
  let sorted = true
  for (let i = 0; i < n; i++) {
    order.push(i)
    if (i > 0 && candidates[i - 1].start > candidates[i].start) sorted = false
  }
  if (sorted) return order
  if (counts.length < tokens + 1) counts = new Int32Array(Math.max(tokens + 1, 2 * counts.length))
  // Counted over the tokens from the first candidate's start to the last one's.
  let low = tokens
  let high = 0
  for (const m of candidates) {
    low = Math.min(low, m.start)
    high = Math.max(high, m.start)
  }
  const first = counts.fill(0, low, high + 2)
  for (const m of candidates) first[m.start + 1]++
  for (let t = low; t <= high; t++) first[t + 1] += first[t]
  for (let i = 0; i < n; i++) order[first[candidates[i].start]++] = i
  return order
}

/**
 * The full name a lone name `word` (candidate `i`) belongs to, or -1: a surname beats a given name;
 * among equals, the nearest full name before the mention, else the first after it. `fullNames` are
 * the full names holding the word, in document order.
 */
function fullNameOf(word: string, i: number, fullNames: readonly number[], keys: readonly (readonly string[])[], candidates: readonly MentionCandidate[]): number {
  const start = candidates[i].start
  let first = -1
  let lastBefore = -1
  let firstSurname = -1
  let lastSurnameBefore = -1
  for (const f of fullNames) {
    if (f === i) continue
    const before = candidates[f].start < start
    if (first < 0) first = f
    if (before) lastBefore = f
    const surname = surnamePosition(keys[f])
    if (surname < 0 || keys[f][surname] !== word) continue
    if (firstSurname < 0) firstSurname = f
    if (before) lastSurnameBefore = f
  }
  if (firstSurname >= 0) return lastSurnameBefore >= 0 ? lastSurnameBefore : firstSurname
  return lastBefore >= 0 ? lastBefore : first
}
