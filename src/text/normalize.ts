import { codePointAt, isMarkCodePoint, isSpace } from './chars.ts'

/**
 * A normalised copy of a text with a map back to the original: curly quotes become straight,
 * dashes become "-", "…" becomes "...", runs of whitespace become one space, and the text is NFC.
 * Analyzers match on `text` and report `toOriginal(start)`/`toOriginal(end)`, so findings still
 * point into the original.
 */
export interface NormalizedText {
  text: string
  /** Original offset of a normalised offset (0 ≤ offset ≤ text.length); never decreases as `offset` grows. */
  toOriginal(offset: number): number
}

const REPLACE: Record<string, string> = {
  '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‟': '"', '″': '"',
  '‘': "'", '’': "'", '‚': "'", '‹': "'", '›': "'", '‛': "'", '′': "'", '`': "'",
  '–': '-', '—': '-', '‒': '-', '―': '-', '‐': '-', '‑': '-', '−': '-',
  '…': '...',
}

/** Hangul vowel and final-consonant jamo compose with the syllable before them, like marks. */
function joinsPrevious(cp: number): boolean {
  return (cp >= 0x1160 && cp <= 0x11ff) || isMarkCodePoint(cp)
}

/**
 * Normalises `original` for matching, keeping a map from every normalised offset to the original
 * offset it came from.
 *
 * @example
 * const n = normalize('“Hello”  —  world')
 * n.text // '"Hello" - world'
 * n.toOriginal(8) // 8, the original offset of the collapsed whitespace
 */
export function normalize(original: string): NormalizedText {
  const pieces: string[] = []
  const map: number[] = []
  const n = original.length
  let i = 0
  while (i < n) {
    const code = original.charCodeAt(i)
    if (isSpace(code)) {
      pieces.push(' ')
      map.push(i)
      i++
      while (i < n && isSpace(original.charCodeAt(i))) i++
      continue
    }
    const replaced = code === 0x60 || code === 0xab || code === 0xbb || (code >= 0x2010 && code <= 0x2212) ? REPLACE[original[i]] : undefined
    if (replaced !== undefined) {
      pieces.push(replaced)
      for (let k = 0; k < replaced.length; k++) map.push(i)
      i++
      continue
    }
    // A base character with the marks that follow it is one unit of composition.
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < n && (original.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1)
    while (j < n && original.charCodeAt(j) >= 0x300) {
      const cp = codePointAt(original, j)
      if (!joinsPrevious(cp)) break
      j += cp > 0xffff ? 2 : 1
    }
    if (j === i + 1 && code < 0x300) {
      pieces.push(original[i])
      map.push(i)
      i++
      continue
    }
    const unit = original.slice(i, j)
    const composed = unit.normalize('NFC')
    pieces.push(composed)
    if (composed === unit) for (let k = 0; k < unit.length; k++) map.push(i + k)
    else for (let k = 0; k < composed.length; k++) map.push(i)
    i = j
  }
  map.push(n)
  const text = pieces.join('')
  const length = text.length
  return {
    text,
    toOriginal(offset: number) {
      if (!Number.isInteger(offset) || offset < 0 || offset > length) throw new RangeError(`Offset ${offset} is outside the normalised text (0–${length})`)
      return map[offset]
    },
  }
}
