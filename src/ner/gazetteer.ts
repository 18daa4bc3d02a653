/** What a gazetteer list names; the tagger learns how far to trust each. */
export const GAZETTEER_CATEGORIES = [
  'country',
  'city',
  'nationality',
  'person',
  'organisation',
  'armed-group',
  'place',
  /** Generic actors: army, ministry of defence, police officer. */
  'agent',
  /** Words that often end an organisation's name: party, front, corporation, forces. */
  'organisation-head',
] as const
export type GazetteerCategory = (typeof GAZETTEER_CATEGORIES)[number]

/** A list of names of one category from one source (kept with the list so the model file says where names came from). */
export interface GazetteerList {
  category: GazetteerCategory
  source: string
  names: string[]
}

/** Where a name matched, per category: a bit per (category, position) pair in {@link Gazetteer.marks}. */
export const MARK_SINGLE = 0
export const MARK_BEGIN = 1
export const MARK_INSIDE = 2

const PREFIX_FLAG = 1 << GAZETTEER_CATEGORIES.length

/**
 * The form under which words are compared with gazetteer names: lower case, without diacritics,
 * so `BRUSSELS`, `Brussels` and `brussels` match alike.
 *
 * @example
 * gazetteerKey('Zürich') // 'zurich'
 */
export function gazetteerKey(word: string): string {
  const lower = word.toLowerCase()
  // Plain ASCII is by far the common case and needs no Unicode decomposition.
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '')
}

/**
 * Splits a name into the words a news tokenizer would produce: on spaces, with commas apart and
 * brackets and quotation marks dropped.
 *
 * @example
 * nameWords('Washington, D.C.') // ['Washington', ',', 'D.C.']
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/[()"“”[\]]/g, ' ')
    .split(/\s+/)
    .flatMap((w) => w.split(/(,)/))
    .filter((w) => w.length > 0)
}

/**
 * A name in the form the gazetteer stores and compares: its words (see {@link nameWords}) passed
 * through {@link gazetteerKey} and joined with single spaces.
 *
 * @example
 * normalizeName('Côte d\'Ivoire') // "cote d'ivoire"
 */
export function normalizeName(name: string): string {
  return nameWords(name).map(gazetteerKey).join(' ')
}

/**
 * Normalises every name of the lists (see {@link normalizeName}), dropping duplicates, ready for
 * {@link Gazetteer}. Done once at training time so that loading a model stays fast.
 */
export function normalizeLists(lists: readonly GazetteerList[]): GazetteerList[] {
  return lists.map((list) => ({ ...list, names: [...new Set(list.names.map(normalizeName).filter((n) => n.length > 0))].sort() }))
}

/**
 * Finds gazetteer names in a sentence's words: for each start, the longest name of each category.
 * Takes lists whose names are already normalised ({@link normalizeLists}).
 *
 * @example
 * const gazetteer = new Gazetteer(normalizeLists([{ category: 'city', source: 'example', names: ['New York'] }]))
 * gazetteer.marks(['in', 'new', 'york']) // bits for city-begin on word 1 and city-inside on word 2
 */
export class Gazetteer {
  readonly lists: readonly GazetteerList[]
  // Every prefix of every name, keyed by its normalised words joined with spaces; the value holds a bit
  // per category whose name ends there, plus PREFIX_FLAG when a longer name continues it.
  private readonly entries = new Map<string, number>()

  constructor(lists: readonly GazetteerList[]) {
    this.lists = lists
    const { entries } = this
    for (const list of lists) {
      const index = GAZETTEER_CATEGORIES.indexOf(list.category)
      if (index < 0) throw new Error(`Unknown gazetteer category '${list.category}' in list from ${list.source}; use one of ${GAZETTEER_CATEGORIES.join(', ')}`)
      const bit = 1 << index
      for (const name of list.names) {
        for (let space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
          const prefix = name.slice(0, space)
          entries.set(prefix, (entries.get(prefix) ?? 0) | PREFIX_FLAG)
        }
        entries.set(name, (entries.get(name) ?? 0) | bit)
      }
    }
  }
  /** Number of distinct names (after normalisation). */
  get size(): number {
    let n = 0
    for (const value of this.entries.values()) if (value & (PREFIX_FLAG - 1)) n++
    return n
  }

  /**
   * What the gazetteer holds for one word key: 0 when no name starts with it, else a value to pass to
   * {@link marks} (so that a caller can keep it per word instead of looking the word up again).
   */
  entryOf(key: string): number {
    return this.entries.get(key) ?? 0
  }

  /**
   * For each word, a bit mask: bit `category * 3 + position` is set when a name of that category covers
   * the word, position being {@link MARK_SINGLE} (a one-word name), {@link MARK_BEGIN} or {@link MARK_INSIDE}.
   * `keys` are the words already passed through {@link gazetteerKey}; `entries`, when given, holds
   * {@link entryOf} of each key. With `into` (at least as long as `keys`), the marks are written
   * there and it is returned, whatever its length.
   */
  marks(keys: readonly string[], entries?: ArrayLike<number>, into?: Int32Array): Int32Array {
    const marks = into ? into.fill(0, 0, keys.length) : new Int32Array(keys.length)
    let longest: Int32Array | null = null
    for (let start = 0; start < keys.length; start++) {
      let value: number | undefined = entries ? entries[start] : this.entryOf(keys[start])
      if (value === 0) continue
      let key = keys[start]
      longest ??= new Int32Array(GAZETTEER_CATEGORIES.length)
      longest.fill(0)
      let end = start + 1
      for (;;) {
        for (let c = 0; c < GAZETTEER_CATEGORIES.length; c++) if (value & (1 << c)) longest[c] = end
        if (!(value & PREFIX_FLAG) || end >= keys.length) break
        key += ' ' + keys[end]
        value = this.entries.get(key)
        if (value === undefined) break
        end++
      }
      for (let c = 0; c < GAZETTEER_CATEGORIES.length; c++) {
        const stop = longest[c]
        if (stop === 0) continue
        if (stop === start + 1) {
          marks[start] |= 1 << (c * 3 + MARK_SINGLE)
        } else {
          marks[start] |= 1 << (c * 3 + MARK_BEGIN)
          for (let i = start + 1; i < stop; i++) marks[i] |= 1 << (c * 3 + MARK_INSIDE)
        }
      }
    }
    return marks
  }
}
