import type { TokenKeys } from '../../../knowledge/token-key.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import { CAPITALISED, tokenClasses, UPPER, WORD } from './token-classes.ts'

/**
 * Words that are written with a capital only because they open a sentence or a headline: pronouns,
 * articles, conjunctions, common adverbs. A capitalised one says nothing about a name.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'our', 'my', 'your', 'him', 'them', 'us', 'me', 'there', 'here', 'in', 'on', 'at', 'for', 'from', 'to', 'of', 'by', 'with',
  'without', 'after', 'before', 'during', 'since', 'until', 'as', 'and', 'but', 'or', 'nor', 'so', 'yet', 'if', 'when',
  'while', 'where', 'why', 'how', 'what', 'which', 'who', 'whom', 'whose', 'however', 'meanwhile', 'also', 'still', 'even',
  'only', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'last', 'next', 'both', 'either', 'neither', 'each',
  'every', 'all', 'some', 'many', 'most', 'more', 'several', 'few', 'no', 'not', 'one', 'two', 'three', 'under', 'over',
  'across', 'against', 'among', 'between', 'through', 'about', 'above', 'below', 'into', 'onto', 'upon', 'despite',
  'although', 'though', 'because', 'unless', 'whether', 'according', 'instead', 'thus', 'therefore', 'moreover',
  'furthermore', 'nevertheless', 'indeed', 'perhaps', 'already', 'again', 'once', 'other', 'another', 'such', 'same',
  'any', 'much', 'very', 'just', 'well', 'yes', 'please', 'let', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be',
  'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'might', 'must', 'shall', 'mr', 'mrs', 'ms',
  'dear', 'thank', 'thanks', 'read', 'see', 'note', 'update', 'updated', 'photo', 'video', 'breaking', 'exclusive', 'watch',
  'like', 'unlike', 'around', 'near', 'within', 'along', 'behind', 'beyond', 'inside', 'outside', 'towards', 'toward', 'via',
])

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])

export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** Words before a month name that make it a date ("in May", "since May", "early May"). */
const DATE_LEAD = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'from', 'through', 'during', 'before', 'after', 'between', 'and', 'to', 'each', 'every'])

const UPPER_START = /^\p{Lu}/u

/** True for a word token that starts with a capital letter. */
export function isCapitalised(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false
  const c = token.text.charCodeAt(0)
  if (c >= 65 && c <= 90) return true
  if (c < 128) return false
  return UPPER_START.test(token.text)
}

/** True when no word or number comes before token `i` in its sentence (quotes and brackets may). */
export function isSentenceInitial(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  for (let k = sentence.tokenStart; k < i; k++) {
    const kind = tokens[k].kind
    if (kind === 'word' || kind === 'number') return false
  }
  return true
}

/** True when a month name at token `i` reads as a date: "in May", "May 5", "May 2019". */
export function isDateWord(tokens: readonly Token[], keys: TokenKeys, i: number): boolean {
  const key = keys(i)
  if (WEEKDAYS.has(key)) return true
  if (!MONTHS.has(key)) return false
  const next = tokens[i + 1]
  const previous = tokens[i - 1]
  if (next && next.kind === 'number') return true
  if (previous && previous.kind === 'number') return true
  return !!previous && DATE_LEAD.has(keys(i - 1))
}

/**
 * How a sentence is written: 'upper' when its words are in capitals, 'title' when nearly every
 * word is capitalised (a headline), 'mixed' otherwise. In the first two, capitals say little.
 */
export function sentenceCase(tokens: readonly Token[], sentence: Sentence): 'mixed' | 'title' | 'upper' {
  const classes = tokenClasses(tokens)
  let words = 0
  let capitalised = 0
  let upper = 0
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const c = classes[k]
    if (!(c & WORD)) continue
    words++
    if (!(c & CAPITALISED)) continue
    capitalised++
    if (c & UPPER) upper++
  }
  if (words >= 3 && upper / words > 0.8) return 'upper'
  if (words >= 4 && capitalised / words > 0.75) return 'title'
  return 'mixed'
}
