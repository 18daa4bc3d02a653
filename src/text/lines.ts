import { isLineBreak, isLowerCodePoint, isSpace } from './chars.ts'

/** One line of a text: `start`–`end` is its content without the line break, trimmed of whitespace. */
export interface Line {
  start: number
  end: number
  /** true when the line starts with whitespace (an indented first line of a paragraph) */
  indented: boolean
}

/** Line breaks other than LF (see `isLineBreak`). */
const OTHER_LINE_BREAKS = /[\v\f\r\u0085\u2028\u2029]/

/**
 * Splits a text into lines at LF, CRLF, lone CR, VT, FF, NEL and U+2028/U+2029, trimming each.
 * Blank lines come back with `start === end`.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const n = text.length
  // Most texts break lines with LF alone, which a native search finds much faster than a loop.
  const onlyLineFeeds = !OTHER_LINE_BREAKS.test(text)
  let i = 0
  while (i <= n) {
    let j: number
    if (onlyLineFeeds) {
      j = text.indexOf('\n', i)
      if (j === -1) j = n
    } else {
      j = i
      while (j < n && !isLineBreak(text.charCodeAt(j))) j++
    }
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

/** True for the marks that end a clause: . ! ? … : ; */
function isClauseEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3a || c === 0x3b
}

/** True for the closing quotes and brackets that may follow the end of a clause: " ' ” ’ » ) ] */
function isClauseCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d
}

/**
 * True when `text[from..to)` ends a clause: a mark of {@link isClauseEnd}, then only closers
 * (what `/[.!?…:;]["'”’»)\]]*$/u` finds in that slice).
 */
function endsClause(text: string, from: number, to: number): boolean {
  let j = to - 1
  while (j >= from && isClauseCloser(text.charCodeAt(j))) j--
  return j >= from && isClauseEnd(text.charCodeAt(j))
}

/** True when the character at `i` is a lower-case letter (what `startsLower(text.slice(i, i + 2))` says). */
function lowerAt(text: string, i: number): boolean {
  return i < text.length && isLowerCodePoint(text.codePointAt(i) ?? 0)
}

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
    if (previous.end - previous.start < 30 || !lowerAt(text, line.start)) continue
    if (!endsClause(text, Math.max(previous.start, previous.end - 4), previous.end)) inside++
  }
  return breaks >= 3 && inside / breaks > 0.25
}
