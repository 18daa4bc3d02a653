import { CONTINUING_WORDS } from './boundaries.ts'
import { startsLower } from './chars.ts'
import { isHardWrapped, splitLines, type Line } from './lines.ts'
import type { Paragraph } from './types.ts'

const TERMINAL_END = /[.!?…:"'”’»)\]]$/u

/**
 * In hard-wrapped text without blank lines, a new paragraph starts on an indented line, or after
 * a line that ends a sentence well short of the wrapping width.
 */
function wrappedBreaks(text: string, lines: readonly Line[]): boolean[] {
  let width = 0
  for (const line of lines) width = Math.max(width, line.end - line.start)
  return lines.map((line, k) => {
    if (k === 0) return false
    const previous = lines[k - 1]
    if (line.indented) return true
    const short = previous.end - previous.start < width * 0.6
    return short && TERMINAL_END.test(text.slice(Math.max(previous.start, previous.end - 1), previous.end))
  })
}

const LAST_WORD = /(?:^|[^\p{L}])(\p{Ll}+)$/u
const CONTINUING_END = /[,;(&/\-–—]$/u

/** In text that is not wrapped, a line that ends in a comma or an article runs on into the next. */
function runsOn(text: string, previous: Line, line: Line): boolean {
  if (!startsLower(text.slice(line.start, line.start + 2))) return false
  const tail = text.slice(Math.max(previous.start, previous.end - 16), previous.end)
  if (CONTINUING_END.test(tail)) return true
  const word = LAST_WORD.exec(tail)
  return word !== null && CONTINUING_WORDS.has(word[1])
}

const wrappedTexts = new WeakMap<readonly Paragraph[], boolean>()

/**
 * Whether the text these paragraphs came from is hard-wrapped, as `splitParagraphs` found it;
 * undefined for paragraphs it did not make. Saves the sentence splitter a second pass over the lines.
 */
export function paragraphsAreWrapped(paragraphs: readonly Paragraph[]): boolean | undefined {
  return wrappedTexts.get(paragraphs)
}

/**
 * Finds paragraph spans, trimmed of whitespace. Blank lines separate paragraphs; a text with no
 * blank lines has one paragraph per line (a line ending in a comma or an article runs on), unless
 * it is hard-wrapped, where indentation and short closing lines mark paragraphs.
 *
 * @example
 * splitParagraphs('Title\n\nFirst line.\nSecond line.') // [{start: 0, end: 5, index: 0}, {start: 7, end: 31, index: 1}]
 */
export function splitParagraphs(text: string): Paragraph[] {
  const lines = splitLines(text)
  const paragraphs: Paragraph[] = []
  let firstContent = -1
  let lastContent = -1
  for (let k = 0; k < lines.length; k++) {
    if (lines[k].start === lines[k].end) continue
    if (firstContent === -1) firstContent = k
    lastContent = k
  }
  const wrapped = isHardWrapped(text, lines)
  wrappedTexts.set(paragraphs, wrapped)
  if (firstContent === -1) return paragraphs
  let hasBlank = false
  for (let k = firstContent; k < lastContent && !hasBlank; k++) hasBlank = lines[k].start === lines[k].end
  let breakBefore: (k: number) => boolean
  if (hasBlank) breakBefore = (k) => lines[k - 1].start === lines[k - 1].end
  else if (wrapped) {
    const breaks = wrappedBreaks(text, lines)
    breakBefore = (k) => breaks[k]
  } else breakBefore = (k) => !runsOn(text, lines[k - 1], lines[k])
  let start = -1
  let end = -1
  for (let k = firstContent; k <= lastContent; k++) {
    const line = lines[k]
    if (line.start === line.end) continue
    if (start !== -1 && breakBefore(k)) {
      paragraphs.push({ start, end, index: paragraphs.length })
      start = -1
    }
    if (start === -1) start = line.start
    end = line.end
  }
  paragraphs.push({ start, end, index: paragraphs.length })
  return paragraphs
}
