import type { AnalyzerContext } from '../../../engine/types.ts'
import type { Token } from '../../../text/types.ts'
import { splitClauses, type Clause } from './clauses.ts'
import { indexMentions, type MentionIndex } from './mentions.ts'
import { lookupKeys } from './verb-dictionary.ts'

/** What every rule of the events analyzer reads about one document, computed once. */
export interface DocumentView {
  lower: string[]
  /** for each token, its TRIGGER_WORD flags */
  starts: Uint8Array
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

/** The tokens lower-cased: slices of the lower-cased text, unless lower-casing changed its length ("İ"). */
function lowerCased(text: string, tokens: readonly Token[]): string[] {
  const lowered = text.toLowerCase()
  const out = new Array<string>(tokens.length)
  if (lowered.length !== text.length) {
    for (let i = 0; i < tokens.length; i++) out[i] = tokens[i].text.toLowerCase()
    return out
  }
  for (let i = 0; i < tokens.length; i++) out[i] = lowered.slice(tokens[i].start, tokens[i].end)
  return out
}

/**
 * Lower-cases the tokens, looks each word up once among the trigger words, places the entity
 * mentions and splits the sentences into clauses.
 *
 * @example
 * const view = viewDocument(ctx, resources.triggerWords)
 * view.clauseOf(0).sentence // 0
 */
export function viewDocument(ctx: AnalyzerContext, triggerWords: ReadonlyMap<string, number>): DocumentView {
  const { tokens, sentences, text } = ctx
  const lower = lowerCased(text, tokens)
  const starts = new Uint8Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === 'word') starts[i] = triggerWords.get(lower[i]) ?? 0
  const keyCache = new Map<string, string[]>()
  const keys = (i: number) => {
    let found = keyCache.get(lower[i])
    if (!found) keyCache.set(lower[i], (found = lookupKeys(lower[i])))
    return found
  }
  const clauses = sentences.map((s) => splitClauses(tokens, s))
  const flat = clauses.flat()
  const clauseOfToken = new Int32Array(tokens.length).fill(-1)
  flat.forEach((c, k) => clauseOfToken.fill(k, c.tokenStart, c.tokenEnd))
  const sentenceOfToken = new Int32Array(tokens.length)
  for (const s of sentences) sentenceOfToken.fill(s.index, s.tokenStart, s.tokenEnd)
  const clauseOf = (t: number): Clause => {
    if (clauseOfToken[t] !== -1) return flat[clauseOfToken[t]]
    const s = sentences[sentenceOfToken[t]]
    return { sentence: s.index, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd }
  }
  return { lower, starts, keys, mentions: indexMentions(tokens, ctx.findings.entities), clauses, clauseOf, claimed: new Uint8Array(tokens.length) }
}
