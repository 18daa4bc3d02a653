import type { AnalyzerContext } from '../../../engine/types.ts'
import { splitClauses, type Clause } from './clauses.ts'
import { indexMentions, type MentionIndex } from './mentions.ts'
import { TRIGGER_WORD } from './word-flags.ts'
import type { WordType, WordTypes } from './word-types.ts'

/** The flags that make a word a trigger's first word. */
const TRIGGER_FLAGS = TRIGGER_WORD.dictionaryVerb | TRIGGER_WORD.patternVerb | TRIGGER_WORD.patternNoun

/** What every rule of the events analyzer reads about one document, computed once. */
export interface DocumentView {
  lower: string[]
  /** the word type of token i */
  typeAt: (i: number) => WordType
  /** for each token, its TRIGGER_WORD flags (those of a trigger's first word for words only) and WORD_FLAG bits */
  flags: Uint8Array
  /** each token's WORD_CLASS bits (of its own lower case) and VERB_FORM bits */
  classes: Int32Array
  /** the tokens that may begin a trigger, in text order */
  flagged: Int32Array
  /** token i's first words (see DocumentWords.firstWordTable) */
  firstWordTable: Int32Array
  firstWordRow: (i: number) => number
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

/** The last of `items` (sorted by `tokenStart`) that starts at or before token t, or -1. */
function lastStartingBy(items: readonly { tokenStart: number }[], t: number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (items[mid].tokenStart <= t) lo = mid + 1
    else hi = mid
  }
  return lo - 1
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
  const { typeAt, lower, flags, classes, firstWordTable, firstWordRow } = wordTypes.forDocument(text, tokens, ctx.words)
  // Only words start triggers: the trigger flags of other tokens (numbers, punctuation) are dropped.
  let flaggedCount = 0
  for (let i = 0; i < tokens.length; i++) {
    if ((flags[i] & TRIGGER_FLAGS) === 0) continue
    if (tokens[i].kind === 'word') flaggedCount++
    else flags[i] &= ~TRIGGER_FLAGS
  }
  const flagged = new Int32Array(flaggedCount)
  for (let i = 0, f = 0; f < flaggedCount; i++) if (flags[i] & TRIGGER_FLAGS) flagged[f++] = i
  const keys = (i: number) => typeAt(i).keys
  const clauses = sentences.map((s) => splitClauses(tokens, s, typeAt, classes))
  // The clauses in text order; they do not overlap, so a token's clause is found by binary search.
  const flat: Clause[] = []
  for (const inSentence of clauses) for (const c of inSentence) flat.push(c)
  const clauseOf = (t: number): Clause => {
    const c = lastStartingBy(flat, t)
    if (c >= 0 && t < flat[c].tokenEnd) return flat[c]
    // A token in no sentence is given the first one.
    const at = lastStartingBy(sentences, t)
    const s = at >= 0 && t < sentences[at].tokenEnd ? sentences[at] : sentences[0]
    return { sentence: s.index, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd }
  }
  return { lower, typeAt, flags, classes, flagged, firstWordTable, firstWordRow, keys, mentions: indexMentions(tokens, ctx.findings.entities), clauses, clauseOf, claimed: new Uint8Array(tokens.length) }
}
