import type { MentionRef, SpanRef } from './gold-format.ts'

/** A half-open UTF-16 span of a document's text with the text it covers. */
export interface TextSpan {
  start: number
  end: number
  text: string
}

const wordChar = /[\p{L}\p{N}]/u

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && wordChar.test(ch)
}

/**
 * Every place where `needle` occurs in `text` as a whole word: a needle that starts (ends) with a
 * letter or digit may not be preceded (followed) by one. So "Iran" occurs in "Iran's" but not in "Iranian".
 *
 * @example
 * wholeWordOccurrences('Iran and Iranian oil; Iran's', 'Iran') // [0, 22]
 */
export function wholeWordOccurrences(text: string, needle: string): number[] {
  const found: number[] = []
  const checkBefore = isWordChar(needle[0])
  const checkAfter = isWordChar(needle[needle.length - 1])
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (checkBefore && isWordChar(text[at - 1])) continue
    if (checkAfter && isWordChar(text[at + needle.length])) continue
    found.push(at)
  }
  return found
}

/** Turns a span written as text + occurrence (or as offsets) into offsets; throws a message that says what is wrong. */
export function locateSpan(text: string, ref: SpanRef | string): TextSpan {
  if (typeof ref === 'string') return locateSpan(text, { text: ref })
  if ('start' in ref) {
    const actual = text.slice(ref.start, ref.end)
    if (actual !== ref.text) {
      throw new Error(`offsets ${ref.start}-${ref.end} cover ${JSON.stringify(actual)}, not ${JSON.stringify(ref.text)}`)
    }
    return { start: ref.start, end: ref.end, text: ref.text }
  }
  const occurrence = ref.occurrence ?? 0
  const all = wholeWordOccurrences(text, ref.text)
  if (occurrence >= all.length) {
    throw new Error(`${JSON.stringify(ref.text)} occurs ${all.length} time(s) as a whole word, so occurrence ${occurrence} does not exist`)
  }
  return { start: all[occurrence], end: all[occurrence] + ref.text.length, text: ref.text }
}

/** Turns an entity mention into spans: a bare string gives every whole-word occurrence of it. */
export function locateMentions(text: string, ref: MentionRef): TextSpan[] {
  if (typeof ref !== 'string') return [locateSpan(text, ref)]
  const all = wholeWordOccurrences(text, ref)
  if (all.length === 0) throw new Error(`${JSON.stringify(ref)} does not occur as a whole word`)
  return all.map((start) => ({ start, end: start + ref.length, text: ref }))
}
