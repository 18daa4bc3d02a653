import type { Span } from '../schema.ts'

/**
 * The text as it may safely reach a terminal, with the same length so offsets still hold:
 * line breaks and tabs become spaces, and other control characters (which could move the
 * cursor or change colours) become visible symbols: U+241B ␛ for ESC, U+FFFD for C1 controls.
 *
 * @example
 * printable('a\tb\u001b[2J') // 'a b␛[2J'
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0)
    if (code === 9 || code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return ' '
    if (code < 32) return String.fromCharCode(0x2400 + code)
    if (code === 0x7f) return '\u2421'
    return '\ufffd'
  })
}

/**
 * Breaks a line of text into ranges at most `width` characters long (`firstWidth` for the first),
 * breaking at spaces where it can; a word longer than the line is cut. The spaces at a break
 * belong to no range.
 *
 * @example
 * wrapRanges('aaa bbb ccc', 7).map((r) => 'aaa bbb ccc'.slice(r.start, r.end)) // ['aaa bbb', 'ccc']
 */
export function wrapRanges(text: string, width: number, firstWidth = width): Span[] {
  const ranges: Span[] = []
  const to = text.length
  let start = 0
  while (start < to && text.charCodeAt(start) === 32) start++
  while (start < to) {
    const limit = Math.max(1, Math.floor(ranges.length === 0 ? firstWidth : width))
    if (to - start <= limit) {
      ranges.push({ start, end: trimEnd(text, start, to) })
      break
    }
    let cut = -1
    for (let i = start + limit; i > start; i--) {
      if (text.charCodeAt(i) === 32) {
        cut = i
        break
      }
    }
    let end = cut > start ? trimEnd(text, start, cut) : start + limit
    if (end === start) end = start + limit
    // Never split a surrogate pair.
    if (end < to && isLowSurrogate(text.charCodeAt(end)) && end - 1 > start) end--
    ranges.push({ start, end })
    start = end
    while (start < to && text.charCodeAt(start) === 32) start++
  }
  return ranges
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === 32) end--
  return end
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * Shortens text to at most `max` characters by cutting out its middle.
 *
 * @example
 * truncateMiddle('The exercise shows that our unity cannot be broken', 20) // 'The exercise…broken'
 */
export function truncateMiddle(text: string, max: number): string {
  if (text.length <= max) return text
  const keep = Math.max(2, max - 1)
  const head = Math.ceil(keep * 0.6)
  const tail = keep - head
  return `${text.slice(0, head).trimEnd()}…${text.slice(text.length - tail).trimStart()}`
}

/** A run of text with an optional way to paint it (ANSI colours). */
export interface StyledPiece {
  text: string
  paint?: (text: string) => string
}

/**
 * Lays out styled pieces as wrapped lines: the first line is prefixed with `first`, the others
 * with `rest`. Painting happens after wrapping, and escape codes in the prefixes are not counted,
 * so colour never changes where lines break.
 *
 * @example
 * wrapStyled([{ text: 'red words', paint: pc.red }, { text: ' and plain' }], 10, '  ', '  ')
 */
export function wrapStyled(pieces: readonly StyledPiece[], width: number, first: string, rest: string): string[] {
  const plain = pieces.map((p) => p.text).join('')
  const bounds: Array<{ start: number; end: number; paint?: (text: string) => string }> = []
  let at = 0
  for (const p of pieces) {
    bounds.push({ start: at, end: at + p.text.length, paint: p.paint })
    at += p.text.length
  }
  const ranges = wrapRanges(plain, Math.max(10, width - visibleLength(rest)), Math.max(10, width - visibleLength(first)))
  return ranges.map((range, i) => {
    let line = i === 0 ? first : rest
    for (const b of bounds) {
      const start = Math.max(b.start, range.start)
      const end = Math.min(b.end, range.end)
      if (start >= end) continue
      const piece = plain.slice(start, end)
      line += b.paint ? b.paint(piece) : piece
    }
    return line
  })
}

/** The width of a string on a terminal, leaving out ANSI colour codes. */
export function visibleLength(text: string): number {
  return text.replace(/\u001b\[[0-9;]*m/g, '').length
}
