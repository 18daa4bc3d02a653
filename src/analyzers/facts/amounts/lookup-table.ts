/**
 * A lookup table from an object literal: a Map, so any word of a text is a safe key ("constructor"
 * is not a unit), and a lookup with a word just read from the text is quick.
 *
 * @example
 * const UNITS = lookupTable({ km: 'km' })
 * UNITS.has('toString') // false
 */
export function lookupTable<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries))
}
