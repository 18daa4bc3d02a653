import { defineAnalyzer, type AnalyzerContext, type SentenceAnnotation } from '../../engine/types.ts'
import type { SentenceFunction } from '../../report/schema.ts'
import type { Sentence, Token } from '../../text/types.ts'
import * as CUES from './function-cues.ts'
import { compilePhraseLists, compilePhrases, findPhrases, findPhrasesOfLists, quotationIsClause, quotedShare, quotedSpans, wordsOf, type PhraseIndex, type PhraseLists, type SentenceWords } from './function-features.ts'

/** The phrase lists that {@link findPhrasesOfLists} looks for in every sentence. */
export type PhraseList = 'calls' | 'thirdPersonCalls' | 'progressiveDemands' | 'pointers' | 'urgency' | 'addressees' | 'stance' | 'obligation' | 'adverbs' | 'contrast' | 'reporting' | 'boilerplate'

/** Where each phrase list matched in a sentence, as word positions. */
type PhraseHits = Record<PhraseList, readonly number[]>

/** The cue lists, compiled once. */
export interface FunctionCues {
  imperativeVerbs: ReadonlySet<string>
  imperativePrefixes: ReadonlySet<string>
  imperativeFollowers: ReadonlySet<string>
  imperativeWithPreposition: ReadonlySet<string>
  negativeImperatives: PhraseIndex
  /** The phrase lists found together in one pass over each sentence. */
  phrases: PhraseLists<PhraseList>
  notAfterImperative: ReadonlySet<string>
  finiteVerbs: ReadonlySet<string>
  evaluative: ReadonlySet<string>
  mildEvaluative: ReadonlySet<string>
  reportingWords: ReadonlySet<string>
  eventVerbs: ReadonlySet<string>
  timeWords: ReadonlySet<string>
  quantityWords: ReadonlySet<string>
  labels: ReadonlySet<string>
  firstPerson: ReadonlySet<string>
}

/** Compiles the cue lists of `function-cues.ts`. */
export function compileFunctionCues(): FunctionCues {
  return {
    imperativeVerbs: new Set(CUES.IMPERATIVE_VERBS),
    imperativePrefixes: new Set(CUES.IMPERATIVE_PREFIXES),
    imperativeFollowers: new Set(CUES.IMPERATIVE_FOLLOWERS),
    imperativeWithPreposition: new Set(CUES.IMPERATIVE_WITH_PREPOSITION),
    negativeImperatives: compilePhrases(CUES.NEGATIVE_IMPERATIVES),
    phrases: compilePhraseLists<PhraseList>({
      calls: CUES.CALL_PHRASES,
      thirdPersonCalls: CUES.THIRD_PERSON_CALLS,
      progressiveDemands: CUES.PROGRESSIVE_DEMANDS,
      pointers: CUES.POINTER_PHRASES,
      urgency: CUES.URGENCY_WORDS,
      addressees: CUES.ADDRESSEES,
      stance: CUES.STANCE_PHRASES,
      obligation: CUES.OBLIGATION_PHRASES,
      adverbs: CUES.STANCE_ADVERBS,
      contrast: CUES.CONTRAST_PHRASES,
      reporting: CUES.REPORTING_WORDS,
      boilerplate: CUES.BOILERPLATE_PHRASES,
    }),
    notAfterImperative: new Set(CUES.NOT_AFTER_IMPERATIVE),
    finiteVerbs: new Set(CUES.FINITE_VERBS),
    evaluative: new Set(CUES.EVALUATIVE_WORDS),
    mildEvaluative: new Set(CUES.MILD_EVALUATIVE_WORDS),
    reportingWords: new Set(CUES.REPORTING_WORDS.filter((w) => !w.includes(' '))),
    eventVerbs: new Set(CUES.EVENT_VERBS),
    timeWords: new Set(CUES.TIME_WORDS),
    quantityWords: new Set(CUES.QUANTITY_WORDS),
    labels: new Set(CUES.LINE_LABELS),
    firstPerson: new Set(CUES.FIRST_PERSON_PLURAL),
  }
}

const BULLETS = new Set(['-', '–', '—', '•', '*', '·', '▪', '◦', '‣', '●', '○', '■', '□', '►', '✓', '✔', '→'])
const DASHES = new Set(['—', '–', '-', '--', '---', '―', '|'])
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}', '」', '』', "''"])
const ENDINGS = /^(?:[.!?…:;,]|\.{2,}|[!?]+)$/
const FIRST_PERSON_SINGULAR_OR_PLURAL = new Set(['we', 'i'])

