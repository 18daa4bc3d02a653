/** A half-open range of UTF-16 code units in a document's text. */
export interface Span {
  start: number
  end: number
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol' | 'url' | 'email'

/**
 * A token is a span of the original text; `text` is always `source.slice(start, end)`.
 * `abbr` marks a word that carries its own full stop ("Dr.", "U.S.", the initial "J.").
 */
export interface Token extends Span {
  text: string
  kind: TokenKind
  abbr?: boolean
  /** true when whitespace (or the start of text) comes right before the token */
  spaceBefore: boolean
  /** true when a line break comes between the previous token and this one */
  lineStart: boolean
}

export interface Sentence extends Span {
  index: number
  /** index of the first token of the sentence in the token array */
  tokenStart: number
  /** index one past the last token of the sentence */
  tokenEnd: number
  paragraph: number
}

export interface Paragraph extends Span {
  index: number
}
