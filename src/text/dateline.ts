import { startsUpper } from './chars.ts'
import type { Token } from './types.ts'

/** Month and weekday names, full and abbreviated, that may appear in a dateline. */
export const DATELINE_DATE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thur.', 'thurs.', 'fri.', 'sat.', 'sun.',
])

const DASHES = new Set(['—', '–', '-', '--', '---', '―'])
// Short lower-case words inside place names: "Rio de Janeiro", "Frankfurt am Main".
const PLACE_CONNECTORS = new Set(['de', 'da', 'do', 'la', 'le', 'am', 'an', 'of', 'on', 'upon', 'del', 'sur'])

function isAllCapsWord(t: Token): boolean {
  if (t.kind !== 'word') return false
  let letters = 0
  for (const ch of t.text) {
    if (ch.toLowerCase() !== ch) letters++
    else if (ch.toUpperCase() !== ch) return false
  }
  return letters >= 2
}

/**
 * Finds a dateline at the start of a paragraph — "WARSAW, 5 May 2021 —", "KYIV, Ukraine (Reuters) -",
 * "Brussels, Tuesday, 4 May –", "SAN FRANCISCO, Oct. 24, 2023 /PRNewswire/ --" — and returns the index of the dash that ends it, or -1.
 * A dateline needs an all-capitals place or a date, and a capitalised word after the dash.
 */
export function findDateline(tokens: readonly Token[], first: number, limit: number): number {
  const last = Math.min(limit, first + 16)
  let i = first
  let capsPlace = false
  let placeWords = 0
  while (i < last) {
    const t = tokens[i]
    if (t.kind === 'word' && startsUpper(t.text) && !DATELINE_DATE_WORDS.has(t.text.toLowerCase())) {
      if (isAllCapsWord(t)) capsPlace = true
      placeWords++
    } else if (t.kind === 'word' && placeWords > 0 && PLACE_CONNECTORS.has(t.text)) {
      // part of the place name
    } else if (!(t.text === ',' || t.text === '/') || placeWords === 0) break
    i++
  }
  let dated = false
  while (i < last) {
    const t = tokens[i]
    const lower = t.text.toLowerCase()
    if (t.kind === 'number' || DATELINE_DATE_WORDS.has(lower)) dated = true
    else if (t.text === '(' && i + 2 < last && tokens[i + 2].text === ')' && startsUpper(tokens[i + 1].text)) {
      // a news agency: "(Reuters)", "(AP)"
      dated = true
      i += 2
    } else if (t.text === '/' && i + 2 < last && tokens[i + 2].text === '/' && startsUpper(tokens[i + 1].text)) {
      // a wire service: "/PRNewswire/"
      dated = true
      i += 2
    } else if (t.text !== ',' && t.text !== '/') break
    i++
  }
  if (i >= last || !DASHES.has(tokens[i].text)) return -1
  if (!(capsPlace || dated)) return -1
  const after = tokens[i + 1]
  if (!after || i + 1 >= limit || !(startsUpper(after.text) || after.kind === 'quote')) return -1
  return i
}