/** Index of the first token after list markers ("-", "•", "1.", "2)"). */
function contentStart(tokens: readonly Token[], from: number, to: number): number {
  let k = from
  if (k < to && BULLETS.has(tokens[k].text)) k++
  else if (k + 1 < to && tokens[k].kind === 'number' && tokens[k].text.length <= 2 && (tokens[k + 1].text === '.' || tokens[k + 1].text === ')')) k += 2
  return k
}

/** The last token that is not a closing quote or bracket. */
function lastMeaningful(tokens: readonly Token[], from: number, to: number): Token {
  let k = to - 1
  while (k > from && CLOSERS.has(tokens[k].text)) k--
  return tokens[k]
}

function isBoilerplate(tokens: readonly Token[], s: Sentence, first: number, sw: SentenceWords, hits: PhraseHits, cues: FunctionCues): boolean {
  const { words } = sw
  if (words.length === 0) return false
  if (hits.boilerplate[0] === 0) return true
  const label = words[0].replace(/\.$/, '')
  const after = tokens[sw.tokenOf[0] + 1]
  if (cues.labels.has(label) && sw.tokenOf[0] === first && (!after || after.start >= s.end || after.text === ':' || DASHES.has(after.text) || after.kind === 'number' || after.kind === 'email' || after.kind === 'url' || after.text === '+')) {
    return true
  }
  // A byline: "By Jan Kowalski, Staff Reporter".
  const second = sw.tokenOf[1]
  if (label === 'by' && words.length <= 8 && second !== undefined && /^\p{Lu}/u.test(tokens[second].text) && !ENDINGS.test(tokens[s.tokenEnd - 1].text)) return true
  // An address or a phone number with a name or a label: "Web: www.x.org", "Press Office: 020 7783 1000".
  let addresses = 0
  let digitRun = 0
  let longestDigitRun = 0
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k]
    if (t.kind === 'email' || t.kind === 'url') addresses++
    digitRun = t.kind === 'number' || (t.text === '+' && digitRun === 0) ? digitRun + 1 : t.text === '-' || t.text === '(' || t.text === ')' ? digitRun : 0
    longestDigitRun = Math.max(longestDigitRun, digitRun)
  }
  if (addresses > 0 && hits.pointers.length > 0) return true
  return (addresses > 0 && words.length <= 2) || (longestDigitRun >= 3 && words.length <= 8)
}

function isHeadline(tokens: readonly Token[], s: Sentence, first: number, words: number): boolean {
  if (first !== s.tokenStart || !tokens[s.tokenStart].lineStart) return false
  if (s.tokenEnd < tokens.length && !tokens[s.tokenEnd].lineStart) return false
  return words <= 25 && !ENDINGS.test(lastMeaningful(tokens, s.tokenStart, s.tokenEnd).text)
}

function isImperative(tokens: readonly Token[], sw: SentenceWords, first: number, cues: FunctionCues): boolean {
  const { words, tokenOf } = sw
  let p = 0
  let please = false
  while (p < words.length && p < 2 && tokenOf[p] >= first && cues.imperativePrefixes.has(words[p])) {
    if (words[p] === 'please') please = true
    p++
  }
  if (p >= words.length || tokenOf[p] < first) return false
  if (please) return /^\p{Ll}/u.test(tokens[tokenOf[p]].text)
  if (findPhrases(words.slice(p, p + 2), cues.negativeImperatives)[0] === 0 && words.length > p + 1) return true
  if (!cues.imperativeVerbs.has(words[p])) return false
  const next = words[p + 1]
  if (next === undefined) return true
  if (cues.imperativeFollowers.has(next)) return true
  if ((next === 'for' || next === 'to' || next === 'on' || next === 'in' || next === 'at') && cues.imperativeWithPreposition.has(words[p])) return true
  // "Support Ukraine", "Vote Labour": a verb with a name for its object.
  const nextToken = tokens[tokenOf[p + 1]]
  if (/^\p{Lu}/u.test(nextToken.text)) return tokenOf[p + 1] === tokenOf[p] + 1
  // "Bring water and warm clothes": a bare verb and its object, with no finite verb after them in the
  // same clause that would make the first word a noun subject ("Fund managers said …", "Help arrived").
  if (cues.notAfterImperative.has(next) || cues.finiteVerbs.has(next) || cues.eventVerbs.has(next) || (next.length > 4 && next.endsWith('ed'))) return false
  // A plural object ends the clause ("Bring sandwiches, …"); an "-s" word going on is a verb ("Report finds …").
  if (next.length > 3 && next.endsWith('s')) {
    const after = tokens[tokenOf[p + 1] + 1]
    if (after && after.kind !== 'punct' && words[p + 2] !== 'and' && words[p + 2] !== 'or') return false
  }
  for (let i = p + 2; i < words.length; i++) {
    if (tokens[tokenOf[i] - 1].text === ',' || tokens[tokenOf[i] - 1].text === ';') break
    if (cues.finiteVerbs.has(words[i]) || cues.eventVerbs.has(words[i])) return false
  }
  return true
}

