import { looksPlural } from '../amounts/counted-noun.ts'
import { DESIGNATORS } from '../amounts/lexicon.ts'
import { isValidDate } from './calendar.ts'
import type { DateExpression } from './expressions.ts'
import { looksLikeYear, readsAsYear } from './years.ts'

const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g
const NUMERIC = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)/g
const DECADE = /\b(?:1[5-9]|20)\d0s\b/g
const PART_BEFORE = /\b(?:early|mid|late)[\s-]+$/
const YEAR = /(?<![\p{L}\p{N}$€£¥.,/:])(1[5-9]\d\d|20\d\d|21\d\d)(?![\p{L}\p{N}%]|[.,:/]\d)/gu
const WORD_BEFORE = /([\p{L}\p{N}.'’-]+)[\s(]*$/u
const WORD_AFTER = /^\s*([\p{L}\p{N}'’-]+)/u

const twoDigitYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y))

function wordBefore(text: string, at: number): string | undefined {
  return WORD_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[1]
}

function wordAfter(text: string, at: number): string | undefined {
  return WORD_AFTER.exec(text.slice(at, at + 24))?.[1]
}

/** Finds dates written in digits: "2021-05-05", "5/5/2021" (day first unless impossible), years, decades. */
export function findNumericDates(text: string, out: DateExpression[]): void {
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
  for (const m of text.matchAll(YEAR)) {
    const end = m.index + m[0].length
    const prev = wordBefore(text, m.index)
    const next = wordAfter(text, end)
    if (prev && DESIGNATORS.has(prev.toLowerCase().replace(/\.$/, ''))) continue
    const beforePrev = prev ? wordBefore(text, m.index - prev.length - 1) : undefined
    if (!looksLikeYear(m[1]) || !readsAsYear(prev, next, !!next && /^\p{Ll}/u.test(next) && looksPlural(next.toLowerCase()), beforePrev)) continue
    out.push({ start: m.index, end, spec: { type: 'absolute', year: Number(m[1]) } })
  }
  for (const m of text.matchAll(DECADE)) {
    const lead = PART_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index))
    out.push({ start: lead ? m.index - (Math.min(8, m.index) - lead.index) : m.index, end: m.index + m[0].length, spec: { type: 'vague' } })
  }
}
