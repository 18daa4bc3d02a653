import { isAscii } from 'node:buffer'
import { gunzipSync, gzipSync } from 'node:zlib'
import { nameKeys } from './name-keys.ts'
import { slug } from './sources/slug.ts'
import { Trie, type TrieLookup } from './trie.ts'
import { StoredTrieReader, writeTrie, type StoredTrie } from './trie-file.ts'
import type { KbEntry, KbEntryType, KbRole, KbRolePhrase, KbSource } from './types.ts'
import { StoredColumns, writeColumns, type EntryColumns, type EntrySections, type StoredEntry } from './stored-columns.ts'

export type { StoredEntry } from './stored-columns.ts'

/** The knowledge base as it is stored: what the build writes and the loader reads. */
export interface KbData {
  sources: KbSource[]
  entries: KbEntry[]
  rolePhrases: KbRolePhrase[]
  /** ordinary English words, lower case: a capitalised one opening a sentence is no name */
  commonWords: string[]
}

export const KB_FORMAT = 'unspun.kb/2'

const TYPE_CODE: Record<KbEntryType, string> = { person: 'p', organization: 'o', location: 'l', nationality: 'n', group: 'g' }
const CODE_TYPE: Record<string, KbEntryType> = { p: 'person', o: 'organization', l: 'location', n: 'nationality', g: 'group' }

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

/** The file as stored: gzipped JSON of this. */
interface KbFile {
  format: string
  sources: KbSource[]
  sections: EntrySections
  columns: EntryColumns
  /** role phrases as 'text<TAB>agent' lines */
  roles: string
  /** `commonWords` joined by spaces */
  words: string
  /** the name gazetteer's trie, compiled at build time */
  trie: StoredTrie
}

/** The stored knowledge base, read but not yet turned into entries. */
export interface StoredKb {
  format: string
  sources: KbSource[]
  /** number of entries */
  size: number
  /** every entry as stored (all built on first access; {@link StoredKb.entryAt} builds one) */
  readonly entries: StoredEntry[]
  /** one entry as stored */
  entryAt(index: number): StoredEntry
  /** role phrases as [text, agent] */
  readonly roles: [string, string][]
  /** `commonWords` joined by spaces */
  words: string
  /** the name gazetteer's trie, compiled at build time */
  trie?: StoredTrie
}

/** The trie of every alias of every entry, in entry order: what the name gazetteer matches with. */
export function aliasTrie(entries: readonly KbEntry[]): Trie {
  const trie = new Trie(entries.length * 2)
  entries.forEach((e, i) => {
    for (const alias of e.aliases) trie.add(nameKeys(alias.text), i, alias.flags)
  })
  return trie
}

/** The stored trie, ready for lookups, or null when the file holds none. */
export function storedTrie(stored: StoredKb): TrieLookup | null {
  return stored.trie ? new StoredTrieReader(stored.trie) : null
}

/**
 * Writes the knowledge base as gzipped JSON: entries by column with short field names, in their
 * order, and the name gazetteer's trie compiled so that loading need not compile it.
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
  for (const r of data.rolePhrases) {
    if (/[\t\n]/.test(r.text + r.agent)) throw new Error(`The role phrase ${JSON.stringify(r.text)} (${r.agent}) has a tab or a line break, which the stored file cannot hold.`)
  }
  const stored: KbFile = {
    format: KB_FORMAT,
    sources: data.sources,
    ...writeColumns(entries),
    roles: data.rolePhrases.map((r) => `${r.text}\t${r.agent}`).join('\n'),
    words: data.commonWords.join(' '),
    trie: writeTrie(trie),
  }
  // Characters beyond ASCII are written as escapes, so that the file reads as one-byte text.
  const json = JSON.stringify(stored).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return gzipSync(json, { level: 9 })
}

/** Reads the stored form of what `serializeKb` wrote; entries are built as they are asked for. */
export function readKbFile(bytes: Uint8Array): StoredKb {
  const raw = gunzipSync(bytes)
  const file = JSON.parse(raw.toString(isAscii(raw) ? 'latin1' : 'utf8')) as KbFile
  if (file.format !== KB_FORMAT) throw new Error(`The knowledge-base file has format '${file.format}', expected '${KB_FORMAT}'. Rebuild it with \`npm run build:kb\`.`)
  const columns = new StoredColumns(file.sections, file.columns)
  let entries: StoredEntry[] | undefined
  let roles: [string, string][] | undefined
  return {
    format: file.format,
    sources: file.sources,
    size: columns.size,
    get entries() {
      return (entries ??= Array.from({ length: columns.size }, (_, i) => columns.entry(i)))
    },
    entryAt: (index) => (entries ? entries[index] : columns.entry(index)),
    get roles() {
      return (roles ??= file.roles ? file.roles.split('\n').map((line) => line.split('\t') as [string, string]) : [])
    },
    words: file.words,
    trie: file.trie,
  }
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
  return entryFrom(stored.entryAt(index), stored.sources)
}

function entryFrom(e: StoredEntry, sources: readonly KbSource[]): KbEntry {
  const entry: KbEntry = {
    id: storedId(e),
    type: CODE_TYPE[e.t],
    name: e.n ?? e.a[0],
    aliases: e.a.map((text, k) => ({ text, flags: e.f ? e.f[k] : 0 })),
    source: sources[e.s].id,
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
    entries: stored.entries.map((e) => entryFrom(e, stored.sources)),
    rolePhrases: stored.roles.map(([text, agent]) => ({ text, agent })),
    commonWords: stored.words ? stored.words.split(' ') : [],
  }
}
