import { findDate } from './dates.ts'
import { isDateLine } from './headline.ts'

export interface Dateline {
  /** the place as written ("WARSAW", "Bishkek"), or null for a line that gives only a date */
  place: string | null
  /** YYYY-MM-DD, or null when the dateline has no full date */
  date: string | null
}

const WORD = "\\p{Lu}[\\p{L}\\p{M}.'’\\-]*"
const PLACE = `${WORD}(?:\\s+(?:${WORD}|de|del|la|le|am|upon|on))?(?:\\s+(?:${WORD}|de|del|la|le|am|upon|on))?(?:\\s+${WORD})?`
const AGENCY = '(?:\\s*\\([^()\\n]{1,40}\\))?'
// "WARSAW, 5 May 2021 —", "Bishkek, Kyrgyzstan, May 5, 2021:", "NEW YORK (AP) -"
const PLACE_THEN_REST = [
  new RegExp(`^(${PLACE},\\s*${PLACE})${AGENCY}\\s*,\\s*(.*)$`, 'u'),
  new RegExp(`^(${PLACE})${AGENCY}\\s*,\\s*(.*)$`, 'u'),
]
const CAPS_PLACE_DASH = new RegExp(`^(\\p{Lu}[\\p{Lu}\\p{M}.'’\\-]+(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}.'’\\-]*){0,3})${AGENCY}\\s*(?:—|–|--|-)\\s+\\S`, 'u')
const YEARLESS = /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?)(?:st|nd|rd|th)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:—|–|--|-|:)/i
const AFTER_DATE = /^\s*(?:$|[—–:|.(/]|--?\s|,?\s*\/)/

const NOT_PLACES = new Set([
  'on', 'in', 'at', 'by', 'from', 'since', 'until', 'today', 'yesterday', 'tomorrow', 'dear', 'date', 'dated', 'published',
  'updated', 'posted', 'released', 'issued', 'last', 'next', 'this', 'that', 'as', 'after', 'before', 'during', 'between',
  'breaking', 'update', 'exclusive', 'statement', 'press', 'release', 'news', 'note', 'editor', 'editors', 'contact',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'ends', 'end', 'and', 'but', 'or',
])

function isPlace(place: string): boolean {
  const words = place.toLowerCase().split(/[\s,]+/).filter(Boolean)
  return words.length > 0 && !words.some((w) => NOT_PLACES.has(w.replace(/[.'’-]+$/, '')))
}

function readDateline(line: string): Dateline | null {
  for (const pattern of PLACE_THEN_REST) {
    const placeThenRest = pattern.exec(line)
    if (!placeThenRest || !isPlace(placeThenRest[1])) continue
    const [, place, rest] = placeThenRest
    const date = findDate(rest, true)
    if (date && AFTER_DATE.test(rest.slice(date.end))) return { place, date: date.iso }
    if (YEARLESS.test(rest)) return { place, date: null }
  }
  const capsPlace = CAPS_PLACE_DASH.exec(line)
  if (capsPlace && isPlace(capsPlace[1])) return { place: capsPlace[1], date: null }
  return null
}

/**
 * Finds the dateline that opens a release's body in its first lines: "WARSAW, 5 May 2021 —",
 * "Bishkek, May 5, 2021:", "KYIV (Reuters) —", or a line that holds only a date.
 *
 * @example
 * findDateline(['WARSAW, 5 May 2021 — The ministry said…']) // { place: 'WARSAW', date: '2021-05-05' }
 */
export function findDateline(lines: readonly string[], from = 0): Dateline | null {
  let seen = 0
  for (let i = from; i < lines.length && seen < 6; i++) {
    const line = lines[i]
    if (line === '') continue
    seen++
    const dateline = readDateline(line)
    if (dateline) return dateline
    if (isDateLine(line)) {
      const date = findDate(line, true)
      if (date) return { place: null, date: date.iso }
    }
  }
  return null
}

const LABELLED_DATE = /^(?:date|dated|published(?:\s+on)?|released(?:\s+on)?|issued(?:\s+on)?|posted(?:\s+on)?|release\s+date|(?:for\s+)?(?:immediate\s+)?release|press\s+release)\s*[:–—-]?\s*/i

/**
 * Reads a date given with a label ("Date: 5 May 2021", "Issued on 05.05.2021", "For immediate
 * release – May 5, 2021") from the given lines.
 */
export function findLabelledDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const label = LABELLED_DATE.exec(line)
    if (!label || label[0].length === 0) continue
    const date = findDate(line.slice(label[0].length), true)
    if (date) return date.iso
  }
  return null
}

/** A closing "Moscow, 5 May 2021" or a date alone among the last lines of a text. */
export function findClosingDate(lines: readonly string[]): string | null {
  let seen = 0
  for (let i = lines.length - 1; i >= 0 && seen < 8; i--) {
    const line = lines[i]
    if (line === '') continue
    seen++
    if (isDateLine(line)) {
      const date = findDate(line.replace(/^[^,\d]*,\s*/, ''), true) ?? findDate(line, true)
      if (date) return date.iso
    }
  }
  return null
}
