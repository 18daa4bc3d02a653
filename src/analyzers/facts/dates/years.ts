import { isMonthName } from './calendar.ts'

/** Words before a four-digit number that make it a year: "in 2021", "since 2014", "the 2014 elections". */
export const YEAR_LEADS = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'during', 'before', 'after', 'of', 'early', 'late', 'mid', 'mid-', 'throughout', 'circa', 'c.', 'year',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'end', 'start', 'beginning', 'fiscal', 'fy', 'between', 'through', 'the', 'its', 'their', 'this', 'that',
])

/** A four-digit number that could be a year (1500–2199, no separators). */
export function looksLikeYear(digits: string): boolean {
  return /^(?:1[5-9]|2[01])\d\d$/.test(digits)
}

/**
 * Decides whether a four-digit number reads as a year from the words around it: a year unless it
 * counts something ("2000 troops") without a year-like word before it ("in 2000 troops were…", "between
 * 2014 and 2016 troops…").
 *
 * @example
 * readsAsYear('in', 'troops', true) // true
 * readsAsYear(undefined, 'troops', true) // false
 */
export function readsAsYear(prev: string | undefined, next: string | undefined, nextIsCountedNoun: boolean, beforePrev?: string): boolean {
  if (prev !== undefined && (YEAR_LEADS.has(prev.toLowerCase()) || isMonthName(prev))) return true
  // The second year of "between 2014 and 2016", "from 2014 to 2016".
  if (prev !== undefined && beforePrev !== undefined && /^(?:and|to|until|through|[-–—])$/.test(prev.toLowerCase()) && looksLikeYear(beforePrev)) return true
  if (next !== undefined && isMonthName(next)) return true
  return !nextIsCountedNoun
}
