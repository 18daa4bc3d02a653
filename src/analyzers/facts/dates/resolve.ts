import type { DateFinding } from '../../../report/schema.ts'
import { formatDay, formatMonth, fromDayNumber, toDayNumber, weekdayOf } from './calendar.ts'
import type { DateSpec } from './expressions.ts'
import type { Tense } from './tense.ts'

type Granularity = NonNullable<DateFinding['granularity']>

/** A resolved date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null. */
export interface Resolution {
  resolved: string | null
  granularity: Granularity
}

// A year-less date more than about six months after publication belongs to the year before (a
// report in January about "5 December" means last December). A clause in the past tense cannot
// report a day after publication, so there a week's slack is enough; a clause in the future tense
// cannot speak of a day already past, so such a date belongs to the year after.
const HALF_YEAR = 183
const WEEK = 7

function yearFor(reference: number, month: number, day: number, tense: Tense, lastDay = day): number {
  const { year } = fromDayNumber(reference)
  const ahead = toDayNumber(year, month, day) - reference
  if (tense === 'future') return toDayNumber(year, month, lastDay) < reference ? year + 1 : year
  if (ahead > (tense === 'past' ? WEEK : HALF_YEAR)) return year - 1
  return year
}

function mondayOf(day: number): number {
  return day - (weekdayOf(day) - 1)
}

const GRANULARITY: Record<DateSpec['type'], Granularity> = {
  absolute: 'day', 'day-of-month': 'day', month: 'month', days: 'day', weeks: 'week', weekend: 'day', months: 'month', years: 'year', weekday: 'day', 'in-year': 'month', vague: 'unknown',
}

/**
 * Resolves a date expression against the publication date (a day number, or null when unknown).
 *
 * Rules: "last Tuesday" is the Tuesday before the reference; "next Tuesday" the one after; "on
 * Tuesday"/"this Tuesday" the most recent Tuesday on or before it in a past-tense clause, the
 * first on or after it in a future-tense clause. Weeks resolve to their Monday with granularity
 * 'week'; a weekend ("last weekend") resolves to its Saturday, as a range resolves to its first day
 * ("this weekend" in a past-tense clause: the one just gone).
 * Year-less dates take the reference year, moved one year back when that lands more than
 * about six months after publication (more than a week after it in a past-tense clause), and one
 * year forward when a future-tense clause would put them before publication.
 */
export function resolveDate(spec: DateSpec, reference: number | null, tense: Tense): Resolution {
  let granularity = GRANULARITY[spec.type]
  if (spec.type === 'absolute') {
    if (spec.day !== undefined) return { resolved: formatDay(toDayNumber(spec.year, spec.month!, spec.day)), granularity: 'day' }
    if (spec.month !== undefined) return { resolved: formatMonth(spec.year, spec.month), granularity: 'month' }
    return { resolved: String(spec.year).padStart(4, '0'), granularity: 'year' }
  }
  if (spec.type === 'vague' || reference === null) return { resolved: null, granularity }
  const ref = fromDayNumber(reference)
  switch (spec.type) {
    case 'day-of-month': {
      const year = yearFor(reference, spec.month, spec.day, tense)
      return { resolved: formatDay(toDayNumber(year, spec.month, spec.day)), granularity }
    }
    case 'month': {
      let year = ref.year
      if (spec.which === 'last') year = spec.month < ref.month ? ref.year : ref.year - 1
      else if (spec.which === 'next') year = spec.month > ref.month ? ref.year : ref.year + 1
      else if (spec.which === null) {
        const lastDay = fromDayNumber(toDayNumber(ref.year, spec.month + 1, 1) - 1).day
        year = yearFor(reference, spec.month, 1, tense, lastDay)
      }
      return { resolved: formatMonth(year, spec.month), granularity }
    }
    case 'days':
      return { resolved: formatDay(reference + spec.offset), granularity }
    case 'weeks':
      return { resolved: formatDay(mondayOf(reference) + 7 * spec.offset), granularity }
    case 'weekend': {
      // A weekend is read as its first day, the Saturday, as a range of days is; "this weekend" in a
      // past-tense clause is the one just gone ("sat down with a reporter this weekend").
      const saturday = mondayOf(reference) + 7 * spec.offset + 5
      return { resolved: formatDay(spec.offset === 0 && tense === 'past' && saturday > reference ? saturday - 7 : saturday), granularity }
    }
    case 'months':
      return { resolved: formatMonth(ref.year, ref.month, spec.offset), granularity }
    case 'years':
      return { resolved: String(ref.year + spec.offset), granularity }
    case 'in-year': {
      // "April last year", "7 October last year"
      const year = ref.year + spec.offset
      if (spec.day !== undefined) return { resolved: formatDay(toDayNumber(year, spec.month, spec.day)), granularity: 'day' }
      return { resolved: formatMonth(year, spec.month), granularity }
    }
    case 'weekday': {
      const back = (weekdayOf(reference) - spec.weekday + 7) % 7
      const ahead = (spec.weekday - weekdayOf(reference) + 7) % 7
      let day: number
      if (spec.which === 'last') day = reference - (back || 7)
      else if (spec.which === 'next') day = reference + (ahead || 7)
      else day = tense === 'future' ? reference + ahead : reference - back
      granularity = 'day'
      return { resolved: formatDay(day), granularity }
    }
  }
}
