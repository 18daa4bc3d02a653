import type { AnalyzerContext } from '../../../engine/types.ts'
import { splitClauses, type Clause } from './clauses.ts'
import { indexMentions, type MentionIndex } from './mentions.ts'
import type { WordType, WordTypes } from './word-types.ts'

/** What every rule of the events analyzer reads about one document, computed once. */
export interface DocumentView {
  lower: string[]
  /** each token's word type */
  words: readonly WordType[]
  /** for each token, its TRIGGER_WORD flags */
  starts: Uint8Array
  /** the tokens with any TRIGGER_WORD flag, in text order */
  flagged: Int32Array
  /** the dictionary words token i may stand for */
  keys: (i: number) => readonly string[]
  mentions: MentionIndex
  /** clauses by sentence */
  clauses: Clause[][]
  /** the clause holding a token; a separator (";", ", but") gets its whole sentence */
  clauseOf: (token: number) => Clause
  /** tokens already used by a trigger */
  claimed: Uint8Array
}

/**
 * Lower-cases the tokens, looks each word up once among the trigger words, places the entity
 * mentions and splits the sentences into clauses.
 *
 * @example
 * const view = viewDocument(ctx, resources.wordTypes)
 * view.clauseOf(0).sentence // 0
 */
export function viewDocument(ctx: AnalyzerContext, wordTypes: WordTypes): DocumentView {
  const { tokens, sentences, text } = ctx
  const words = wordTypes.forDocument(text, tokens)
  const lower = new Array<string>(tokens.length)
  const starts = new Uint8Array(tokens.length)
  let flaggedCount = 0
  for (let i = 0; i < tokens.length; i++) {
    const word = words[i]
    lower[i] = word.lower
    if (tokens[i].kind === 'word' && word.flags !== 0) {
      starts[i] = word.flags
      flaggedCount++
    }
  }
  const flagged = new Int32Array(flaggedCount)
  for (let i = 0, f = 0; f < flaggedCount; i++) if (starts[i] !== 0) flagged[f++] = i
  const keys = (i: number) => words[i].keys
  const clauses = sentences.map((s) => splitClauses(tokens, s, words))
  const flat: Clause[] = []
  const clauseOfToken = new Int32Array(tokens.length).fill(-1)
  for (const inSentence of clauses) {
    for (const c of inSentence) {
      clauseOfToken.fill(flat.length, c.tokenStart, c.tokenEnd)
      flat.push(c)
    }
  }
  const sentenceOfToken = new Int32Array(tokens.length)
  for (const s of sentences) sentenceOfToken.fill(s.index, s.tokenStart, s.tokenEnd)
  const clauseOf = (t: number): Clause => {
    if (clauseOfToken[t] !== -1) return flat[clauseOfToken[t]]
    const s = sentences[sentenceOfToken[t]]
    return { sentence: s.index, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd }
  }
  return { lower, words, starts, flagged, keys, mentions: indexMentions(tokens, ctx.findings.entities), clauses, clauseOf, claimed: new Uint8Array(tokens.length) }
}
