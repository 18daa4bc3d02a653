import { looksPlural } from '../amounts/counted-noun.ts'
import { lookupTable } from '../amounts/lookup-table.ts'
import { isValidDate, MONTHS, WEEKDAYS } from './calendar.ts'
import type { DateExpression } from './expressions.ts'

// One scan finds every word a date expression can hang on: month and weekday names, "today",
// "ago", "last"/"next"/"this", "recently" …; short anchored patterns around each then read the
// expression. This is several times faster than one pattern per expression with optional leads.
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec'
const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
const ANCHOR = new RegExp(
  String.raw`\b(?:(${MONTH_NAMES})|(${WEEKDAY_NAMES})|([Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Oo]vernight)|(ago)|([Ll]ast|[Nn]ext|[Tt]his)|([Rr]ecently|[Ll]ately|[Ss]oon)|([Rr]ecent|[Cc]oming|[Nn]ear|[Pp]ast))\b`,
  'g',
)
const enum Group { Month = 1, Weekday, Day, Ago, Which, VagueWord, VagueLead }

const WEEKDAY = `(?:${WEEKDAY_NAMES})`
const ORD = String.raw`(?:st|nd|rd|th)?`
const LOOK_BACK = 40
// A day, or the first day of a range ("3-14 November", "from 3 to 14 November"): the range is read as its first day.
// "20 and 24 May": two days of one month are read as the first.
const DAY_BEFORE = new RegExp(String.raw`(?:\b${WEEKDAY},?\s+)?(?:the\s+)?\b(\d{1,2})${ORD}(?:\s*(?:[-–—]|\bto\b|\band\b)\s*\d{1,2}${ORD})?\s+(?:of\s+)?$`)
// "the night of 3 to 4 June": a part of the day before the day keeps the day.
const PART_OF_DAY_BEFORE = /\b[Tt]he\s+(?:night|morning|afternoon|evening)\s+of\s+$/
const DAY_AFTER = new RegExp(String.raw`\.?\s+(\d{1,2})${ORD}(?![\d:])(?:\s*[-–]\s*\d{1,2}(?!\d))?(?:,?\s+(\d{4})(?!\d))?`, 'y')
const YEAR_AFTER = /\.?,?\s+(\d{4})(?!\d)/y
const WEEKDAY_BEFORE = new RegExp(String.raw`\b${WEEKDAY},?\s+$`)
// A part of a month or year before it changes the time meant and joins the span: "mid-March", "the end of September".
const PART_OF_MONTH_BEFORE = /\b(?:[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\s+(?:end|beginning|start|middle)\s+of)(?:\s+|-)$/
// "April last year", "7 October last year": a month placed by a relative year.
const RELATIVE_YEAR_AFTER = /\s+(last|this|next)\s+year\b/y
// "early Friday", "late Tuesday".
const PART_OF_WEEKDAY_BEFORE = /\b(?:[Ee]arly|[Ll]ate)\s+$/
const WHICH_BEFORE = /\b([Ll]ast|[Nn]ext|[Tt]his)\s+$/
const MONTH_LEAD_BEFORE = /(?:\b(?:in|since|until|till|by|from|during|through|throughout|before|after|early|mid-?|late|of|between|and|to|end of|beginning of|start of)\s+|\bmid-)$/i
const DIGIT_AFTER = /\s*,?\s*\d/y
const PART_OF_DAY_AFTER = /\s+(?:morning|afternoon|evening|night)\b/y
const DAY_BEFORE_PHRASE = /\bthe day (?:before|after)\s+$/i
const AGO_BEFORE = /\b(\d{1,3}|a couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several)\s+(hour|day|week|fortnight|month|year)s?\s+$/i
const UNIT_AFTER = /\s+(week|weekend|month|year|night|morning|afternoon|evening)\b/y
const UNIT_LEAD_BEFORE = /\b(?:earlier|later|early|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of)\s+$/i
const VAGUE_PERIOD_AFTER = /\s+(?:few\s+|couple of\s+|several\s+)?(?:days|weeks|months|years)\b/y
// The preposition is read but left out of the span: "in the coming days" gives "the coming days".
const THE_BEFORE = /\b(?:in|over) (the)\s+$/i
const IN_BEFORE = /\bin\s+$/i
const IN_THE_BEFORE = /\bin (the)\s+$/i
const DETERMINER_BEFORE = /\b(?:an?|the|its|their|this|that)\s+$/i
// "as soon as possible" is no time.
const AS_SOON_AS = /\bas\s+$/i
const FUTURE_AFTER = /\s+future\b/y
const COUNT_WORDS = lookupTable({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, 'a couple of': 2 })

type Which = 'last' | 'next' | 'this'

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at
  return re.exec(text)
}

/** Matches `re` (anchored with `$`) against the text just before `at`; returns the match and where it starts. */
function before(re: RegExp, text: string, at: number, span = LOOK_BACK): { m: RegExpExecArray; start: number } | null {
  const slice = text.slice(Math.max(0, at - span), at)
  const m = re.exec(slice)
  return m ? { m, start: at - (slice.length - m.index) } : null
}

