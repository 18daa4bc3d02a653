import { FINAL_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.ts'
import { startsLower, startsUpper } from './chars.ts'
import type { Token } from './types.ts'

/*
 * Word lists and token tests the sentence splitter decides with.
 */

/**
 * Capitalised words that usually open a sentence and rarely continue a name. After an abbreviation
 * that may end a sentence ("U.S.", "Inc.", an initial), one of these means a new sentence began.
 */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'here',
  'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless',
  'its', 'his', 'her', 'their', 'our', 'my', 'your', 'as', 'after', 'before', 'during', 'according', 'when', 'while',
  'if', 'although', 'though', 'since', 'because', 'also', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'earlier',
  'later', 'last', 'next', 'both', 'all', 'some', 'many', 'most', 'no', 'not', 'what', 'who', 'why', 'how', 'where',
  'despite', 'following', 'among', 'one', 'two', 'three', 'several', 'such', 'each', 'every', 'other', 'others',
])

/**
 * Lower-case words that cannot end a sentence or a headline: a line break after them is a wrapped line.
 */
export const CONTINUING_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'for', 'with', 'by', 'on', 'at', 'from', 'as', 'that', 'than',
  'into', 'onto', 'about', 'between', 'against', 'its', 'their', 'our', 'his', 'her', 'is', 'are', 'was', 'were', 'be',
])

const TERMINAL = new Set(['.', '!', '?', '…', '?!', '!?', '!!', '??', '！', '？', '。', '‼', '⁇', '⁈', '⁉'])
const CLOSING_ONLY = new Set(['”', '’', '»', '›', ')', ']', '}', '」', '』', "''", '）'])
const STRAIGHT_QUOTES = new Set(['"', "'"])
// A colon is missing on purpose: "Contact:" and "We demand:" end their line.
const CONTINUING_PUNCT = new Set([',', ';', '(', '-', '–', '—', '/', '&', '‐', '，', '、', '；'])
const AFTER_TERMINAL_CONTINUES = new Set([',', ';', ':', ')', ']', '-', '–', '—', '，'])
const BULLETS = new Set(['-', '–', '—', '•', '*', '·', '▪', '◦', '‣', '●', '○', '■', '□', '►', '✓', '✔', '→'])
const REPORTING_VERBS = new Set([
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'told', 'tells', 'replied', 'replies', 'stated', 'states', 'wrote',
  'writes', 'shouted', 'declared', 'declares', 'insisted', 'insists', 'warned', 'warns', 'explained', 'explains',
  'noted', 'notes', 'continued', 'continues', 'argued', 'argues', 'exclaimed', 'cried', 'demanded', 'demands',
])

/** True for a token that ends a sentence by itself: ".", "!", "?", "…", "..." and their runs. */
export function isTerminal(t: Token): boolean {
  if (t.kind !== 'punct') return false
  const first = t.text.charCodeAt(0)
  if (first === 46) return true
  // Only a run of question and exclamation marks is left to match.
  if (first !== 0x21 && first !== 0x3f && first !== 0xff01 && first !== 0xff1f) return TERMINAL.has(t.text)
  return TERMINAL.has(t.text) || /^[!?！？]+$/.test(t.text)
}

/** True for a token that closes what came before: closing quotes and brackets; straight quotes when attached. */
export function isCloser(t: Token): boolean {
  return CLOSING_ONLY.has(t.text) || (STRAIGHT_QUOTES.has(t.text) && !t.spaceBefore)
}

/** True for a bullet that opens a list item. */
export function isBullet(t: Token): boolean {
  return BULLETS.has(t.text)
}

/** True when a line break after `t` cannot end anything: a comma, a conjunction, an article. */
export function continuesLine(t: Token): boolean {
  if (t.kind === 'punct') return CONTINUING_PUNCT.has(t.text)
  return t.kind === 'word' && CONTINUING_WORDS.has(t.text)
}

/** True when a token after terminal punctuation shows the sentence goes on (", he said", "?)"). */
export function continuesAfterTerminal(t: Token): boolean {
  return t.kind === 'punct' && AFTER_TERMINAL_CONTINUES.has(t.text)
}

/** True when `t` looks like the opening word of a sentence after an ambiguous abbreviation. */
export function isSentenceStarter(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !t.abbr && startsUpper(t.text) && SENTENCE_STARTERS.has(t.text.toLowerCase())
}

/** True when the token opens with a lower-case letter. */
export function isLowerStart(t: Token | undefined): boolean {
  return !!t && startsLower(t.text)
}

/**
 * After a quotation ending in "!" or "?", an attribution keeps the sentence going:
 * `“Why?” asked the minister.`, `“Stop!” Smith said.`, `“No!” Prime Minister Jan Kowalski shouted.`
 * Returns true when tokens from `j` are up to five capitalised words then a reporting verb.
 */
export function attributionFollows(tokens: readonly Token[], j: number): boolean {
  let k = j
  while (k < tokens.length && k - j < 5 && tokens[k].kind === 'word' && startsUpper(tokens[k].text) && !REPORTING_VERBS.has(tokens[k].text.toLowerCase())) k++
  if (k === j || k >= tokens.length) return false
  const verb = tokens[k]
  if (verb.kind !== 'word' || !REPORTING_VERBS.has(verb.text.toLowerCase())) return false
  const after = tokens[k + 1]
  return !after || after.kind === 'punct'
}

/**
 * Whether an abbreviation's own stop may end the sentence, given the next token: never after a title
 * ("Dr."); after "U.S.", "Inc." or an initial only when a typical sentence opener follows; after
 * "etc." before any capital; after any other when a new line follows in text that is not wrapped.
 */
export function abbreviationEnds(t: Token, next: Token, afterClosers: Token | undefined, wrapped: boolean): boolean {
  if (t.text.endsWith('..')) return false
  const bare = t.text.slice(0, -1)
  const lower = bare.toLowerCase()
  if (TITLE_ABBREVIATIONS.has(lower)) return false
  if (isSentenceStarter(afterClosers) && (FINAL_ABBREVIATIONS.has(lower) || [...bare].length === 1)) return true
  if (lower === 'etc' && afterClosers && startsUpper(afterClosers.text)) return true
  return next.lineStart && !wrapped && !isLowerStart(next)
}
