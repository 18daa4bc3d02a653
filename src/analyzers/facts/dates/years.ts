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

/**
 * Capitalised words that still put a date before a year: sentence openers ("A 2009 report", "For
 * 2024", "Pre-2014"), seasons of the calendar ("Christmas 2023", "Q1 2024") and "the year of our Lord 2018".
 */
const CAPITALISED_LEADS = new Set([
  'a', 'an', 'for', 'with', 'to', 'at', 'on', 'as', 'per', 'our', 'his', 'her', 'my', 'your', 'every', 'each', 'last', 'next', 'all',
  'pre', 'post', 'around', 'about', 'approximately', 'ca', 'christmas', 'easter', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'lord',
])
const POSSESSIVE = /(?:['’]s|s['’])$/

/**
 * True when the word before a four-digit number makes the number part of a name rather than a date:
 * a capitalised word that is no month, no word that leads a year, no possessive and not in capitals
 * ("Steadfast Defender 2024", "Interaction-2024", "Euro 2024", "Vision 2030"; but "In 2014", "Summer
 * 2024", "May 2024", "Obama's 1995 memoir", "the U.S. 2016 election", "COPYRIGHT 2018").
 *
 * @example
 * namesYear('Defender') // true
 * namesYear('In') // false
 */
export function namesYear(prev: string | undefined): boolean {
  if (prev === undefined) return false
  const word = prev.endsWith('-') ? prev.slice(0, -1) : prev
  const first = word.charAt(0)
  if (first === '' || first === first.toLowerCase() || isMonthName(word) || POSSESSIVE.test(word) || word === word.toUpperCase()) return false
  const lower = word.toLowerCase()
  return !YEAR_LEADS.has(lower) && !YEAR_LEADS.has(lower + '-') && !CAPITALISED_LEADS.has(lower.replace(/\.$/, ''))
}
