import { createHash } from 'node:crypto'
import type { EventRecord } from './types.ts'

/** The same event as reported by several documents. */
export interface EventCluster {
  /** stable for the same corpus, window and filters: derived from the members */
  id: string
  root: string
  /** the most frequent full CAMEO code among the members */
  cameo: string
  /** the location key most members share, or null, and its name */
  location: string | null
  locationName: string | null
  /** keys of the parties named by at least two documents, and their names */
  parties: string[]
  partyNames: string[]
  from: string
  to: string
  /** distinct documents */
  documents: number
  issuers: string[]
  members: EventRecord[]
}

export interface ClusterOptions {
  /** the most days between two events of one cluster that are linked directly; default 3 */
  windowDays?: number
  /** the fewest distinct documents a cluster needs; default 2 */
  minSources?: number
}

const DAY_MS = 86_400_000
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS)

function mostFrequent(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>()
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: string | null = null
  let bestCount = 0
  for (const [v, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n > bestCount) {
      best = v
      bestCount = n
    }
  }
  return best
}

/**
 * How alike two events are, from 0 to 1, or null when they cannot be the same event: they come
 * from the same document, differ in CAMEO root or in location, lie further apart than the
 * window, or share neither a location nor an actor or participant.
 */
export function eventSimilarity(a: EventRecord, b: EventRecord, windowDays = 3): number | null {
  if (a.documentId === b.documentId || a.root !== b.root) return null
  const days = Math.abs(dayNumber(a.date) - dayNumber(b.date))
  if (days > windowDays) return null
  if (a.location !== null && b.location !== null && a.location !== b.location) return null
  const sameLocation = a.location !== null && a.location === b.location
  const shared = a.parties.filter((p) => b.parties.includes(p)).length
  if (!sameLocation && shared === 0) return null
  const union = new Set([...a.parties, ...b.parties]).size
  const partyScore = union === 0 ? 0 : shared / union
  return 0.35 * (sameLocation ? 1 : 0) + 0.35 * partyScore + 0.15 * (a.cameo === b.cameo ? 1 : 0) + 0.15 * (1 - days / (windowDays + 1))
}

/**
 * Groups events from different documents that report the same happening: same CAMEO root, a
 * shared location or actor/participant, no conflicting location, dates within the window.
 * Deterministic: events are sorted by date, document and index, candidate pairs come from
 * shared locations and parties, and linked events are joined with union-find.
 *
 * @example
 * const clusters = clusterEvents(await store.eventRecords(), { windowDays: 3 })
 */
export function clusterEvents(records: readonly EventRecord[], { windowDays = 3, minSources = 2 }: ClusterOptions = {}): EventCluster[] {
  const events = [...records].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.index - b.index))
  const parent = events.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]]
      i = parent[i]
    }
    return i
  }
  const union = (i: number, j: number) => {
    const [a, b] = [find(i), find(j)]
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b)
  }
  // Blocks: events of one root that share a location or a party; only pairs inside a block are compared.
  const blocks = new Map<string, number[]>()
  events.forEach((e, i) => {
    const keys = new Set<string>(e.parties.map((p) => `${e.root}\0p\0${p}`))
    if (e.location !== null) keys.add(`${e.root}\0l\0${e.location}`)
    for (const key of keys) {
      const block = blocks.get(key)
      if (block) block.push(i)
      else blocks.set(key, [i])
    }
  })
  const days = events.map((e) => dayNumber(e.date))
  for (const block of blocks.values()) {
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length && days[block[y]] - days[block[x]] <= windowDays; y++) {
        if (find(block[x]) !== find(block[y]) && eventSimilarity(events[block[x]], events[block[y]], windowDays) !== null) union(block[x], block[y])
      }
    }
  }
  const groups = new Map<number, EventRecord[]>()
  events.forEach((e, i) => {
    const root = find(i)
    const group = groups.get(root)
    if (group) group.push(e)
    else groups.set(root, [e])
  })
  const clusters: EventCluster[] = []
  for (const members of groups.values()) {
    const documents = new Set(members.map((m) => m.documentId))
    if (documents.size < minSources) continue
    const keys = members.map((m) => `${m.documentId}:${m.index}`).sort()
    const partyCounts = new Map<string, Set<string>>()
    const names = new Map<string, string>()
    for (const m of members) {
      m.parties.forEach((p, i) => {
        partyCounts.set(p, (partyCounts.get(p) ?? new Set()).add(m.documentId))
        if (!names.has(p)) names.set(p, m.partyNames[i] ?? p)
      })
    }
    const location = mostFrequent(members.map((m) => m.location))
    const parties = [...partyCounts].filter(([, docs]) => docs.size >= 2).map(([p]) => p).sort()
    clusters.push({
      id: `c${createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 12)}`,
      root: members[0].root,
      cameo: mostFrequent(members.map((m) => m.cameo)) ?? members[0].cameo,
      location,
      locationName: members.find((m) => m.location === location && location !== null)?.locationName ?? null,
      parties,
      partyNames: parties.map((p) => names.get(p) ?? p),
      from: members[0].date,
      to: members[members.length - 1].date,
      documents: documents.size,
      issuers: [...new Set(members.map((m) => m.issuer ?? 'unknown issuer'))].sort(),
      members,
    })
  }
  return clusters.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : b.documents - a.documents || (a.id < b.id ? -1 : 1)))
}
