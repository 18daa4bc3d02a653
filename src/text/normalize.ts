/**
 * A normalised copy of a text with a map back to the original: curly quotes become straight,
 * dashes become "-", runs of whitespace become one space, and the text is NFC. Analyzers match
 * on `text` and report `toOriginal(start)`/`toOriginal(end)`, so findings still point into the original.
 */
export interface NormalizedText {
  text: string
  /** Original offset of a normalised offset (0 ≤ offset ≤ text.length). */
  toOriginal(offset: number): number
}

const REPLACE: Record<string, string> = {
  '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‟': '"', '″': '"',
  '‘': "'", '’': "'", '‚': "'", '‹': "'", '›': "'", '‛': "'", '′': "'", '`': "'",
  '–': '-', '—': '-', '‒': '-', '―': '-', '‐': '-', '‑': '-', '−': '-',
  '…': '...',
}

export function normalize(original: string): NormalizedText {
  const out: string[] = []
  const map: number[] = []
  let length = 0
  let i = 0
  let lastSpace = false
  while (i < original.length) {
    const ch = original[i]
    if (/\s/.test(ch)) {
      if (!lastSpace) {
        out.push(' ')
        map.push(i)
        length++
        lastSpace = true
      }
      i++
      continue
    }
    lastSpace = false
    const replaced = REPLACE[ch]
    if (replaced !== undefined) {
      out.push(replaced)
      for (let k = 0; k < replaced.length; k++) map.push(i)
      length += replaced.length
      i++
      continue
    }
    if (original.charCodeAt(i) < 0x80) {
      out.push(ch)
      map.push(i)
      length++
      i++
      continue
    }
    // A run of non-ASCII characters with its combining marks is normalised as one piece.
    let j = i + 1
    while (j < original.length && original.charCodeAt(j) >= 0x80 && !/\s/.test(original[j]) && REPLACE[original[j]] === undefined) j++
    const piece = original.slice(i, j).normalize('NFC')
    out.push(piece)
    if (piece.length === j - i) for (let k = 0; k < piece.length; k++) map.push(i + k)
    else for (let k = 0; k < piece.length; k++) map.push(i + Math.min(j - i - 1, Math.floor((k * (j - i)) / piece.length)))
    length += piece.length
    i = j
  }
  map.push(original.length)
  const text = out.join('')
  return {
    text,
    toOriginal(offset: number) {
      if (offset < 0 || offset > length) throw new RangeError(`Offset ${offset} is outside the normalised text (0–${length})`)
      return map[offset]
    },
  }
}
