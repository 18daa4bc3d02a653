import { looksPlural } from '../amounts/counted-noun.ts'
import { DESIGNATORS } from '../amounts/lexicon.ts'
import { isValidDate } from './calendar.ts'
import type { DateExpression } from './expressions.ts'
import { looksLikeYear, namesYear, readsAsYear } from './years.ts'

const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g
const NUMERIC = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)/g
const DECADE = /\b(?:1[5-9]|20)\d0s\b/g
const PART_BEFORE = /\b(?:early|mid|late)[\s-]+$/
const YEAR_RANGE_AFTER = /^[-–/](\d{4}|\d{2})(?![\d%]|[.,]\d)/
const PART_OF_YEAR_BEFORE = /\b(?:[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\s+(?:end|beginning|start|middle)\s+of)(?:\s+|-)$/
const YEAR = /(?<![\p{L}\p{N}$€£¥.,/:])(1[5-9]\d\d|20\d\d|21\d\d)(?![\p{L}\p{N}%]|[.,:/]\d)/gu
/** How far around a number its neighbouring words are looked for. */
const NEIGHBOURHOOD = 24
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u
const SPACE = /^\s$/
// Made once: compiled down for an older runtime, a \p{…} literal in a function is rebuilt at each call.
const STARTS_LOWER = /^\p{Ll}/u

const twoDigitYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y))

/** True for white space (what \s matches). */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return SPACE.test(String.fromCharCode(code))
}

/**
 * The width (1, or 2 for a surrogate pair) of the word character that ends at `end` within
 * [from, end): a letter, digit, apostrophe or hyphen, and the full stop when `stop` allows it; 0 for none.
 */
function wordCharBefore(text: string, from: number, end: number, stop: boolean): number {
  const code = text.charCodeAt(end - 1)
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 39 || code === 45 || (stop && code === 46) ? 1 : 0
  if (code === 0x2019) return 1
  const pair = code >= 0xdc00 && code <= 0xdfff && end - 2 >= from && text.charCodeAt(end - 2) >= 0xd800 && text.charCodeAt(end - 2) <= 0xdbff
  const width = pair ? 2 : 1
  return LETTER_OR_NUMBER.test(text.slice(end - width, end)) ? width : 0
}

/** The width of the word character (as in wordCharBefore, without the full stop) that starts at `start` within [start, to); 0 for none. */
function wordCharAfter(text: string, start: number, to: number): number {
  const code = text.charCodeAt(start)
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 39 || code === 45 ? 1 : 0
  if (code === 0x2019) return 1
  const pair = code >= 0xd800 && code <= 0xdbff && start + 1 < to && text.charCodeAt(start + 1) >= 0xdc00 && text.charCodeAt(start + 1) <= 0xdfff
  const width = pair ? 2 : 1
  return LETTER_OR_NUMBER.test(text.slice(start, start + width)) ? width : 0
}

/**
 * The word right before `at`, across white space and "(", within 24 characters: letters, digits,
 * full stops, apostrophes and hyphens ("in", "No.", "mid-").
 */
function wordBefore(text: string, at: number): string | undefined {
  const from = Math.max(0, at - NEIGHBOURHOOD)
  let end = at
  while (end > from && (text.charCodeAt(end - 1) === 40 || isSpace(text.charCodeAt(end - 1)))) end--
  let start = end
  for (let width = start > from ? wordCharBefore(text, from, start, true) : 0; width > 0; width = start > from ? wordCharBefore(text, from, start, true) : 0) start -= width
  return start < end ? text.slice(start, end) : undefined
}

/** The word right after `at`, across white space, within 24 characters: letters, digits, apostrophes and hyphens. */
function wordAfter(text: string, at: number): string | undefined {
  const to = Math.min(text.length, at + NEIGHBOURHOOD)
  let start = at
  while (start < to && isSpace(text.charCodeAt(start))) start++
  let end = start
  for (let width = end < to ? wordCharAfter(text, end, to) : 0; width > 0; width = end < to ? wordCharAfter(text, end, to) : 0) end += width
  return end > start ? text.slice(start, end) : undefined
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
    // "Steadfast Defender 2024", "Interaction-2024": the year is part of a name, not a date the text gives
    // ("John Pearson (2013)" is a date).
    if (text.charCodeAt(m.index - 1) !== 40 && namesYear(prev)) continue
    const beforePrev = prev ? wordBefore(text, m.index - prev.length - 1) : undefined
    if (!looksLikeYear(m[1]) || !readsAsYear(prev, next, !!next && STARTS_LOWER.test(next) && looksPlural(next.toLowerCase()), beforePrev)) continue
    // "2023-24", "2021-2027", "2023/24": a span of years is read as its first year; "mid-2026",
    // "the end of 2024": a part of the year joins the span.
    const range = YEAR_RANGE_AFTER.exec(text.slice(end, end + 6))
    const last = range ? (range[1].length === 2 ? Math.floor(Number(m[1]) / 100) * 100 + Number(range[1]) : Number(range[1])) : 0
    const lead = PART_OF_YEAR_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index))
    const start = lead ? m.index - lead[0].length : m.index
    out.push({ start, end: range && last > Number(m[1]) && last - Number(m[1]) <= 20 ? end + range[0].length : end, spec: { type: 'absolute', year: Number(m[1]) } })
  }
  for (const m of text.matchAll(DECADE)) {
    const lead = PART_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index))
    out.push({ start: lead ? m.index - (Math.min(8, m.index) - lead.index) : m.index, end: m.index + m[0].length, spec: { type: 'vague' } })
  }
}
