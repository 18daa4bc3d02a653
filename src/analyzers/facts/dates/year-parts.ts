import type { DateExpression } from './expressions.ts'

// Parts of a year, read as the year they belong to: "the first half of the year", "the fourth
// quarter of 2023", "the first quarter of the financial year", "the end of the year", "the first
// seven months of last year", and an ordinal quarter on its own ("in the third quarter").
const PART = String.raw`(?:(?:first|second|third|fourth|final|last)\s+(?:half|quarter)|(?:first|last|past)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+(?:months|weeks)|end|beginning|start|middle|rest|remainder)`
const OF_YEAR = String.raw`\s+of\s+(?:(the|this|last|next)\s+(?:(?:financial|fiscal|calendar)\s+)?year\b|(?:the\s+)?(?:(?:financial|fiscal)\s+year\s+)?((?:19|20)\d\d)(?![\d%]))`
const YEAR_PART = new RegExp(String.raw`\b[Tt]he\s+${PART}${OF_YEAR}`, 'g')
const QUARTER_ALONE = /\b[Tt]he\s+(?:first|second|third|fourth)\s+quarter\b(?!\s+of\b)/g
// Fiscal years: "FY2025-26", "FY 2024", "FY25" are read as the year they open with.
const FISCAL_YEAR = /\bFY\s?((?:19|20)\d\d|\d\d)(?:[-–/](?:\d\d|(?:19|20)\d\d))?(?![\p{L}\p{N}])/gu

/** Finds parts of a year and fiscal years. */
export function findYearParts(text: string, out: DateExpression[]): void {
  for (const m of text.matchAll(YEAR_PART)) {
    const end = m.index + m[0].length
    if (m[2]) out.push({ start: m.index, end, spec: { type: 'absolute', year: Number(m[2]) } })
    else out.push({ start: m.index, end, spec: { type: 'years', offset: m[1].toLowerCase() === 'last' ? -1 : m[1].toLowerCase() === 'next' ? 1 : 0 } })
  }
  for (const m of text.matchAll(QUARTER_ALONE)) out.push({ start: m.index, end: m.index + m[0].length, spec: { type: 'years', offset: 0 } })
  for (const m of text.matchAll(FISCAL_YEAR)) {
    const year = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1])
    out.push({ start: m.index, end: m.index + m[0].length, spec: { type: 'absolute', year } })
  }
}
