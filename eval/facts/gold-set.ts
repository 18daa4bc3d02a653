import { existsSync, readdirSync, readFileSync } from 'node:fs'
import type { Amount, EntityType } from '../../src/report/schema.ts'
import { GoldFileSchema, type GoldFile } from './gold-format.ts'
import { locateMentions, locateSpan, type TextSpan } from './locate-span.ts'

/** The gold set shipped with the repository. */
export const GOLD_FACTS_DIR = new URL('../../gold/facts/', import.meta.url)

export interface GoldEntity {
  name: string
  type: EntityType
  mentions: TextSpan[]
}

export interface GoldQuote extends TextSpan {
  direct: boolean
  speaker: string | null
}

export interface GoldAmount extends TextSpan {
  value: number | null
  max: number | null
  qualifier: NonNullable<Amount['qualifier']>
  unit: string | null
}

export interface GoldDate extends TextSpan {
  resolved: string | null
}

export interface GoldEvent {
  cameo: string
  trigger: TextSpan
  actor: string | null
  target: string | null
  location: string | null
  background: boolean
}

/** One annotated document with every span resolved to offsets into `text`. */
export interface GoldDocument {
  id: string
  title: string
  issuer: string
  kind: string
  published: string
  text: string
  entities: GoldEntity[]
  quotes: GoldQuote[]
  amounts: GoldAmount[]
  dates: GoldDate[]
  events: GoldEvent[]
}

function at<T>(where: string, resolve: () => T): T {
  try {
    return resolve()
  } catch (error) {
    throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Resolves the spans of one parsed gold file against its text; errors name the file and the item. */
export function resolveGold(file: GoldFile, text: string): GoldDocument {
  const where = (layer: string, i: number) => `${file.id}.json ${layer}[${i}]`
  return {
    id: file.id,
    title: file.title,
    issuer: file.issuer,
    kind: file.kind,
    published: file.published,
    text,
    entities: file.entities.map((e, i) => ({
      name: e.name,
      type: e.type,
      mentions: at(`${where('entities', i)} (${e.name})`, () => e.mentions.flatMap((m) => locateMentions(text, m))).sort((a, b) => a.start - b.start),
    })),
    quotes: file.quotes.map((q, i) => ({ ...at(where('quotes', i), () => locateSpan(text, q)), direct: q.direct, speaker: q.speaker })),
    amounts: file.amounts.map((a, i) => ({
      ...at(where('amounts', i), () => locateSpan(text, a)),
      value: a.value,
      max: a.max ?? null,
      qualifier: a.qualifier,
      unit: a.unit,
    })),
    dates: file.dates.map((d, i) => ({ ...at(where('dates', i), () => locateSpan(text, d)), resolved: d.resolved })),
    events: file.events.map((e, i) => ({
      cameo: e.cameo,
      trigger: at(where('events', i), () => locateSpan(text, e.trigger)),
      actor: e.actor,
      target: e.target,
      location: e.location,
      background: e.background,
    })),
  }
}

/** Reads one gold document: `<dir>/<id>.json` and its text `<dir>/<id>.txt`. */
export function readGoldDocument(dir: URL, id: string): GoldDocument {
  const raw: unknown = JSON.parse(readFileSync(new URL(`${id}.json`, dir), 'utf8'))
  const parsed = GoldFileSchema.safeParse(raw)
  if (!parsed.success) throw new Error(`${id}.json does not follow the gold format:\n${parsed.error.message}`)
  if (parsed.data.id !== id) throw new Error(`${id}.json says its id is '${parsed.data.id}'; the id must equal the file name`)
  const textUrl = new URL(`${id}.txt`, dir)
  if (!existsSync(textUrl)) throw new Error(`${id}.json has no text beside it: create ${id}.txt`)
  return resolveGold(parsed.data, readFileSync(textUrl, 'utf8'))
}

/** Reads every annotated document of a gold directory (default: the repository's gold/facts), sorted by id. */
export function readGoldSet(dir: URL = GOLD_FACTS_DIR): GoldDocument[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort()
    .map((id) => readGoldDocument(dir, id))
}
