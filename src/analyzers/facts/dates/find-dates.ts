import type { DateFinding } from '../../../report/schema.ts'
import type { Sentence } from '../../../text/types.ts'
import { parseIsoDay } from './calendar.ts'
import { chooseExpressions, findDateExpressions, withTimeOfDay, type DateExpression } from './expressions.ts'
import { resolveDate } from './resolve.ts'
import { tenseAround, type Tense } from './tense.ts'

const TENSE_WINDOW = 160
const RECURRING_BEFORE = /\b(?:every|each)\s+$/i

const needsTense = (e: DateExpression) => e.spec.type === 'day-of-month' || e.spec.type === 'month' || (e.spec.type === 'weekday' && (e.spec.which === null || e.spec.which === 'this'))

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
        tense = tenseAround(text.slice(from, Math.min(sentence.end, e.end + TENSE_WINDOW)), from, e.start)
      }
    }
    // "every Saturday", "each March": a recurring time names no one date.
    const recurring = (e.spec.type === 'weekday' || e.spec.type === 'month') && RECURRING_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start))
    const { resolved, granularity } = recurring ? { resolved: null, granularity: 'unknown' as const } : resolveDate(e.spec, reference, tense)
    out.push({ start: e.start, end: e.end, text: text.slice(e.start, e.end), resolved, granularity })
  }
  return out
}
