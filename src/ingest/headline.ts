import { findDate } from './dates.ts'
import { isOrganizationName } from './organization-name.ts'
import { isAllCaps, wordCount } from './text-lines.ts'

// Labels that sit above or before a headline and are not part of it.
const LABEL = '(?:for\\s+immediate\\s+release|immediate\\s+release|press\\s+release|news\\s+release|media\\s+release|press\\s+statement|official\\s+statement|statement|media\\s+advisory|news|headline|title|subject|embargoed(?:\\s+until)?|for\\s+release)'
const LABEL_PREFIX = new RegExp(`^(?:${LABEL}\\s*(?:[:–—|-]+\\s*|$))+`, 'i')
const CONTACT = /@|https?:\/\/|www\.|^(?:tel|phone|fax|e-?mail|contact|media contact|press contact)\b/i
const PLACE_DATE_LINE = /^\p{Lu}[\p{L}.'’ -]{1,40},\s*(.*)$/u

export interface Headline {
  /** the headline without its label, or null when the first line does not read as one */
  title: string | null
  /** an organisation's name printed above the headline, as on letterhead */
  letterhead: string | null
  /** index of the first line after the headline (where a dateline and the body start) */
  bodyStart: number
}

/** True when the line holds only a date, or a place and a date ("Moscow, 5 May 2021"). */
export function isDateLine(line: string): boolean {
  const date = findDate(line, true)
  if (date && /^[\s.,;:–—-]*$/.test(line.slice(date.end))) return true
  const placeDate = PLACE_DATE_LINE.exec(line)
  if (!placeDate) return false
  const rest = placeDate[1]
  const inRest = findDate(rest, true)
  return inRest !== null && /^[\s.,;:–—-]*$/.test(rest.slice(inRest.end))
}

function readsAsHeadline(line: string): boolean {
  if (line.length > 200 || wordCount(line) > 30) return false
  if (!/^[\p{Lu}\p{N}"'“‘«„]/u.test(line)) return false
  if (CONTACT.test(line) || isDateLine(line)) return false
  if (/[,;:]$/.test(line)) return false
  // A dateline opens the body ("WARSAW, 5 May 2021 — …"); a headline does not carry one.
  if (/^\p{Lu}[\p{L}.'’ -]{1,40}(?:\s*\([^()]{1,40}\))?\s*,\s*/u.test(line) && findDate(line.replace(/^[^,]*,\s*/, ''), true)) return false
  return !line.endsWith('.') || isAllCaps(line)
}

/**
 * Reads the headline from the first lines of a text: the first line that is short and has no closing
 * full stop (or is all capitals), with labels such as "Press Release:" or "For immediate release"
 * taken off. A line that wraps into running prose is no headline.
 *
 * @example
 * readHeadline(['PRESS RELEASE – Troops return home', '', 'WARSAW, 5 May 2021 — …']).title // 'Troops return home'
 */
export function readHeadline(lines: readonly string[]): Headline {
  let letterhead: string | null = null
  for (let i = 0; i < lines.length && i < 12; i++) {
    const raw = lines[i]
    if (raw === '') continue
    const line = raw.replace(LABEL_PREFIX, '').trim()
    // A label alone ("FOR IMMEDIATE RELEASE", "Press release – 5 May 2021") is skipped.
    if (line === '' || (LABEL_PREFIX.test(raw) && findDate(line, true))) continue
    const next = lines.slice(i + 1).find((l) => l !== '')
    if (next === undefined) return { title: null, letterhead, bodyStart: i }
    if (letterhead === null && isOrganizationName(line) && !/[.!?]$/.test(line) && lines[i + 1] !== undefined) {
      const after = lines.slice(i + 1).find((l) => l !== '') ?? ''
      if (LABEL_PREFIX.test(after) || readsAsHeadline(after.replace(LABEL_PREFIX, '').trim())) {
        letterhead = line
        continue
      }
    }
    if (!readsAsHeadline(line)) return { title: null, letterhead, bodyStart: i }
    const wrapsIntoProse = lines[i + 1] !== '' && lines[i + 1] !== undefined && /^\p{Ll}/u.test(lines[i + 1])
    if (wrapsIntoProse) return { title: null, letterhead, bodyStart: i }
    return { title: line, letterhead, bodyStart: i + 1 }
  }
  return { title: null, letterhead, bodyStart: 0 }
}
