import { lookupTable } from '../amounts/lookup-table.ts'

/** Month numbers (1–12) by lower-case full name and abbreviation. */
export const MONTHS: ReadonlyMap<string, number> = lookupTable({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
})
/** ISO weekday numbers (Monday 1 … Sunday 7) by lower-case name. */
export const WEEKDAYS: ReadonlyMap<string, number> = lookupTable({ monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 })

/** True for a capitalised month name or abbreviation ("May", "Sept.", "Jan"), which is how dates write them. */
export function isMonthName(word: string): boolean {
  const first = word.charCodeAt(0)
  if (first < 128 ? !(first >= 65 && first <= 90) : !STARTS_UPPER.test(word)) return false
  return MONTHS.has(word.toLowerCase().replace(/\.$/, ''))
}

const DAY_MS = 86_400_000
// Made once: compiled down for an older runtime, a \p{…} literal in a function is rebuilt at each call.
const STARTS_UPPER = /^\p{Lu}/u

/** Days since 1970-01-01 for a calendar date (month 1–12). */
export function toDayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS)
}

/** The calendar date of a day number. */
export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * DAY_MS)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/** ISO weekday (Monday 1 … Sunday 7) of a day number. */
export function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1
}

/** True when the date exists (no 31 April, 29 February only in leap years). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false
  const { month: m, day: d } = fromDayNumber(toDayNumber(year, month, day))
  return m === month && d === day
}

/** Reads a `YYYY-MM-DD` string into a day number; null when it is not a valid date. */
export function parseIsoDay(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return isValidDate(year, month, day) ? toDayNumber(year, month, day) : null
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `YYYY-MM-DD` of a day number. */
export function formatDay(n: number): string {
  const { year, month, day } = fromDayNumber(n)
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** `YYYY-MM`, shifting the month by `offset` months (year carried). */
export function formatMonth(year: number, month: number, offset = 0): string {
  const index = year * 12 + (month - 1) + offset
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`
}
