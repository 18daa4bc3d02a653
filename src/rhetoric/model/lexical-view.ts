import type { Sentence, Token } from '../../text/types.ts'
import { NAME } from './context-features.ts'
import type { WordInfo, WordTable } from './word-table.ts'

/** The tokens of a text as the models read them: word descriptions and lexical identities, names masked if asked. */
export interface LexicalView {
  words: WordInfo[]
  /** the lower-cased word's hash, or the name placeholder */
  lexical: Int32Array
  /** the crude lemma's hash, or the name placeholder */
  stems: Int32Array
  /** 1 for masked names */
  names: Uint8Array
}

/** A token is name-like when it is a capitalised word that does not open its sentence. */
export function nameLikeTokens(tokens: readonly Token[], sentences: readonly Sentence[], words: readonly WordInfo[]): Uint8Array {
  const out = new Uint8Array(tokens.length)
  for (const s of sentences) {
    let first = s.tokenStart
    while (first < s.tokenEnd && tokens[first].kind !== 'word' && tokens[first].kind !== 'number') first++
    for (let i = first + 1; i < s.tokenEnd; i++) if (tokens[i].kind === 'word' && words[i].capitalized) out[i] = 1
  }
  return out
}

/**
 * Describes every token once. With `maskNames`, capitalised words inside a sentence (names of people,
 * parties, countries, groups) all read as one placeholder, so who or what a text is about never counts
 * as a cue — only how it is said.
 */
export function lexicalView(tokens: readonly Token[], sentences: readonly Sentence[], table: WordTable, maskNames: boolean): LexicalView {
  const words = tokens.map((t) => table.describe(t.text))
  const names = maskNames ? nameLikeTokens(tokens, sentences, words) : new Uint8Array(tokens.length)
  const lexical = new Int32Array(tokens.length)
  const stems = new Int32Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    lexical[i] = names[i] ? NAME : words[i].lower
    stems[i] = names[i] ? NAME : words[i].stem
  }
  return { words, lexical, stems, names }
}