/** An imperative after an opening clause: "When the alert sounds, go to the nearest shelter." */
function isImperativeAfterClause(tokens: readonly Token[], sw: SentenceWords, s: Sentence, cues: FunctionCues): boolean {
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    if (tokens[k].text !== ',') continue
    const at = sw.tokenOf.findIndex((t) => t > k)
    if (at < 2 || at > 12) return false
    return isImperative(tokens, { words: sw.words.slice(at), tokenOf: sw.tokenOf.slice(at) }, k + 1, cues)
  }
  return false
}

/** A present appeal by a named party: "calls on … to", "is calling for". */
function thirdPersonAppeal(words: readonly string[], hits: PhraseHits): boolean {
  if (hits.progressiveDemands.length > 0) return true
  return hits.thirdPersonCalls.some((i) => words.slice(i + 2, i + 12).includes('to'))
}

const BE_OR_HAVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", 'have', 'has', 'had', "'ve", 'get', 'got', 'feel', 'felt', 'remain', 'remains', 'seem', 'seems'])

/**
 * What ties a sentence to the world rather than to a view: a name inside the sentence, a quantity in
 * words ("twelve", "doubled"), or a verb in the simple past ("audited") — not a participle after
 * "is", "has" or "feel" ("we are committed", "has handed").
 */
function anchored(tokens: readonly Token[], sw: SentenceWords, first: number, cues: FunctionCues): boolean {
  const { words, tokenOf } = sw
  for (let i = 0; i < words.length; i++) {
    const t = tokens[tokenOf[i]]
    const opening = tokenOf[i] <= first || i === 0 || tokens[tokenOf[i] - 1].kind === 'quote' || tokens[tokenOf[i] - 1].text === ':'
    // The lower-cased word differs at its first letter only when the word is capitalised.
    if (!opening && t.text.charCodeAt(0) !== words[i].charCodeAt(0) && words[i] !== 'i' && !words[i].startsWith("i'")) return true
    const w = words[i]
    if (cues.quantityWords.has(w)) return true
    if (w.length >= 5 && w.endsWith('ed') && !BE_OR_HAVE.has(words[i - 1]) && !BE_OR_HAVE.has(words[i - 2]) && !cues.firstPerson.has(words[i - 1])) return true
  }
  return false
}

/** True when a reporting word has a subject other than "we" or "I": the sentence attributes. */
function attributes(words: readonly string[], hits: PhraseHits): boolean {
  return hits.reporting.some((i) => !FIRST_PERSON_SINGULAR_OR_PLURAL.has(words[i - 1]) && !FIRST_PERSON_SINGULAR_OR_PLURAL.has(words[i - 2]))
}

/** An obligation that is urgent ("must withdraw it immediately") or put on the people addressed ("Citizens should …"). */
function appealingObligation(hits: PhraseHits): boolean {
  const { obligation: obligations, urgency: urgent, addressees: addressed } = hits
  if (obligations.length === 0) return false
  return obligations.some((i) => urgent.some((u) => u > i && u - i <= 5) || addressed.some((a) => a < i && i - a <= 2))
}

