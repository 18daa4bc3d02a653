import type { Sentence, Token } from '../../../text/types.ts'

/** A stretch of a sentence that states at most a few related things: tokens [tokenStart, tokenEnd). */
export interface Clause {
  sentence: number
  tokenStart: number
  tokenEnd: number
}

/**
 * Words that open a new clause after a comma: ", but …", ", while …". Not relative pronouns: "The exercise,
 * which involved …, took place near Brest" keeps its subject and verb in one clause.
 */
const CLAUSE_OPENERS = new Set(['but', 'while', 'whereas', 'although', 'though', 'where', 'when', 'after', 'before', 'because', 'since', 'if', 'unless', 'until', 'as', 'yet', 'so'])

/** Clause openers whose clause ends at the next comma: "If Russia attacks, NATO will respond." */
const FRONTED_OPENERS = new Set(['if', 'unless', 'when', 'while', 'after', 'before', 'although', 'though', 'because', 'since', 'as', 'once', 'whereas'])

/** After ", and" these words start a new subject or a new time: ", and the ministry said …", ", and in 2008 it fought …". */
const NEW_SUBJECT = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'it', 'they', 'he', 'she', 'we', 'i', 'its', 'their', 'his', 'her', 'our', 'there',
  'in', 'on', 'at', 'during', 'after', 'before', 'since', 'last', 'then', 'later',
])

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '')

/**
 * Splits a sentence into clauses at semicolons and colons, at a comma before a clause opener
 * (", but", ", while") or before "and"/"or" with a new subject (", and the army …"),
 * and after a fronted subordinate clause ("If …, …"). Separators belong to no clause.
 *
 * @example
 * splitClauses(tokens, sentence) // 'If Russia attacks, NATO will respond.' → ['If Russia attacks', 'NATO will respond.']
 */
export function splitClauses(tokens: readonly Token[], sentence: Sentence): Clause[] {
  const clauses: Clause[] = []
  let start = sentence.tokenStart
  let closesAtComma = FRONTED_OPENERS.has(lower(tokens[start]))
  const close = (end: number, next: number) => {
    if (end > start) clauses.push({ sentence: sentence.index, tokenStart: start, tokenEnd: end })
    start = next
    closesAtComma = FRONTED_OPENERS.has(lower(tokens[next]))
  }
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i].text
    if (t === ';' || (t === ':' && i + 1 < sentence.tokenEnd && tokens[i + 1].kind !== 'number')) {
      close(i, i + 1)
      continue
    }
    if (t !== ',') continue
    const next = lower(tokens[i + 1])
    if (closesAtComma) close(i, i + 1)
    else if (CLAUSE_OPENERS.has(next)) close(i, i + 1)
    else if ((next === 'and' || next === 'or') && NEW_SUBJECT.has(lower(tokens[i + 2]))) close(i, i + 2)
  }
  close(sentence.tokenEnd, sentence.tokenEnd)
  return clauses
}
