/** Converts offsets between Unicode code points (how PTC counts) and UTF-16 code units (how unspun counts) in one text. */
export interface OffsetConverter {
  /** UTF-16 offset of a code-point offset (0 ≤ offset ≤ number of code points). */
  toUtf16(codePoint: number): number
  /** Code-point offset of a UTF-16 offset; an offset inside a surrogate pair maps to the code point it belongs to. */
  toCodePoint(utf16: number): number
  /** Number of code points in the text. */
  readonly codePoints: number
}

const SURROGATE = /[\uD800-\uDFFF]/

function checkRange(offset: number, max: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new RangeError(`Offset ${offset} is outside the text (0–${max} ${unit}); check that the labels belong to this article`)
  }
}

/**
 * Builds the offset maps of one text once. Texts without characters outside the Basic Multilingual
 * Plane (no surrogate pairs) convert by identity.
 *
 * @example
 * const at = offsetConverter('a😀b')
 * at.toUtf16(2) // 3
 * at.toCodePoint(3) // 2
 */
export function offsetConverter(text: string): OffsetConverter {
  if (!SURROGATE.test(text)) {
    const n = text.length
    return {
      codePoints: n,
      toUtf16(cp) {
        checkRange(cp, n, 'code points')
        return cp
      },
      toCodePoint(u) {
        checkRange(u, n, 'UTF-16 units')
        return u
      },
    }
  }
  const utf16OfCodePoint: number[] = []
  const codePointOfUtf16 = new Int32Array(text.length + 1)
  let cp = 0
  for (let u = 0; u < text.length; cp++) {
    utf16OfCodePoint.push(u)
    const code = text.charCodeAt(u)
    const pair = code >= 0xd800 && code <= 0xdbff && u + 1 < text.length && (text.charCodeAt(u + 1) & 0xfc00) === 0xdc00
    codePointOfUtf16[u] = cp
    if (pair) codePointOfUtf16[u + 1] = cp
    u += pair ? 2 : 1
  }
  utf16OfCodePoint.push(text.length)
  codePointOfUtf16[text.length] = cp
  const codePoints = cp
  return {
    codePoints,
    toUtf16(offset) {
      checkRange(offset, codePoints, 'code points')
      return utf16OfCodePoint[offset]
    },
    toCodePoint(offset) {
      checkRange(offset, text.length, 'UTF-16 units')
      return codePointOfUtf16[offset]
    },
  }
}
