import { findNumericDates } from './numeric-dates.ts'
import { findWordDates } from './word-dates.ts'
import { findYearParts } from './year-parts.ts'

/** What a date expression says, before it is resolved against the publication date. */
export type DateSpec =
  | { type: 'absolute'; year: number; month?: number; day?: number }
  | { type: 'day-of-month'; month: number; day: number }
  | { type: 'month'; month: number; which: 'last' | 'next' | 'this' | null }
  | { type: 'days'; offset: number }
  | { type: 'weeks'; offset: number }
  | { type: 'weekend'; offset: number }
  | { type: 'months'; offset: number }
  | { type: 'years'; offset: number }
  | { type: 'weekday'; weekday: number; which: 'last' | 'next' | 'this' | null }
  | { type: 'in-year'; offset: number; month: number; day?: number }
  | { type: 'vague' }

/** A date expression found in the text. */
export interface DateExpression {
  start: number
  end: number
  spec: DateSpec
}

const TIME_AFTER = /,?\s+(?:at\s+|around\s+|about\s+|shortly (?:after|before)\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}]))?|\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}]))(?:\s+(?:local time|GMT|UTC|CET|CEST|EST|EDT|BST|MSK|Moscow time|Kyiv time))?/uy

/**
 * Finds every date expression in `text`, overlapping candidates included; `chooseExpressions`
 * keeps the longest. Absolute forms: "5 May 2021", "May 5, 2021", "2021-05-05", "5/5/2021"
 * (day first unless impossible), "May 2021", "in 2021"; relative ones: "yesterday", "two days ago",
 * "last Tuesday", "on Tuesday", "on 5 May", "earlier this month", "next year"; vague ones: "recently".
 */
export function findDateExpressions(text: string): DateExpression[] {
  const out: DateExpression[] = []
  findNumericDates(text, out)
  findWordDates(text, out)
  findYearParts(text, out)
  return out
}

/** Keeps the longest of overlapping expressions (the earliest on a tie), in text order. */
export function chooseExpressions(found: readonly DateExpression[]): DateExpression[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: DateExpression[] = []
  for (const e of sorted) {
    const last = kept[kept.length - 1]
    if (last && e.start < last.end) {
      if (e.end - e.start > last.end - last.start) kept[kept.length - 1] = e
      continue
    }
    kept.push(e)
  }
  return kept
}

/** Extends a day-precise expression over a following time of day ("5 May 2021 at 10:30 GMT"). */
export function withTimeOfDay(text: string, e: DateExpression): DateExpression {
  const dayPrecise = (e.spec.type === 'absolute' && e.spec.day !== undefined) || e.spec.type === 'day-of-month' || e.spec.type === 'weekday' || e.spec.type === 'days'
  if (!dayPrecise) return e
  TIME_AFTER.lastIndex = e.end
  const m = TIME_AFTER.exec(text)
  return m ? { ...e, end: e.end + m[0].length } : e
}
