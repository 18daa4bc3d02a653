import type { DateFinding } from '../../../report/schema.ts'
import type { Sentence } from '../../../text/types.ts'
import { parseIsoDay } from './calendar.ts'
import { chooseExpressions, findDateExpressions, withTimeOfDay, type DateExpression } from './expressions.ts'
import { resolveDate } from './resolve.ts'
import { tenseAround, type Tense } from './tense.ts'

const TENSE_WINDOW = 160
const RECURRING_BEFORE = /\b(?:every|each)\s+$/i
const FROM_BEFORE = /\bfrom\s+$/i
const COMPARED_BEFORE = /(?:\d|%|\bper\s?cent|\b(?:up|down|increase|decrease|rise|fall|drop|change|compared))\S*\s+from\s+$/i
const RANGE_AFTER = /^\s*(?:to|until|till|through|and|[-–—])\b/i
// What joins the two ends of a range of dates: "from 13 May to 3 June", "13 May–3 June".
const RANGE_LINK = /^\s*(?:to|until|till|through|[-–—])\s*$/i

const needsTense = (e: DateExpression) =>
  e.spec.type === 'day-of-month' || e.spec.type === 'month' || (e.spec.type === 'weekday' && (e.spec.which === null || e.spec.which === 'this')) || (e.spec.type === 'weekend' && e.spec.offset === 0)

/**
 * Finds the dates of a document in text order and resolves them against `published`
 * (YYYY-MM-DD, or null: relative dates then stay unresolved).
 *
 * @example
 * findDates('Troops arrived two days ago.', sentences, '2021-03-14')
 * // [{ text: 'two days ago', resolved: '2021-03-12', granularity: 'day', … }]
 */
export function findDates(text: string, sentences: readonly Sentence[], published: string | null): DateFinding[] {
  const reference = parseIsoDay(published)
  const out: DateFinding[] = []
  let s = 0
  for (const found of chooseExpressions(findDateExpressions(text))) {
    const e = withTimeOfDay(text, found)
    let tense: Tense = 'unknown'
    if (needsTense(e) && reference !== null) {
      while (s < sentences.length - 1 && sentences[s].end <= e.start) s++
      const sentence = sentences[s]
      if (sentence && sentence.start <= e.start) {
        // The nearest marker decides, so a window around the date is enough even in a long sentence.
        const from = Math.max(sentence.start, e.start - TENSE_WINDOW)
        tense = tenseAround(text.slice(from, Math.min(sentence.end, e.end + TENSE_WINDOW)), from, e.start, from === sentence.start)
      }
    }
    const lead = text.slice(Math.max(0, e.start - 8), e.start)
    // "controls from Monday": a weekday that opens a period, and no range, looks ahead.
    // "an increase of six percent from Monday" is a baseline, not a start.
    if (e.spec.type === 'weekday' && e.spec.which === null && FROM_BEFORE.test(lead) && !RANGE_AFTER.test(text.slice(e.end, e.end + 10)) && !COMPARED_BEFORE.test(text.slice(Math.max(0, e.start - 30), e.start))) tense = 'future'
    // "every Saturday", "each March": a recurring time names no one date.
    const recurring = (e.spec.type === 'weekday' || e.spec.type === 'month') && RECURRING_BEFORE.test(lead)
    const resolution = recurring ? { resolved: null, granularity: 'unknown' as const } : resolveDate(e.spec, reference, tense)
    const granularity = resolution.granularity
    let resolved = resolution.resolved
    // "from 13 May to 3 June": the end of a range is not before its start.
    const previous = out[out.length - 1]
    if (resolved !== null && e.spec.type === 'day-of-month' && previous?.resolved && previous.resolved.length === 10 && resolved < previous.resolved && RANGE_LINK.test(text.slice(previous.end, e.start))) {
      resolved = resolveDate(e.spec, reference, 'future').resolved
      if (resolved !== null && resolved < previous.resolved) resolved = null
    }
    out.push({ start: e.start, end: e.end, text: text.slice(e.start, e.end), resolved, granularity })
  }
  return out
}
