import type { Entity } from '../../../report/schema.ts'
import { firstStartingFrom } from '../../../text/token-search.ts'

/** A mention with the entity it belongs to. */
/** True for the entities that speak as bodies: organisations and groups. */
export const isBody = (e: Pick<Entity, 'type'>): boolean => e.type === 'organization' || e.type === 'group'

export interface IndexedMention {
  start: number
  end: number
  entity: Entity
}

/** Entities of a document, ready for lookups by offset and by name. */
export interface EntityIndex {
  /** mentions overlapping `[start, end)`, in text order */
  overlapping(start: number, end: number): IndexedMention[]
  /** the last mention starting before `offset` whose entity passes `accept` */
  lastBefore(offset: number, accept: (e: Entity) => boolean): Entity | null
  /** an entity whose name, alias or mention text is `name` (case-insensitive, leading "the" ignored); for a lone surname, the person it ends */
  byName(name: string): Entity | null
}

/** How a name is compared: lower case, no leading "the", one kind of apostrophe, single spaces. */
function key(s: string): string {
  let k = s.toLowerCase()
  if (k.startsWith('the')) k = k.replace(/^the\s+/, '')
  if (k.includes('’')) k = k.replace(/’/g, "'")
  // Only white space other than single spaces needs collapsing.
  if (/[^\S ]| {2}/.test(k)) k = k.replace(/\s+/g, ' ')
  return k.trim()
}

/**
 * Indexes the entities found by the entities analyzer.
 *
 * @example
 * indexEntities(entities).byName('Lavrov')?.name // 'Sergei Lavrov'
 */
export function indexEntities(entities: readonly Entity[]): EntityIndex {
  const mentions: IndexedMention[] = []
  for (const entity of entities) for (const m of entity.mentions) mentions.push({ start: m.start, end: m.end, entity })
  mentions.sort((a, b) => a.start - b.start || a.end - b.end)
  const longest = mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0)
  let names: NameIndex | null = null
  // Mentions are sorted by start, so one ending after `offset` starts at most `longest` before it.
  const firstEndingAfter = (offset: number) => {
    let lo = 0
    let hi = mentions.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (mentions[mid].start < offset - longest) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return {
    overlapping(start, end) {
      const out: IndexedMention[] = []
      for (let i = firstEndingAfter(start); i < mentions.length && mentions[i].start < end; i++) if (mentions[i].end > start) out.push(mentions[i])
      return out
    },
    lastBefore(offset, accept) {
      for (let i = firstStartingFrom(mentions, offset) - 1; i >= 0; i--) if (accept(mentions[i].entity)) return mentions[i].entity
      return null
    },
    byName(name) {
      // Most documents never ask: the names are indexed on the first question.
      names ??= indexNames(entities)
      const k = key(name)
      return names.byKey.get(k) ?? (k.includes(' ') ? null : (names.surnames.get(k) ?? null))
    },
  }
}

interface NameIndex {
  byKey: Map<string, Entity>
  surnames: Map<string, Entity | null>
}

function indexNames(entities: readonly Entity[]): NameIndex {
  const byKey = new Map<string, Entity>()
  const surnames = new Map<string, Entity | null>()
  // Mentions repeat the same few texts: each text is keyed once.
  const keys = new Map<string, string>()
  const keyOf = (n: string) => {
    let k = keys.get(n)
    if (k === undefined) keys.set(n, (k = key(n)))
    return k
  }
  for (const entity of entities) {
    for (const n of [entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)]) {
      const k = keyOf(n)
      if (!byKey.has(k)) byKey.set(k, entity)
    }
    if (entity.type === 'person') {
      const last = key(entity.name).split(' ').pop()!
      // A surname shared by two people names neither.
      surnames.set(last, surnames.has(last) && surnames.get(last) !== entity ? null : entity)
    }
  }
  return { byKey, surnames }
}
