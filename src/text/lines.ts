import { isLineBreak, isSpace, startsLower } from './chars.ts'

/** One line of a text: `start`–`end` is its content without the line break, trimmed of whitespace. */
export interface Line {
  start: number
  end: number
  /** true when the line starts with whitespace (an indented first line of a paragraph) */
  indented: boolean
}

/**
 * Splits a text into lines at LF, CRLF, lone CR, VT, FF, NEL and U+2028/U+2029, trimming each.
 * Blank lines come back with `start === end`.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const n = text.length
  let i = 0
  while (i <= n) {
    let j = i
    while (j < n && !isLineBreak(text.charCodeAt(j))) j++
    let start = i
    while (start < j && isSpace(text.charCodeAt(start))) start++
    let end = j
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    lines.push({ start, end, indented: start > i && end > start })
    if (j >= n) break
    i = text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1
  }
  return lines
}

const ENDS_CLAUSE = /[.!?…:;]["'”’»)\]]*$/u

/**
 * True when a text is hard-wrapped: most line breaks between non-blank lines fall inside running
 * sentences, which shows as a long line that does not end a clause followed by a line that starts
 * with a lower-case letter. Short lines (contact blocks, lists, headlines) do not count as wrapped.
 */
export function isHardWrapped(text: string, lines: readonly Line[] = splitLines(text)): boolean {
  let breaks = 0
  let inside = 0
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]
    const previous = lines[k - 1]
    if (line.start === line.end || previous.start === previous.end) continue
    breaks++
    if (previous.end - previous.start < 30 || !startsLower(text.slice(line.start, line.start + 2))) continue
    if (!ENDS_CLAUSE.test(text.slice(Math.max(previous.start, previous.end - 4), previous.end))) inside++
  }
  return breaks >= 3 && inside / breaks > 0.25
}
