const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?'
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?'
const ORDINAL = '(?:st|nd|rd|th)?'

// One alternative per written form; the groups are read by position in `readMatch`.
const DATE_SOURCE = [
  '(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])',
  `(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})`,
  `${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})`,
  '(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})',
  '(\\d{1,2})/(\\d{1,2})/(\\d{4})',
  '(\\d{4})/(\\d{1,2})/(\\d{1,2})',
].map((form) => `(?:${form})`).join('|')

// A date ends at a non-word character, or at the 'T' of an ISO timestamp.
const END = '(?=$|[^\\p{L}\\p{N}]|T\\d)'
const ANYWHERE = new RegExp(`(?<![\\p{L}\\p{N}])${WEEKDAY}(?:${DATE_SOURCE})${END}`, 'giu')
const AT_START = new RegExp(`^${WEEKDAY}(?:${DATE_SOURCE})${END}`, 'iu')

export interface DateMatch {
  /** the date as YYYY-MM-DD */
  iso: string
  /** where the written date starts and ends in the searched string */
  start: number
  end: number
}

/** YYYY-MM-DD for a real calendar date between 1900 and 2100, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > days) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function readMatch(m: RegExpExecArray): string | null {
  const g = m.slice(1)
  const n = (i: number) => Number(g[i])
  if (g[0] !== undefined) return isoDate(n(0), n(1), n(2))
  if (g[3] !== undefined) return isoDate(n(5), MONTHS[g[4].toLowerCase()], n(3))
  if (g[6] !== undefined) return isoDate(n(8), MONTHS[g[6].toLowerCase()], n(7))
  // Dots: day.month.year, the European convention.
  if (g[9] !== undefined) return isoDate(n(11), n(10), n(9))
  // Slashes are read only when the order cannot be misread (one part above 12, or both equal).
  if (g[12] !== undefined) {
    const a = n(12)
    const b = n(13)
    if (a > 12 && b <= 12) return isoDate(n(14), b, a)
    if (b > 12 && a <= 12) return isoDate(n(14), a, b)
    if (a === b) return isoDate(n(14), a, b)
    return null
  }
  return isoDate(n(15), n(16), n(17))
}

/**
 * Finds the first written calendar date with a year ("5 May 2021", "May 5, 2021", "Tuesday, 5th May 2021",
 * "05.05.2021", "2021-05-05"); with `atStart`, only a date that opens the string. Ambiguous slash dates
 * ("05/06/2021") and impossible dates ("31 February 2021") give null.
 *
 * @example
 * findDate('WARSAW, 5 May 2021 — The ministry said')?.iso // '2021-05-05'
 */
export function findDate(text: string, atStart = false): DateMatch | null {
  if (atStart) {
    const m = AT_START.exec(text)
    const iso = m && readMatch(m)
    return m && iso ? { iso, start: 0, end: m[0].length } : null
  }
  for (const m of text.matchAll(ANYWHERE)) {
    const iso = readMatch(m)
    if (iso) return { iso, start: m.index, end: m.index + m[0].length }
  }
  return null
}

/**
 * YYYY-MM-DD from a metadata value: an ISO date or timestamp ("2021-05-05T10:00:00+02:00"), or a
 * written date; null when it holds no real date.
 *
 * @example
 * dateFromMetadata('2021-05-05T23:30:00-04:00') // '2021-05-05'
 */
export function dateFromMetadata(value: string | null | undefined): string | null {
  if (!value) return null
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  return findDate(value)?.iso ?? null
}
