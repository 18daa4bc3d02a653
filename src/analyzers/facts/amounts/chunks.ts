import type { Token } from '../../../text/types.ts'

/**
 * A whitespace-delimited piece of a sentence with its edge punctuation split off: "(1,200)," gives
 * "(", "1,200", ")" and ",". Reading amounts from chunks rather than tokens keeps "€40m", "$1.2bn"
 * and "1,200–1,500" whole however the tokenizer splits them.
 */
export class Chunk {
  private sliced: string | undefined
  private lowered: string | undefined
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    /** true for a chunk made only of punctuation or quote marks */
    readonly punct: boolean,
    /** true when the chunk opens a line */
    readonly lineStart: boolean,
  ) {}

  // Text and lower case are computed on first use: most chunks are only checked by their first character.
  get text(): string {
    return (this.sliced ??= this.source.slice(this.start, this.end))
  }

  get lower(): string {
    return (this.lowered ??= this.text.toLowerCase())
  }

  /** the UTF-16 code of the first character */
  get firstCode(): number {
    return this.source.charCodeAt(this.start)
  }
}

const isEdgeMark = (t: Token) => t.kind === 'punct' || t.kind === 'quote'

function push(out: Chunk[], text: string, start: number, end: number, punct: boolean, lineStart: boolean) {
  out.push(new Chunk(text, start, end, punct, lineStart))
}

/**
 * Splits the tokens `[from, to)` into chunks.
 *
 * @example
 * chunkTokens(text, tokens, 0, tokens.length).map((c) => c.text) // for 'Over €40m, (12%).'
 * // ['Over', '€40m', ',', '(', '12%', ')', '.']
 */
export function chunkTokens(text: string, tokens: readonly Token[], from: number, to: number): Chunk[] {
  const out: Chunk[] = []
  let i = from
  while (i < to) {
    let j = i + 1
    while (j < to && !tokens[j].spaceBefore) j++
    const last = j - 1
    const lineStart = tokens[i].lineStart
    let a = i
    while (a <= last && isEdgeMark(tokens[a])) {
      push(out, text, tokens[a].start, tokens[a].end, true, lineStart && a === i)
      a++
    }
    let tail = last
    while (tail >= a && isEdgeMark(tokens[tail])) tail--
    if (a <= tail) push(out, text, tokens[a].start, tokens[tail].end, false, lineStart && a === i)
    for (let k = Math.max(tail + 1, a); k <= last; k++) push(out, text, tokens[k].start, tokens[k].end, true, false)
    i = j
  }
  return out
}
