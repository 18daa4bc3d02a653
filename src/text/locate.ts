export interface Point {
  /** 1-based line */
  line: number
  /** 1-based column, in UTF-16 code units */
  column: number
}

export interface Location {
  toPoint(offset: number): Point
  toOffset(point: Point): number
}

/**
 * Builds a line index (lines end at LF, CRLF or a lone CR) of `text` once and turns offsets into line/column points and back.
 *
 * @example
 * locate('a\nbc').toPoint(3) // { line: 2, column: 2 }
 */
export function locate(text: string): Location {
  let starts: number[] | undefined
  const lineStarts = () => {
    if (starts) return starts
    starts = [0]
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
    }
    return starts
  }
  return {
    toPoint(offset) {
      if (!Number.isInteger(offset) || offset < 0 || offset > text.length) throw new RangeError(`Offset ${offset} is outside the text (0–${text.length})`)
      const s = lineStarts()
      let lo = 0
      let hi = s.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (s[mid] <= offset) lo = mid
        else hi = mid - 1
      }
      return { line: lo + 1, column: offset - s[lo] + 1 }
    },
    toOffset({ line, column }) {
      const s = lineStarts()
      if (line < 1 || line > s.length) throw new RangeError(`Line ${line} is outside the text (1–${s.length})`)
      const offset = s[line - 1] + column - 1
      const lineEnd = line < s.length ? s[line] - 1 : text.length
      if (column < 1 || offset > lineEnd) throw new RangeError(`Column ${column} is outside line ${line}`)
      return offset
    },
  }
}
