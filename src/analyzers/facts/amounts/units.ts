import type { Amount } from '../../../report/schema.ts'
import type { Chunk } from './chunks.ts'
import { findCountedNoun } from './counted-noun.ts'
import { CURRENCY_CODES, CURRENCY_WORDS, MEASURE_UNITS, PERCENT_WORDS, RELATIVE_TIME_AFTER, TIME_UNITS } from './lexicon.ts'

type Kind = NonNullable<Amount['kind']>

/** What a number counts or measures, and the chunk index one past it. */
export interface UnitReading {
  kind: Kind
  unit: string
  to: number
  /** "40m people": the glued "m" was million after all */
  millions?: boolean
}

/** What is already known about the number from its own chunk. */
export interface NumberUnits {
  currency: string | null
  percent: boolean
  measure: string | null
  ambiguousM: boolean
  count: number
}

/** For each table, every text before a space in one of its entries: a two-word entry can start only with one. */
const PREFIXES = new WeakMap<object, ReadonlySet<string>>()

function prefixesOf(table: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  let prefixes = PREFIXES.get(table)
  if (!prefixes) {
    const found = new Set<string>()
    for (const entry of table.keys()) for (let at = entry.indexOf(' '); at >= 0; at = entry.indexOf(' ', at + 1)) found.add(entry.slice(0, at))
    PREFIXES.set(table, (prefixes = found))
  }
  return prefixes
}

/** Looks for a one- or two-word entry of `table` starting at chunk `k`. */
function lookup<T>(chunks: readonly Chunk[], k: number, table: ReadonlyMap<string, T>): { value: T; to: number } | null {
  const a = chunks[k]
  if (!a || a.punct) return null
  const b = chunks[k + 1]
  if (b && !b.punct && prefixesOf(table).has(a.lower)) {
    const pair = `${a.lower} ${b.lower}`
    const value = table.get(pair)
    if (value !== undefined) return { value, to: k + 2 }
  }
  const value = table.get(a.lower)
  return value !== undefined ? { value, to: k + 1 } : null
}

/**
 * Reads the unit after a number starting at chunk `k`: percent, currency (ISO code), unit of
 * measure, duration, or the counted noun. Returns 'date' for "two days ago" (a date, not an
 * amount) and null when nothing is counted.
 */
export function readUnit(chunks: readonly Chunk[], k: number, known: NumberUnits): UnitReading | 'date' | null {
  if (known.percent) return { kind: 'percent', unit: '%', to: k }
  const pct = lookup(chunks, k, PERCENT_WORDS)
  if (pct) return { kind: 'percent', unit: pct.value, to: pct.to }
  if (known.currency) {
    const tail = lookup(chunks, k, CURRENCY_WORDS)
    return { kind: 'money', unit: known.currency, to: tail && tail.value === known.currency ? tail.to : k }
  }
  const money = lookup(chunks, k, CURRENCY_WORDS)
  if (money) return { kind: 'money', unit: money.value, to: money.to }
  if (chunks[k] && CURRENCY_CODES.has(chunks[k].text)) return { kind: 'money', unit: chunks[k].text, to: k + 1 }
  if (known.measure) return { kind: 'measure', unit: known.measure, to: k }
  const c = chunks[k]
  // "one year's notice": a duration in the possessive.
  const time = c && !c.punct ? c.lower.replace(/['’]s$/, '') : ''
  if (TIME_UNITS.has(time)) {
    const after = chunks[k + 1]
    if (after && !after.punct && RELATIVE_TIME_AFTER.has(after.lower)) return 'date'
    return { kind: 'measure', unit: time, to: k + 1 }
  }
  const measure = lookup(chunks, k, MEASURE_UNITS)
  if (measure) return { kind: 'measure', unit: measure.value, to: measure.to }
  const head = findCountedNoun(chunks, k, known.count)
  if (head >= 0) return { kind: 'count', unit: chunks[head].text, to: head + 1, millions: known.ambiguousM }
  if (known.ambiguousM) return { kind: 'measure', unit: 'm', to: k }
  return null
}
