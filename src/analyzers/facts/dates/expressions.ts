import { DESIGNATORS } from '../amounts/lexicon.ts'
import { looksPlural } from '../amounts/counted-noun.ts'
import { isValidDate } from './calendar.ts'
import { findMonthDates, findWeekdayDates } from './calendar-names.ts'
import { looksLikeYear, readsAsYear } from './years.ts'

/** What a date expression says, before it is resolved against the publication date. */
export type DateSpec =
  | { type: 'absolute'; year: number; month?: number; day?: number }
  | { type: 'day-of-month'; month: number; day: number }
  | { type: 'month'; month: number; which: 'last' | 'next' | 'this' | null }
  | { type: 'days'; offset: number }
  | { type: 'weeks'; offset: number }
  | { type: 'months'; offset: number }
  | { type: 'years'; offset: number }
  | { type: 'weekday'; weekday: number; which: 'last' | 'next' | 'this' | null }
  | { type: 'vague' }

/** A date expression found in the text. */
export interface DateExpression {
  start: number
  end: number
  spec: DateSpec
}

const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, 'a couple of': 2 }

const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g
const NUMERIC = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)/g
const DECADE = /\b(?:1[5-9]|20)\d0s\b/g
const PART_BEFORE = /\b(?:early|mid|late)[\s-]+$/
const YEAR = /(?<![\p{L}\p{N}$€£¥.,/:])(1[5-9]\d\d|20\d\d|21\d\d)(?![\p{L}\p{N}%]|[.,:/]\d)/gu
const RELATIVE_DAY = /\b(the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|night))?\b/gi
const AGO = /\b(\d{1,3}|a couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several)\s+(hour|day|week|fortnight|month|year)s?\s+ago\b/gi
const UNIT_RELATIVE = /\b(last|next|this)\s+(week|weekend|month|year)\b/gi
const UNIT_RELATIVE_LEAD = /\b(?:earlier|later|early|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of)\s+$/i
const VAGUE = /\b(?:recently|lately|soon|in recent (?:days|weeks|months|years)|in the coming (?:days|weeks|months|years)|in the near future|(?:in|over) the (?:past|last|next|coming) (?:few |couple of |several )?(?:days|weeks|months|years))\b/gi
const TIME_AFTER = /,?\s+(?:at\s+|around\s+|about\s+|shortly (?:after|before)\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}]))?|\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}]))(?:\s+(?:local time|GMT|UTC|CET|CEST|EST|EDT|BST|MSK|Moscow time|Kyiv time))?/uy

const twoDigitYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y))

function wordBefore(text: string, at: number): string | undefined {
  const m = /([\p{L}\p{N}.'’-]+)[\s(]*$/u.exec(text.slice(Math.max(0, at - 24), at))
  return m?.[1]
}

/** Where an expression starts once the words matched by `lead` (anchored at the end) before it are taken in. */
function backOver(lead: RegExp, text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 32), at)
  const m = lead.exec(before)
  return m ? at - (before.length - m.index) : at
}

function wordAfter(text: string, at: number): string | undefined {
  const m = /^[\s]*([\p{L}\p{N}'’-]+)/u.exec(text.slice(at, at + 24))
  return m?.[1]
}

/**
 * Finds every date expression in `text`, overlapping candidates included; `chooseExpressions`
 * keeps the longest. Absolute forms: "5 May 2021", "May 5, 2021", "2021-05-05", "5/5/2021"
 * (day first unless impossible), "May 2021", "in 2021"; relative ones: "yesterday", "two days ago",
 * "last Tuesday", "on Tuesday", "on 5 May", "earlier this month", "next year"; vague ones: "recently".
 */
export function findDateExpressions(text: string): DateExpression[] {
  const out: DateExpression[] = []
  for (const m of text.matchAll(ISO)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    if (isValidDate(y, mo, d)) out.push({ start: m.index, end: m.index + m[0].length, spec: { type: 'absolute', year: y, month: mo, day: d } })
  }
  for (const m of text.matchAll(NUMERIC)) {
    if (m[2] === '.' && m[4].length !== 4) continue
    const [a, b, y] = [Number(m[1]), Number(m[3]), twoDigitYear(m[4])]
    const [day, month] = b > 12 && a <= 12 ? [b, a] : [a, b]
    if (isValidDate(y, month, day)) out.push({ start: m.index, end: m.index + m[0].length, spec: { type: 'absolute', year: y, month, day } })
  }
  findMonthDates(text, out)
  findWeekdayDates(text, out)
  for (const m of text.matchAll(YEAR)) {
    const end = m.index + m[0].length
    const prev = wordBefore(text, m.index)
    const next = wordAfter(text, end)
    if (prev && DESIGNATORS.has(prev.toLowerCase().replace(/\.$/, ''))) continue
    if (!looksLikeYear(m[1]) || !readsAsYear(prev, next, !!next && /^\p{Ll}/u.test(next) && looksPlural(next.toLowerCase()))) continue
    out.push({ start: m.index, end, spec: { type: 'absolute', year: Number(m[1]) } })
  }
  for (const m of text.matchAll(RELATIVE_DAY)) {
    const phrase = m[1].toLowerCase()
    const offset = phrase.includes('before yesterday') ? -2 : phrase.includes('after tomorrow') ? 2 : phrase === 'yesterday' || phrase === 'last night' ? -1 : phrase === 'tomorrow' ? 1 : 0
    out.push({ start: m.index, end: m.index + m[0].length, spec: { type: 'days', offset } })
  }
  if (text.includes(' ago')) for (const m of text.matchAll(AGO)) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : COUNT_WORDS[m[1].toLowerCase()]
    const unit = m[2].toLowerCase()
    const span = { start: m.index, end: m.index + m[0].length }
    if (n === undefined) out.push({ ...span, spec: { type: 'vague' } })
    else if (unit === 'hour') out.push({ ...span, spec: { type: 'days', offset: 0 } })
    else if (unit === 'day') out.push({ ...span, spec: { type: 'days', offset: -n } })
    else if (unit === 'fortnight') out.push({ ...span, spec: { type: 'days', offset: -14 * n } })
    else if (unit === 'week') out.push({ ...span, spec: { type: 'weeks', offset: -n } })
    else if (unit === 'month') out.push({ ...span, spec: { type: 'months', offset: -n } })
    else out.push({ ...span, spec: { type: 'years', offset: -n } })
  }
  for (const m of text.matchAll(UNIT_RELATIVE)) {
    const offset = { last: -1, next: 1, this: 0 }[m[1].toLowerCase() as 'last' | 'next' | 'this']
    const unit = m[2].toLowerCase()
    const type = unit === 'month' ? 'months' : unit === 'year' ? 'years' : 'weeks'
    out.push({ start: backOver(UNIT_RELATIVE_LEAD, text, m.index), end: m.index + m[0].length, spec: { type, offset } })
  }
  for (const m of text.matchAll(DECADE)) out.push({ start: backOver(PART_BEFORE, text, m.index), end: m.index + m[0].length, spec: { type: 'vague' } })
  for (const m of text.matchAll(VAGUE)) out.push({ start: m.index, end: m.index + m[0].length, spec: { type: 'vague' } })
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
