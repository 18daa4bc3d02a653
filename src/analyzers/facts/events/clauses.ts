import type { Sentence, Token } from '../../../text/types.ts'
import { WORD_CLASS } from './function-words.ts'

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

/** A token's text lower-cased on its own, when the caller has it at hand. */
export interface OwnLowerCase {
  readonly own: string
}

/** Token k lower-cased on its own; '' past the end. */
function lowerAt(tokens: readonly Token[], typeAt: ((k: number) => OwnLowerCase) | undefined, k: number): string {
  if (k >= tokens.length) return ''
  return typeAt ? typeAt(k).own : tokens[k].text.toLowerCase()
}

/**
 * Splits a sentence into clauses at semicolons and colons, at a comma before a clause opener
 * (", but", ", while") or before "and"/"or" with a new subject (", and the army …"),
 * and after a fronted subordinate clause ("If …, …"). Separators belong to no clause. `typeAt` and
 * `classes` (each token's WORD_CLASS bits), when given, spare lower-casing the tokens and reading them.
 *
 * @example
 * splitClauses(tokens, sentence) // 'If Russia attacks, NATO will respond.' → ['If Russia attacks', 'NATO will respond.']
 */
export function splitClauses(tokens: readonly Token[], sentence: Sentence, typeAt?: (k: number) => OwnLowerCase, classes?: Int32Array): Clause[] {
  const clauses: Clause[] = []
  let start = sentence.tokenStart
  let closesAtComma = FRONTED_OPENERS.has(lowerAt(tokens, typeAt, start))
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    // Only ";", ":" and "," part clauses: one character, read without touching the token's text (or
    // with the tokens' classes at hand, without touching the token).
    if (classes !== undefined ? !(classes[i] & WORD_CLASS.clausePunctuation) : tokens[i].end - tokens[i].start !== 1) continue
    const t = tokens[i].text
    // where the current clause ends, and where the next one starts
    let end = -1
    let next = -1
    if (t === ';' || (t === ':' && i + 1 < sentence.tokenEnd && tokens[i + 1].kind !== 'number')) {
      end = i
      next = i + 1
    } else if (t === ',') {
      const after = lowerAt(tokens, typeAt, i + 1)
      if (closesAtComma || CLAUSE_OPENERS.has(after)) {
        end = i
        next = i + 1
      } else if ((after === 'and' || after === 'or') && NEW_SUBJECT.has(lowerAt(tokens, typeAt, i + 2))) {
        end = i
        next = i + 2
      }
    }
    if (end < 0) continue
    if (end > start) clauses.push({ sentence: sentence.index, tokenStart: start, tokenEnd: end })
    start = next
    closesAtComma = FRONTED_OPENERS.has(lowerAt(tokens, typeAt, next))
  }
  if (sentence.tokenEnd > start) clauses.push({ sentence: sentence.index, tokenStart: start, tokenEnd: sentence.tokenEnd })
  return clauses
}
