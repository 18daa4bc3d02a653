import { InvalidArgumentError } from 'commander'

/**
 * Parses a `--published` value: a real calendar date written YYYY-MM-DD.
 *
 * @example
 * parseDate('2021-05-05') // '2021-05-05'
 * parseDate('2021-02-30') // throws InvalidArgumentError
 */
export function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const date = new Date(Date.UTC(year, month - 1, day))
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value
  }
  throw new InvalidArgumentError(`Expected a calendar date written YYYY-MM-DD, e.g. 2021-05-05; got '${value}'.`)
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 }

/**
 * Parses a `--max-bytes` value: a positive whole number of bytes, optionally with a binary unit.
 *
 * @example
 * parseByteSize('1048576') // 1048576
 * parseByteSize('20MB')    // 20971520
 */
export function parseByteSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value)
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined
  const bytes = m && unit !== undefined ? Math.floor(Number(m[1]) * unit) : NaN
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new InvalidArgumentError(`Expected a positive number of bytes, e.g. 5000000 or 20MB; got '${value}'.`)
  }
  return bytes
}

/**
 * Adds a `--disable` value (a comma-separated list of analyzer ids or prefixes such as
 * `rhetoric/`) to those given before, so the option can be repeated.
 *
 * @example
 * parseDisable('rhetoric/, facts/dates', []) // ['rhetoric/', 'facts/dates']
 */
export function parseDisable(value: string, previous: readonly string[] = []): string[] {
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0)
  if (ids.length === 0) throw new InvalidArgumentError('Expected analyzer ids or prefixes separated by commas, e.g. rhetoric/,facts/dates.')
  return [...previous, ...ids]
}

/** The entries of `disable` that match none of the known analyzer ids. */
export function unmatchedDisables(disable: readonly string[], analyzerIds: readonly string[]): string[] {
  return disable.filter((d) => !analyzerIds.some((id) => (d.endsWith('/') ? id.startsWith(d) : id === d)))
}
