/** One line of a CoNLL file: blank (sentence break), a `-DOCSTART-` line, or a token line. */
export interface ConllLine {
  /** The line as read, without its line ending. */
  text: string
  kind: 'blank' | 'docstart' | 'token'
  /** Whitespace-separated columns; the token is the first. */
  columns: string[]
}

/** A CoNLL file that cannot be read; the message names the file and the line. */
export class ConllFormatError extends Error {
  readonly source: string
  readonly line: number
  constructor(source: string, line: number, problem: string) {
    super(`${source}:${line}: ${problem}`)
    this.name = 'ConllFormatError'
    this.source = source
    this.line = line
  }
}

const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/

/**
 * Splits CoNLL bytes into lines (LF or CRLF), each decoded as UTF-8 and classified. Throws a
 * {@link ConllFormatError} naming `source` and the line for bytes that are not UTF-8 text or hold
 * control characters (a binary file, say).
 *
 * @example
 * parseConllLines(new TextEncoder().encode('EU B-ORG\n\n'), 'in.conll').map((l) => l.kind) // ['token', 'blank']
 */
export function parseConllLines(bytes: Uint8Array, source: string): ConllLine[] {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
  const lines: ConllLine[] = []
  let start = 0
  let number = 0
  while (start < bytes.length) {
    let end = bytes.indexOf(10, start)
    const next = end < 0 ? bytes.length : end + 1
    if (end < 0) end = bytes.length
    number++
    let slice = bytes.subarray(start, end)
    if (slice.length > 0 && slice[slice.length - 1] === 13) slice = slice.subarray(0, slice.length - 1)
    let text: string
    try {
      text = decoder.decode(slice)
    } catch {
      throw new ConllFormatError(source, number, 'not UTF-8 text; expected one token per line with optional columns')
    }
    if (number === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    if (CONTROL.test(text)) throw new ConllFormatError(source, number, 'contains control characters (a binary file?); expected one token per line with optional columns')
    const columns = text.trim().split(/\s+/).filter((c) => c.length > 0)
    const kind = columns.length === 0 ? 'blank' : columns[0] === '-DOCSTART-' ? 'docstart' : 'token'
    lines.push({ text, kind, columns })
    start = next
  }
  return lines
}

/**
 * Groups token lines into sentences (runs between blank and `-DOCSTART-` lines), as indices into `lines`.
 *
 * @example
 * conllSentences(lines) // [[0, 1, 2], [4, 5]]
 */
export function conllSentences(lines: readonly ConllLine[]): number[][] {
  const sentences: number[][] = []
  let current: number[] = []
  lines.forEach((line, i) => {
    if (line.kind === 'token') {
      current.push(i)
    } else if (current.length > 0) {
      sentences.push(current)
      current = []
    }
  })
  if (current.length > 0) sentences.push(current)
  return sentences
}

/** A sentence with gold tags, for training and evaluation. */
export interface TaggedSentence {
  words: string[]
  tags: string[]
}

/**
 * Reads annotated CoNLL text (token first, the tag in column `tagColumn`, default 1) into sentences,
 * leaving out `-DOCSTART-` lines.
 *
 * @example
 * readTaggedSentences('UN B-ORG 0\nwarns O 0\n') // [{ words: ['UN', 'warns'], tags: ['B-ORG', 'O'] }]
 */
export function readTaggedSentences(text: string | Uint8Array, { tagColumn = 1, source = 'input' }: { tagColumn?: number; source?: string } = {}): TaggedSentence[] {
  const lines = parseConllLines(typeof text === 'string' ? new TextEncoder().encode(text) : text, source)
  return conllSentences(lines).map((indices) => {
    const words: string[] = []
    const tags: string[] = []
    for (const i of indices) {
      const { columns } = lines[i]
      if (columns.length <= tagColumn) throw new ConllFormatError(source, i + 1, `expected a tag in column ${tagColumn + 1}, found ${columns.length} column(s)`)
      words.push(columns[0])
      tags.push(columns[tagColumn])
    }
    return { words, tags }
  })
}