function opinionScore(tokens: readonly Token[], s: Sentence, words: readonly string[], hits: PhraseHits, cues: FunctionCues): number {
  let score = 2 * hits.stance.length + 1.5 * hits.obligation.length + hits.adverbs.length + hits.contrast.length
  let firstPerson = false
  for (const w of words) {
    if (cues.evaluative.has(w)) score += 1
    else if (cues.mildEvaluative.has(w)) score += 0.5
    if (cues.firstPerson.has(w)) firstPerson = true
  }
  if (firstPerson) score += 0.5
  if (lastMeaningful(tokens, s.tokenStart, s.tokenEnd).text.includes('!')) score += 0.5
  return score
}

// After these, "cut" or "held" names an act that may happen ("the way to cut traffic", "will be held
// to account"), not one that did.
const NOT_AN_EVENT_AFTER = new Set(['to', 'will', 'would', 'can', 'could', 'must', 'should', 'may', 'might', 'be', 'not', "won't", "can't", 'cannot'])

function reportScore(tokens: readonly Token[], s: Sentence, words: readonly string[], cues: FunctionCues): number {
  let numbers = 0
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (tokens[k].kind === 'number') numbers++
  let times = 0
  let events = 0
  words.forEach((w, i) => {
    if (cues.timeWords.has(w)) times++
    if (cues.eventVerbs.has(w) && !NOT_AN_EVENT_AFTER.has(words[i - 1])) events++
  })
  return Math.min(1.5, numbers * 0.5) + Math.min(1, times * 0.5) + Math.min(2, events)
}

/**
 * Decides one sentence's function. In order: not running text (no words, boilerplate, dateline) is
 * `other`; mostly quoted is `quote`; ending in "?" is `question`; a headline is `other`; an imperative
 * or an appeal is `call_to_action`; attribution to a third party is `report`; then evaluative and
 * stance cues against concrete ones (numbers, dates, event verbs) decide `opinion` or `report`, and a
 * statement anchored in nothing concrete (no name, no past action either) is an `opinion`.
 */
export function sentenceFunction(ctx: AnalyzerContext, s: Sentence, quoted: readonly (readonly [number, number])[], cues: FunctionCues): SentenceFunction {
  const { tokens } = ctx
  const sw = wordsOf(tokens, s.tokenStart, s.tokenEnd)
  const { words } = sw
  const first = contentStart(tokens, s.tokenStart, s.tokenEnd)
  if (!words.some((w) => /\p{L}/u.test(w))) return 'other'
  const hits = findPhrasesOfLists(words, cues.phrases)
  if (isBoilerplate(tokens, s, first, sw, hits, cues)) return 'other'
  const last = lastMeaningful(tokens, s.tokenStart, s.tokenEnd)
  if (DASHES.has(last.text) && s.tokenEnd - s.tokenStart <= 16 && tokens[s.tokenStart].lineStart) return 'other'
  const share = quotedShare(s, quoted, ctx.text)
  if (share >= 0.5 || (share >= 0.25 && quotationIsClause(tokens, s, quoted, cues.reportingWords))) return 'quote'
  if (last.text.includes('?')) return 'question'
  if (isHeadline(tokens, s, first, words.length)) return 'other'
  if (isImperative(tokens, sw, first, cues) || isImperativeAfterClause(tokens, sw, s, cues)) return 'call_to_action'
  if (attributes(words, hits)) return 'report'
  if (hits.calls.length > 0 || thirdPersonAppeal(words, hits) || appealingObligation(hits)) return 'call_to_action'
  const opinion = opinionScore(tokens, s, words, hits, cues)
  const report = reportScore(tokens, s, words, cues)
  if (opinion >= 1.5 && opinion > report) return 'opinion'
  if (opinion >= 1 && report === 0) return 'opinion'
  // A statement with no number, time, event verb, name or past action states a view, not news.
  if (report === 0 && !anchored(tokens, sw, first, cues)) return 'opinion'
  return 'report'
}

/**
 * Labels every sentence with what it does: report, opinion, call_to_action, quote, question or other.
 * Rule-based and the same for every issuer: it never reads who published the text.
 */
export default defineAnalyzer({
  id: 'sentences/function',
  description: 'Labels each sentence as report, opinion, call to action, quote, question or other, from cue lists.',
  needs: ['tokens', 'sentences', 'paragraphs'],
  produces: 'sentences',
  setup: compileFunctionCues,
  run(ctx, cues): SentenceAnnotation[] {
    const quoted = quotedSpans(ctx.tokens, ctx.paragraphs)
    return ctx.sentences.map((s) => ({ index: s.index, function: sentenceFunction(ctx, s, quoted, cues) }))
  },
})
