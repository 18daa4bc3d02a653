import { gunzipSync, gzipSync } from 'node:zlib'
import { nameKeys } from './name-keys.ts'
import { slug } from './sources/slug.ts'
import { Trie, type TrieParts } from './trie.ts'
import type { KbEntry, KbEntryType, KbRole, KbRolePhrase, KbSource } from './types.ts'

/** The knowledge base as it is stored: what the build writes and the loader reads. */
export interface KbData {
  sources: KbSource[]
  entries: KbEntry[]
  rolePhrases: KbRolePhrase[]
  /** ordinary English words, lower case: a capitalised one opening a sentence is no name */
  commonWords: string[]
}

export const KB_FORMAT = 'unspun.kb/1'

const TYPE_CODE: Record<KbEntryType, string> = { person: 'p', organization: 'o', location: 'l', nationality: 'n', group: 'g' }
const CODE_TYPE: Record<string, KbEntryType> = { p: 'person', o: 'organization', l: 'location', n: 'nationality', g: 'group' }

/** An entry as stored: short field names, aliases and their flags in parallel arrays. */
export interface StoredEntry {
  /** id, left out when `storedId` can rebuild it */
  i?: string
  /** type and source index: stored once per run of entries that share them, set on reading */
  t: string
  /** name, left out when it is the first alias */
  n?: string
  s: number
  a: string[]
  f?: number[]
  c?: string
  /** CAMEO code, left out for people whose code is their latest role's */
  k?: string
  /** roles as 'CODE FROM-TO;…' with dates as YYYYMMDD, empty when open */
  r?: string
  p?: number
  x?: string
  o?: string
}

/** The id a PETRARCH person gets from its name and country: 'petrarch:person/vladimir-putin/RUS'. */
export function personId(name: string, country: string | null): string {
  return `petrarch:person/${slug(name)}${country ? `/${country}` : ''}`
}

const compactDate = (date: string | null) => (date ? date.replace(/-/g, '') : '')
const fullDate = (date: string) => (date ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}` : null)

function writeRoles(roles: readonly KbRole[]): string {
  return roles.map((r) => `${r.code} ${compactDate(r.from)}-${compactDate(r.to)}`).join(';')
}

function readRoles(text: string): KbRole[] {
  return text.split(';').map((part) => {
    const [code, range] = part.split(' ')
    const [from, to] = range.split('-')
    return { code, from: fullDate(from), to: fullDate(to) }
  })
}

/**
 * The CAMEO code a person carries: the code of the role they hold open, or of their latest role.
 *
 * @example
 * latestRoleCode([{ code: 'RUSELI', from: '1970-01-01', to: '1999-08-09' }, { code: 'RUSGOV', from: '2008-05-08', to: null }]) // 'RUSGOV'
 */
export function latestRoleCode(roles: readonly KbRole[]): string | null {
  if (roles.length === 0) return null
  const open = roles.filter((r) => r.to === null && r.from !== null)
  return (open.length > 0 ? open[open.length - 1] : roles[roles.length - 1]).code
}

/** Entries sharing a type and a source, as stored: neither is repeated for each entry. */
interface StoredSection {
  t: string
  s: number
  e: Omit<StoredEntry, 't' | 's'>[]
}

/** The stored knowledge base, read but not yet turned into entries. */
export interface StoredKb {
  format: string
  sources: KbSource[]
  entries: StoredEntry[]
  roles: [string, string][]
  /** `commonWords` joined by spaces */
  words: string
  /** the name gazetteer's trie, compiled at build time: key list and base64 little-endian Int32 triples */
  trie?: { words: string; edges: string; candidates: string; size: number }
}

/** The trie of every alias of every entry, in entry order: what the name gazetteer matches with. */
export function aliasTrie(entries: readonly KbEntry[]): Trie {
  const trie = new Trie(entries.length * 2)
  entries.forEach((e, i) => {
    for (const alias of e.aliases) trie.add(nameKeys(alias.text), i, alias.flags)
  })
  return trie
}

const toBase64 = (values: Int32Array) => Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64')
const fromBase64 = (text: string) => new Int32Array(new Uint8Array(Buffer.from(text, 'base64')).buffer)

/** The stored trie, ready for `Trie.fromParts`, or null when the file holds none. */
export function storedTrie(stored: StoredKb): TrieParts | null {
  if (!stored.trie) return null
  return { words: stored.trie.words.split('\n'), edges: fromBase64(stored.trie.edges), candidates: fromBase64(stored.trie.candidates), size: stored.trie.size }
}

/**
 * Writes the knowledge base as gzipped JSON with short field names, entries in their order, with
 * the name gazetteer's trie compiled so that loading need not compile it.
 */
export function serializeKb(data: KbData): Buffer {
  const sourceIndex = new Map(data.sources.map((s, i) => [s.id, i]))
  const entries = data.entries.map((e): StoredEntry => {
    const s = sourceIndex.get(e.source)
    if (s === undefined) throw new Error(`Entry ${e.id} names the source '${e.source}', which is not in the source list.`)
    const stored: StoredEntry = { t: TYPE_CODE[e.type], s, a: e.aliases.map((a) => a.text) }
    if (e.country) stored.c = e.country
    if (e.cameo && !(e.type === 'person' && e.cameo === latestRoleCode(e.roles))) stored.k = e.cameo
    if (e.roles.length > 0) stored.r = writeRoles(e.roles)
    if (storedId(stored) !== e.id) stored.i = e.id
    if (e.name !== e.aliases[0]?.text) stored.n = e.name
    if (e.aliases.some((a) => a.flags !== 0)) stored.f = e.aliases.map((a) => a.flags)
    if (e.population !== undefined) stored.p = e.population
    if (e.cca2) stored.x = e.cca2
    if (e.note) stored.o = e.note
    return stored
  })
  const trie = aliasTrie(data.entries).toParts()
  const sections: StoredSection[] = []
  for (const { t, s, ...rest } of entries) {
    const last = sections[sections.length - 1]
    if (last && last.t === t && last.s === s) last.e.push(rest)
    else sections.push({ t, s, e: [rest] })
  }
  const stored: Omit<StoredKb, 'entries'> & { sections: StoredSection[] } = {
    format: KB_FORMAT,
    sources: data.sources,
    sections,
    roles: data.rolePhrases.map((r) => [r.text, r.agent]),
    words: data.commonWords.join(' '),
    trie: { words: trie.words.join('\n'), edges: toBase64(trie.edges), candidates: toBase64(trie.candidates), size: trie.size },
  }
  return gzipSync(JSON.stringify(stored), { level: 9 })
}

/** Reads the stored form of what `serializeKb` wrote, without building entries. */
export function readKbFile(bytes: Uint8Array): StoredKb {
  const file = JSON.parse(gunzipSync(bytes).toString('utf8')) as Omit<StoredKb, 'entries'> & { sections: StoredSection[] }
  if (file.format !== KB_FORMAT) throw new Error(`The knowledge-base file has format '${file.format}', expected '${KB_FORMAT}'. Rebuild it with \`npm run build:kb\`.`)
  const entries: StoredEntry[] = []
  for (const section of file.sections) {
    for (const e of section.e as StoredEntry[]) {
      e.t = section.t
      e.s = section.s
      entries.push(e)
    }
  }
  const { sections: _, ...rest } = file
  return { ...rest, entries }
}

