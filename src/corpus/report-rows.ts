import type { Entity, Report, SentenceFunction, TechniqueId } from '../report/schema.ts'

/** An entity of one document as the entities table holds it. */
export interface EntityRow {
  ref: string
  type: string
  name: string
  kbSource: string | null
  kbId: string | null
  /** knowledge-base id when linked (source:id), else the lower-case name: what co-mentions and clusters compare */
  key: string
  mentions: number
}

export interface TechniqueRow {
  technique: TechniqueId
  start: number
  end: number
  confidence: number
  text: string
}

export interface EventRow {
  index: number
  cameo: string
  root: string
  label: string
  quadClass: number
  goldstein: number
  actor: string | null
  actorKey: string | null
  target: string | null
  targetKey: string | null
  location: string | null
  locationKey: string | null
  /** actor, target and participants (key and name), without repeats */
  parties: { key: string; name: string }[]
  /** YYYY-MM-DD: the event's own resolved day, else the document's published day */
  day: string | null
  /** YYYY-MM of the event's own date (even when only the month is known), else of the document's */
  month: string | null
  background: boolean
  start: number
  end: number
  text: string
}

/** What the normalised tables hold for one report; computed where the report is made, so the writer only inserts. */
export interface ReportRows {
  entities: EntityRow[]
  /** lower-case names, aliases and knowledge-base ids the document mentions: what the entity filter matches */
  names: string[]
  techniques: TechniqueRow[]
  events: EventRow[]
  functions: { function: SentenceFunction; count: number }[]
}

/** The key entities are compared by across documents. */
export function entityKey(entity: Pick<Entity, 'name' | 'kb'>): string {
  return entity.kb ? `${entity.kb.source}:${entity.kb.id}` : entity.name.trim().toLowerCase()
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * Derives the rows of the normalised tables (entities, entity names, techniques, events, sentence
 * functions) from a report.
 *
 * @example
 * reportRows(report).events[0]?.root // '15'
 */
export function reportRows(report: Report): ReportRows {
  const byRef = new Map(report.entities.map((e) => [e.id, e]))
  const entities: EntityRow[] = report.entities.map((e) => ({
    ref: e.id,
    type: e.type,
    name: e.name,
    kbSource: e.kb?.source ?? null,
    kbId: e.kb?.id ?? null,
    key: entityKey(e),
    mentions: e.mentions.length,
  }))
  const names = new Set<string>()
  for (const e of report.entities) {
    for (const n of [e.name, ...e.aliases]) if (n.trim()) names.add(n.trim().toLowerCase())
    if (e.kb) {
      names.add(e.kb.id.toLowerCase())
      names.add(`${e.kb.source}:${e.kb.id}`.toLowerCase())
    }
  }
  const published = report.document.published
  const events: EventRow[] = report.events.map((event, index) => {
    const key = (ref: string | null) => {
      const entity = ref ? byRef.get(ref) : undefined
      return entity ? entityKey(entity) : null
    }
    const name = (ref: string | null) => (ref ? (byRef.get(ref)?.name ?? null) : null)
    const resolved = event.date !== null ? (report.dates[event.date]?.resolved ?? null) : null
    const day = resolved && DAY.test(resolved) ? resolved : published && DAY.test(published) ? published : null
    const month = resolved && resolved.length >= 7 ? resolved.slice(0, 7) : (day?.slice(0, 7) ?? null)
    const parties = new Map<string, string>()
    for (const ref of [event.actor, event.target, ...event.participants]) {
      const entity = ref ? byRef.get(ref) : undefined
      if (entity && !parties.has(entityKey(entity))) parties.set(entityKey(entity), entity.name)
    }
    return {
      index,
      cameo: event.cameo,
      root: event.cameo.slice(0, 2),
      label: event.label,
      quadClass: event.quadClass,
      goldstein: event.goldstein,
      actor: name(event.actor),
      actorKey: key(event.actor),
      target: name(event.target),
      targetKey: key(event.target),
      location: name(event.location),
      locationKey: key(event.location),
      parties: [...parties].map(([k, n]) => ({ key: k, name: n })),
      day,
      month,
      background: event.background,
      start: event.start,
      end: event.end,
      text: event.text,
    }
  })
  const functionCounts = new Map<SentenceFunction, number>()
  for (const s of report.sentences) functionCounts.set(s.function, (functionCounts.get(s.function) ?? 0) + 1)
  return {
    entities,
    names: [...names],
    techniques: report.techniques.map((t) => ({ technique: t.technique, start: t.start, end: t.end, confidence: t.confidence, text: t.text })),
    events,
    functions: [...functionCounts].map(([fn, count]) => ({ function: fn, count })),
  }
}