function addDay(out: DateExpression[], start: number, end: number, day: number, month: number, year: string | undefined) {
  if (year) {
    if (isValidDate(Number(year), month, day)) out.push({ start, end, spec: { type: 'absolute', year: Number(year), month, day } })
  } else if (isValidDate(2000, month, day)) out.push({ start, end, spec: { type: 'day-of-month', month, day } })
}

/** "5 May 2021", "May 5, 2021", "Sept. 25", "May 2021", "early May 2020", "last March", "in June". */
function monthDate(text: string, at: number, name: string, out: DateExpression[]) {
  const month = MONTHS.get(name.toLowerCase())!
  const abbreviated = name.length <= 4 && name !== 'May' && name !== 'June' && name !== 'July'
  const nameEnd = at + name.length + (abbreviated && text.charAt(at + name.length) === '.' ? 1 : 0)
  const day = before(DAY_BEFORE, text, at)
  const year = sticky(YEAR_AFTER, text, nameEnd)
  const relativeYear = year ? null : sticky(RELATIVE_YEAR_AFTER, text, nameEnd)
  if (day) {
    const start = before(PART_OF_DAY_BEFORE, text, day.start)?.start ?? day.start
    if (relativeYear) return addRelativeYear(out, start, nameEnd + relativeYear[0].length, month, Number(day.m[1]), relativeYear[1])
    return addDay(out, start, year ? nameEnd + year[0].length : nameEnd, Number(day.m[1]), month, year?.[1])
  }
  const dayAfter = sticky(DAY_AFTER, text, nameEnd)
  if (dayAfter) {
    const end = nameEnd + dayAfter[0].length
    const weekday = before(WEEKDAY_BEFORE, text, at)
    // "In May 12 people died": a count, not a day.
    const next = /^\s*([\p{L}'’-]+)/u.exec(text.slice(end, end + 24))?.[1] ?? ''
    if (!dayAfter[2] && !weekday && looksPlural(next.toLowerCase())) return
    return addDay(out, weekday ? weekday.start : at, end, Number(dayAfter[1]), month, dayAfter[2])
  }
  if (year) {
    const part = before(PART_OF_MONTH_BEFORE, text, at)
    return void out.push({ start: part ? part.start : at, end: nameEnd + year[0].length, spec: { type: 'absolute', year: Number(year[1]), month } })
  }
  if (abbreviated || sticky(DIGIT_AFTER, text, nameEnd)) return
  const which = before(WHICH_BEFORE, text, at)
  if (which) out.push({ start: which.start, end: nameEnd, spec: { type: 'month', month, which: which.m[1].toLowerCase() as Which } })
  else if (relativeYear) addRelativeYear(out, before(PART_OF_MONTH_BEFORE, text, at)?.start ?? at, nameEnd + relativeYear[0].length, month, undefined, relativeYear[1])
  else if (before(MONTH_LEAD_BEFORE, text, at)) out.push({ start: before(PART_OF_MONTH_BEFORE, text, at)?.start ?? at, end: nameEnd, spec: { type: 'month', month, which: null } })
}

/** "April last year", "7 October next year". */
function addRelativeYear(out: DateExpression[], start: number, end: number, month: number, day: number | undefined, which: string) {
  if (day !== undefined && !isValidDate(2000, month, day)) return
  const offset = which.toLowerCase() === 'last' ? -1 : which.toLowerCase() === 'next' ? 1 : 0
  out.push({ start, end, spec: { type: 'in-year', offset, month, day } })
}

/** "Tuesday", "last Tuesday", "next Friday", "Monday night". */
function weekdayDate(text: string, at: number, name: string, out: DateExpression[]) {
  const which = before(WHICH_BEFORE, text, at, 8)
  const part = sticky(PART_OF_DAY_AFTER, text, at + name.length)
  const early = which ? null : before(PART_OF_WEEKDAY_BEFORE, text, at, 8)
  out.push({
    start: which ? which.start : early ? early.start : at,
    end: at + name.length + (part ? part[0].length : 0),
    spec: { type: 'weekday', weekday: WEEKDAYS.get(name.toLowerCase())!, which: which ? (which.m[1].toLowerCase() as Which) : null },
  })
}

/** "today", "tonight", "yesterday morning", "tomorrow", "the day before yesterday". */
function dayDate(text: string, at: number, word: string, out: DateExpression[]) {
  const lower = word.toLowerCase()
  // "launched overnight" is the night before publication; "an overnight curfew" names no day.
  if (lower === 'overnight' && before(DETERMINER_BEFORE, text, at, 8)) return
  const phrase = lower === 'yesterday' || lower === 'tomorrow' ? before(DAY_BEFORE_PHRASE, text, at, 16) : null
  const step = lower === 'yesterday' ? -1 : lower === 'tomorrow' ? 1 : 0
  const part = sticky(PART_OF_DAY_AFTER, text, at + word.length)
  out.push({ start: phrase ? phrase.start : at, end: at + word.length + (part ? part[0].length : 0), spec: { type: 'days', offset: phrase ? 2 * step : step } })
}

/** "two days ago", "a fortnight ago", "three weeks ago", "a few years ago". */
function agoDate(text: string, at: number, out: DateExpression[]) {
  const found = before(AGO_BEFORE, text, at)
  if (!found) return
  const [, count, unitWord] = found.m
  const n = /^\d+$/.test(count) ? Number(count) : COUNT_WORDS.get(count.toLowerCase())
  const unit = unitWord.toLowerCase()
  const span = { start: found.start, end: at + 3 }
  if (n === undefined) out.push({ ...span, spec: { type: 'vague' } })
  else if (unit === 'hour') out.push({ ...span, spec: { type: 'days', offset: 0 } })
  else if (unit === 'day' || unit === 'fortnight') out.push({ ...span, spec: { type: 'days', offset: -n * (unit === 'day' ? 1 : 14) } })
  else if (unit === 'week') out.push({ ...span, spec: { type: 'weeks', offset: -n } })
  else if (unit === 'month') out.push({ ...span, spec: { type: 'months', offset: -n } })
  else out.push({ ...span, spec: { type: 'years', offset: -n } })
}

/** "last week", "last weekend", "earlier this month", "the end of next year", "last night", "this morning"; "over the last few days" (vague). */
function whichDate(text: string, at: number, word: string, out: DateExpression[]) {
  const lower = word.toLowerCase()
  const end = at + word.length
  const unit = sticky(UNIT_AFTER, text, end)
  if (unit) {
    const u = unit[1].toLowerCase()
    const span = { start: at, end: end + unit[0].length }
    if (u === 'night' || u === 'morning' || u === 'afternoon' || u === 'evening') {
      if (lower === 'last' && u === 'night') out.push({ ...span, spec: { type: 'days', offset: -1 } })
      else if (lower === 'this' && u !== 'night') out.push({ ...span, spec: { type: 'days', offset: 0 } })
      return
    }
    const offset = lower === 'last' ? -1 : lower === 'next' ? 1 : 0
    if (u === 'weekend') return void out.push({ ...span, spec: { type: 'weekend', offset } })
    const lead = before(UNIT_LEAD_BEFORE, text, at, 32)
    out.push({ ...span, start: lead ? lead.start : at, spec: { type: u === 'month' ? 'months' : u === 'year' ? 'years' : 'weeks', offset } })
    return
  }
  if (lower !== 'this') vaguePeriod(text, at, end, out)
}

/** Where "the" starts in a match of THE_BEFORE or IN_THE_BEFORE ("in the " → "the"). */
const theStart = (lead: { m: RegExpExecArray; start: number }) => lead.start + lead.m[0].indexOf(lead.m[1])

/** "in/over the past/last/next/coming (few) days …" */
function vaguePeriod(text: string, at: number, end: number, out: DateExpression[]) {
  const the = before(THE_BEFORE, text, at, 12)
  const period = the ? sticky(VAGUE_PERIOD_AFTER, text, end) : null
  if (the && period) out.push({ start: theStart(the), end: end + period[0].length, spec: { type: 'vague' } })
}

/** "in recent weeks", "in the coming days", "in the near future", "over the past few months". */
function vagueLead(text: string, at: number, word: string, out: DateExpression[]) {
  const lower = word.toLowerCase()
  const end = at + word.length
  if (lower === 'recent') {
    const lead = before(IN_BEFORE, text, at, 6)
    const period = lead ? sticky(VAGUE_PERIOD_AFTER, text, end) : null
    if (lead && period) out.push({ start: at, end: end + period[0].length, spec: { type: 'vague' } })
  } else if (lower === 'near') {
    const lead = before(IN_THE_BEFORE, text, at, 10)
    const future = lead ? sticky(FUTURE_AFTER, text, end) : null
    if (lead && future) out.push({ start: theStart(lead), end: end + future[0].length, spec: { type: 'vague' } })
  } else vaguePeriod(text, at, end, out)
}

/** Finds the date expressions that hang on a word: months, weekdays, relative and vague expressions. */
export function findWordDates(text: string, out: DateExpression[]): void {
  for (const m of text.matchAll(ANCHOR)) {
    const at = m.index
    if (m[Group.Month]) monthDate(text, at, m[Group.Month], out)
    else if (m[Group.Weekday]) weekdayDate(text, at, m[Group.Weekday], out)
    else if (m[Group.Day]) dayDate(text, at, m[Group.Day], out)
    else if (m[Group.Ago]) agoDate(text, at, out)
    else if (m[Group.Which]) whichDate(text, at, m[Group.Which], out)
    else if (m[Group.VagueWord]) {
      if (m[0].toLowerCase() === 'soon' && before(AS_SOON_AS, text, at, 4)) continue
      out.push({ start: at, end: at + m[0].length, spec: { type: 'vague' } })
    }
    else if (m[Group.VagueLead]) vagueLead(text, at, m[Group.VagueLead], out)
  }
}
