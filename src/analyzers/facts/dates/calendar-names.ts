import { looksPlural } from '../amounts/counted-noun.ts'
import { isValidDate, MONTHS, WEEKDAYS } from './calendar.ts'
import type { DateExpression } from './expressions.ts'

// Dates are found from their month or weekday name outwards: one scan for the names, then short
// anchored patterns around each, which is much faster than patterns with optional leading parts.
const MONTH_NAME = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b(\.)?/g
const WEEKDAY_NAME = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
const ORD = String.raw`(?:st|nd|rd|th)?`

const DAY_BEFORE = new RegExp(String.raw`(?:\b${WEEKDAY},?\s+)?(?:the\s+)?\b(\d{1,2})${ORD}(?:\s*[-–—]\s*\d{1,2}${ORD})?\s+(?:of\s+)?$`)
const DAY_AFTER = new RegExp(String.raw`\s+(\d{1,2})${ORD}(?![\d:])(?:\s*[-–]\s*\d{1,2}(?!\d))?(?:,?\s+(\d{4})(?!\d))?`, 'y')
const YEAR_AFTER = /,?\s+(\d{4})(?!\d)/y
const WEEKDAY_BEFORE = new RegExp(String.raw`\b${WEEKDAY},?\s+$`)
const PART_OF_MONTH_BEFORE = /\b(?:early|mid|late)[\s-]+$/
const WHICH_BEFORE = /\b([Ll]ast|[Nn]ext|[Tt]his)\s+$/
const MONTH_LEAD_BEFORE = /\b(?:in|since|until|till|by|from|during|through|throughout|before|after|early|mid-?|late|of|between|and|to|end of|beginning of|start of)\s+$/i
const DIGIT_AFTER = /\s*,?\s*\d/y
const PART_OF_DAY_AFTER = /\s+(?:morning|afternoon|evening|night)\b/y

const LOOK_BACK = 40

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at
  return re.exec(text)
}

function wordAfter(text: string, at: number): string {
  return /^\s*([\p{L}'’-]+)/u.exec(text.slice(at, at + 24))?.[1] ?? ''
}

/** Dates built around a month name: "5 May 2021", "May 5, 2021", "May 2021", "early May", "last March", "in June". */
export function findMonthDates(text: string, out: DateExpression[]): void {
  for (const m of text.matchAll(MONTH_NAME)) {
    const name = m[1]
    const month = MONTHS[name.toLowerCase()]
    const abbreviated = name.length <= 4 && name !== 'May' && name !== 'June' && name !== 'July'
    const nameEnd = m.index + name.length + (abbreviated && m[2] ? 1 : 0)
    const before = text.slice(Math.max(0, m.index - LOOK_BACK), m.index)
    const backTo = (match: RegExpExecArray) => m.index - (before.length - match.index)
    const dayBefore = DAY_BEFORE.exec(before)
    const yearAfter = sticky(YEAR_AFTER, text, nameEnd)
    if (dayBefore) {
      const year = yearAfter?.[1]
      add(out, backTo(dayBefore), year ? nameEnd + yearAfter![0].length : nameEnd, Number(dayBefore[1]), month, year)
      continue
    }
    const dayAfter = sticky(DAY_AFTER, text, nameEnd)
    if (dayAfter) {
      const end = nameEnd + dayAfter[0].length
      const weekday = WEEKDAY_BEFORE.exec(before)
      // "In May 12 people died": a count, not a day.
      if (!dayAfter[2] && !weekday && looksPlural(wordAfter(text, end).toLowerCase())) continue
      add(out, weekday ? backTo(weekday) : m.index, end, Number(dayAfter[1]), month, dayAfter[2])
      continue
    }
    if (yearAfter) {
      const part = PART_OF_MONTH_BEFORE.exec(before)
      out.push({ start: part ? backTo(part) : m.index, end: nameEnd + yearAfter[0].length, spec: { type: 'absolute', year: Number(yearAfter[1]), month } })
      continue
    }
    if (abbreviated || sticky(DIGIT_AFTER, text, nameEnd)) continue
    const which = WHICH_BEFORE.exec(before)
    if (which) out.push({ start: backTo(which), end: nameEnd, spec: { type: 'month', month, which: which[1].toLowerCase() as 'last' | 'next' | 'this' } })
    else if (MONTH_LEAD_BEFORE.test(before)) out.push({ start: m.index, end: nameEnd, spec: { type: 'month', month, which: null } })
  }
}

function add(out: DateExpression[], start: number, end: number, day: number, month: number, year: string | undefined) {
  if (year) {
    if (isValidDate(Number(year), month, day)) out.push({ start, end, spec: { type: 'absolute', year: Number(year), month, day } })
  } else if (isValidDate(2000, month, day)) out.push({ start, end, spec: { type: 'day-of-month', month, day } })
}

/** Weekdays: "Tuesday", "last Tuesday", "next Friday", "Monday night". */
export function findWeekdayDates(text: string, out: DateExpression[]): void {
  for (const m of text.matchAll(WEEKDAY_NAME)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index)
    const which = WHICH_BEFORE.exec(before)
    const start = which ? m.index - (before.length - which.index) : m.index
    const part = sticky(PART_OF_DAY_AFTER, text, m.index + m[0].length)
    const end = m.index + m[0].length + (part ? part[0].length : 0)
    out.push({ start, end, spec: { type: 'weekday', weekday: WEEKDAYS[m[1].toLowerCase()], which: which ? (which[1].toLowerCase() as 'last' | 'next' | 'this') : null } })
  }
}