/**
 * The id of a stored entry: the stored one, or the one its kind gives: a PETRARCH person's from
 * name and country, an organisation's from its CAMEO code, a country's and a nationality's from
 * their ISO code.
 */
export function storedId(e: StoredEntry): string {
  if (e.i) return e.i
  if (e.t === 'p') return personId(e.a[0], e.c ?? null)
  if (e.k && (e.t === 'o' || e.t === 'g')) return `petrarch:${e.k}`
  if (e.k && e.t === 'l') return `country:${e.k}`
  if (e.k && e.t === 'n') return `nationality:${e.k}`
  return ''
}

/** The CAMEO code of a stored entry. */
export function storedCameo(e: StoredEntry): string | null {
  if (e.k) return e.k
  return e.t === 'p' && e.r ? latestRoleCode(readRoles(e.r)) : null
}

/** Builds one entry from its stored form. */
export function storedEntry(stored: StoredKb, index: number): KbEntry {
  const e = stored.entries[index]
  const entry: KbEntry = {
    id: storedId(e),
    type: CODE_TYPE[e.t],
    name: e.n ?? e.a[0],
    aliases: e.a.map((text, k) => ({ text, flags: e.f ? e.f[k] : 0 })),
    source: stored.sources[e.s].id,
    country: e.c ?? null,
    cameo: storedCameo(e),
    roles: e.r ? readRoles(e.r) : [],
  }
  if (e.p !== undefined) entry.population = e.p
  if (e.x) entry.cca2 = e.x
  if (e.o) entry.note = e.o
  return entry
}

/** Reads what `serializeKb` wrote, every entry built. */
export function parseKb(bytes: Uint8Array): KbData {
  const stored = readKbFile(bytes)
  return {
    sources: stored.sources,
    entries: stored.entries.map((_, i) => storedEntry(stored, i)),
    rolePhrases: stored.roles.map(([text, agent]) => ({ text, agent })),
    commonWords: stored.words ? stored.words.split(' ') : [],
  }
}
