/**
 * A frozen lookup table without a prototype, so `key in table` and `table[key]` are safe for any
 * word of a text ("constructor" is not a unit).
 *
 * @example
 * const UNITS = lookupTable({ km: 'km' })
 * 'toString' in UNITS // false
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries))
}
