import { createGazetteer, type Gazetteer, type GazetteerPhrase } from './gazetteer.ts'
import { aliasTrie, storedCameo, storedEntry, storedId, storedTrie, type KbData, type StoredKb } from './kb-file.ts'
import { nameKeys } from './name-keys.ts'
import type { KbEntry, KbRolePhrase, KbSource } from './types.ts'

/** The knowledge base in memory: entries, their sources, and gazetteers compiled over their names. */
export interface KnowledgeBase {
  /** number of entries */
  readonly size: number
  readonly sources: readonly KbSource[]
  /** every alias of every entry; a candidate's `value` is the entry's index (see `entry`) */
  readonly names: Gazetteer
  /** role phrases ("foreign minister", "police"); a candidate's `value` is the index in `rolePhrases` */
  readonly roles: Gazetteer
  readonly rolePhrases: readonly KbRolePhrase[]
  /** The entry at an index, 0 ≤ index < size; entries are in preference order. */
  entry(index: number): KbEntry
  /** The index of the entry with this id, or -1. */
  indexOf(id: string): number
  /** The entry with this id. */
  get(id: string): KbEntry | undefined
  /** Entries known by this name, whatever its case, best reading first. */
  lookup(name: string): KbEntry[]
  /** Entries carrying this CAMEO actor code. */
  byCameo(code: string): KbEntry[]
  /** The country entry an entry belongs to (a city's, a nationality's, a leader's). */
  countryOf(entry: KbEntry): KbEntry | undefined
  /** The country with this ISO 3166-1 alpha-2 code ("EE" → Estonia), upper case. */
  countryByCode(cca2: string): KbEntry | undefined
  /**
   * True for an ordinary English word ("reading", "officials", "nice"), lower case; regular plurals
   * and verb forms of listed words count too.
   */
  isCommonWord(lower: string): boolean
}

// "protests" → "protest", "ruling" → "rule", "parties" → "party": the lexicon lists base forms.
function inflectionOfCommonWord(word: string, words: ReadonlySet<string>): boolean {
  if (word.length < 4) return false
  if (word.endsWith('ies') && words.has(word.slice(0, -3) + 'y')) return true
  if (word.endsWith('es') && words.has(word.slice(0, -2))) return true
  if (word.endsWith('s') && words.has(word.slice(0, -1))) return true
  if (word.endsWith('ed') && (words.has(word.slice(0, -2)) || words.has(word.slice(0, -1)))) return true
  if (word.endsWith('ing') && (words.has(word.slice(0, -3)) || words.has(word.slice(0, -3) + 'e'))) return true
  return false
}

/** What the knowledge base needs to read entries, whether they are built already or still stored. */
interface EntryTable {
  size: number
  id(index: number): string
  cameo(index: number): string | null
  entry(index: number): KbEntry
}

function builtTable(entries: readonly KbEntry[]): EntryTable {
  return {
    size: entries.length,
    id: (i) => entries[i].id,
    cameo: (i) => entries[i].cameo,
    entry: (i) => entries[i],
  }
}

function storedTable(stored: StoredKb): EntryTable {
  const built: (KbEntry | undefined)[] = new Array(stored.size)
  return {
    size: stored.size,
    id: (i) => storedId(stored.entryAt(i)),
    cameo: (i) => storedCameo(stored.entryAt(i)),
    entry: (i) => (built[i] ??= storedEntry(stored, i)),
  }
}

/**
 * Builds the in-memory knowledge base: indexes entries by id and CAMEO code and compiles every
 * alias into one name gazetteer, in entry order, so earlier entries are the preferred readings.
 * Accepts built entries (`KbData`) or the stored file (`StoredKb`), whose entries are built on first use.
 */
export function createKnowledgeBase(data: KbData | StoredKb): KnowledgeBase {
  const table = 'format' in data ? storedTable(data) : builtTable(data.entries)
  const sources = data.sources
  // Role phrases and their gazetteer are read on first use: analysis does not need them.
  let rolePhrases: KbRolePhrase[] | undefined
  const phrases = () => (rolePhrases ??= 'format' in data ? data.roles.map(([text, agent]) => ({ text, agent })) : data.rolePhrases)
  const commonWords = new Set('format' in data ? (data.words ? data.words.split(' ') : []) : data.commonWords)
  // Answers of `isCommonWord`, which checks inflections too, by word.
  const commonByWord = new Map<string, boolean>()
  // Ids and CAMEO codes are indexed on first use: analysis reads entries by index only.
  let byId: Map<string, number> | undefined
  let byCameo: Map<string, number[]> | undefined
  const ids = () => {
    if (byId) return byId
    byId = new Map()
    for (let i = 0; i < table.size; i++) {
      const id = table.id(i)
      if (byId.has(id)) throw new Error(`Two knowledge-base entries share the id '${id}'.`)
      byId.set(id, i)
    }
    return byId
  }
  // Countries by their two-letter code, indexed on first use.
  let byCode: Map<string, number> | undefined
  const codes = () => {
    if (byCode) return byCode
    byCode = new Map()
    for (let i = 0; i < table.size; i++) {
      if (!table.id(i).startsWith('country:')) continue
      const code = table.entry(i).cca2
      if (code) byCode.set(code, i)
    }
    return byCode
  }
  const cameos = () => {
    if (byCameo) return byCameo
    byCameo = new Map()
    for (let i = 0; i < table.size; i++) {
      const cameo = table.cameo(i)
      if (!cameo) continue
      const list = byCameo.get(cameo)
      if (list) list.push(i)
      else byCameo.set(cameo, [i])
    }
    return byCameo
  }
  function* rolePhraseKeys(): Generator<GazetteerPhrase> {
    const list = phrases()
    for (let i = 0; i < list.length; i++) yield { keys: nameKeys(list[i].text), value: i, flags: 0 }
  }
  const stored = 'format' in data ? storedTrie(data) : null
  const names = createGazetteer(stored ?? aliasTrie('format' in data ? data.entries.map((_, i) => table.entry(i)) : data.entries))
  let roles: Gazetteer | undefined
  const indexOf = (id: string) => ids().get(id) ?? -1
  const get = (id: string) => {
    const i = ids().get(id)
    return i === undefined ? undefined : table.entry(i)
  }
  return {
    size: table.size,
    sources,
    names,
    get roles() {
      return (roles ??= createGazetteer(rolePhraseKeys(), { properNames: false }))
    },
    get rolePhrases() {
      return phrases()
    },
    entry: (index) => {
      if (!(index >= 0 && index < table.size)) throw new RangeError(`Entry index ${index} is outside 0–${table.size - 1}.`)
      return table.entry(index)
    },
    indexOf,
    get,
    lookup: (name) => {
      const seen = new Set<number>()
      const out: KbEntry[] = []
      for (const c of names.lookup(nameKeys(name))) {
        if (seen.has(c.value)) continue
        seen.add(c.value)
        out.push(table.entry(c.value))
      }
      return out
    },
    byCameo: (code) => (cameos().get(code) ?? []).map((i) => table.entry(i)),
    countryOf: (entry) => (entry.country ? get(`country:${entry.country}`) : undefined),
    countryByCode: (cca2) => {
      const index = codes().get(cca2)
      return index === undefined ? undefined : table.entry(index)
    },
    isCommonWord: (lower) => {
      let common = commonByWord.get(lower)
      if (common === undefined) {
        common = commonWords.has(lower) || inflectionOfCommonWord(lower, commonWords)
        if (commonByWord.size >= 100_000) commonByWord.clear()
        commonByWord.set(lower, common)
      }
      return common
    },
  }
}
