/**
 * Entries stored by column: one string per field, the entries' values joined by new lines, so that
 * reading the file parses a few long strings instead of an object per entry, and an entry is put
 * together only when it is asked for.
 */

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

/** The optional text fields of a stored entry, each kept in a column of its own. */
const TEXT_FIELDS = ['i', 'n', 'c', 'k', 'r', 'x', 'o'] as const
type TextField = (typeof TEXT_FIELDS)[number]

/**
 * The stored columns: `a` the aliases (joined by tabs; empty for none), `f` the alias flags (a digit
 * per alias; empty when all are 0), `p` the population, and one column per optional text field. An
 * empty value is an absent one.
 */
export type EntryColumns = Record<'a' | 'f' | 'p' | TextField, string>

/** Runs of entries sharing a type code and a source index: `[type, source, count]`. */
export type EntrySections = [string, number, number][]

const ENTRY = '\n'
const ALIAS = '\t'

function checkText(value: string, what: string, allowed = true): void {
  if (value.includes(ENTRY) || value.includes(ALIAS) || (!allowed && value === '')) {
    throw new Error(`The knowledge base cannot store ${what} ${JSON.stringify(value)}: stored texts are not empty and have no tabs or line breaks.`)
  }
}

/** Writes stored entries as columns, and their types and sources as sections. */
export function writeColumns(entries: readonly StoredEntry[]): { sections: EntrySections; columns: EntryColumns } {
  const sections: EntrySections = []
  const values: Record<keyof EntryColumns, string[]> = { a: [], f: [], p: [], i: [], n: [], c: [], k: [], r: [], x: [], o: [] }
  for (const e of entries) {
    const last = sections[sections.length - 1]
    if (last && last[0] === e.t && last[1] === e.s) last[2]++
    else sections.push([e.t, e.s, 1])
    for (const alias of e.a) checkText(alias, 'the alias', false)
    values.a.push(e.a.join(ALIAS))
    if (e.f && e.f.some((flag) => !(Number.isInteger(flag) && flag >= 0 && flag <= 9))) throw new Error(`The knowledge base stores alias flags as digits; got ${e.f.join(', ')}.`)
    values.f.push(e.f ? e.f.join('') : '')
    values.p.push(e.p === undefined ? '' : String(e.p))
    for (const field of TEXT_FIELDS) {
      const value = e[field]
      // A name is stored empty only for an entry without aliases, whose name cannot be the first alias.
      if (value !== undefined) checkText(value, `the field '${field}'`, field === 'n' && e.a.length === 0)
      values[field].push(value ?? '')
    }
  }
  const columns = {} as EntryColumns
  for (const [field, list] of Object.entries(values) as [keyof EntryColumns, string[]][]) columns[field] = list.join(ENTRY)
  return { sections, columns }
}

/**
 * Reads entries from their columns, each on first request; a column is split into entries the first
 * time one of its values is needed.
 */
export class StoredColumns {
  readonly size: number
  private readonly columns: EntryColumns
  private readonly split = new Map<keyof EntryColumns, string[]>()
  private readonly types: string[]
  private readonly sources: Int32Array

  constructor(sections: EntrySections, columns: EntryColumns) {
    this.columns = columns
    this.size = sections.reduce((n, [, , count]) => n + count, 0)
    this.types = new Array<string>(this.size)
    this.sources = new Int32Array(this.size)
    let at = 0
    for (const [type, source, count] of sections) {
      this.types.fill(type, at, at + count)
      this.sources.fill(source, at, at + count)
      at += count
    }
  }

  /** The entry at an index, as stored. */
  entry(index: number): StoredEntry {
    const aliases = this.value('a', index)
    const e: StoredEntry = { t: this.types[index], s: this.sources[index], a: aliases === '' ? [] : aliases.split(ALIAS) }
    const flags = this.value('f', index)
    if (flags !== '') e.f = Array.from(flags, Number)
    const population = this.value('p', index)
    if (population !== '') e.p = Number(population)
    for (const field of TEXT_FIELDS) {
      const value = this.value(field, index)
      if (value !== '' || (field === 'n' && e.a.length === 0)) e[field] = value
    }
    return e
  }

  private value(field: keyof EntryColumns, index: number): string {
    let values = this.split.get(field)
    if (!values) {
      values = this.columns[field].split(ENTRY)
      this.split.set(field, values)
    }
    return values[index]
  }
}
