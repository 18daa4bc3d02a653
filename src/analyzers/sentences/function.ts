import { defineAnalyzer, type AnalyzerContext, type SentenceAnnotation } from '../../engine/types.ts'
import type { SentenceFunction } from '../../report/schema.ts'
import type { Sentence, Token } from '../../text/types.ts'
import * as CUES from './function-cues.ts'
import { opensWithAttributedQuotation, quotationIsClause, quotedShare, quotedSpans } from './function-features.ts'
import { PhraseIdLists } from './function-phrases.ts'
import {
  BE_OR_HAVE, CAPITALISED, ED, ENDS_S, EVALUATIVE, EVENT_VERB, FINITE_VERB, FIRST_PERSON, FunctionWords, I_WORD, IMPERATIVE_FOLLOWER, IMPERATIVE_PREFIX,
  IMPERATIVE_VERB, IMPERATIVE_WITH_PREPOSITION, LABEL, LETTER, MILD_EVALUATIVE, NOT_AFTER_IMPERATIVE, NOT_AN_EVENT_AFTER, QUANTITY_WORD, TIME_WORD, WE_OR_I,
  type FunctionWordLists, type SentenceWords,
} from './function-words.ts'

/** The phrase lists that are looked for together in every sentence. */
export type PhraseList = 'chants' | 'modals' | 'predictions' | 'pointerPlaces' | 'calls' | 'thirdPersonCalls' | 'progressiveDemands' | 'pointers' | 'urgency' | 'addressees' | 'stance' | 'obligation' | 'adverbs' | 'contrast' | 'reporting' | 'boilerplate'

/** Where each phrase list matched in a sentence, as word positions. */
type PhraseHits = Record<PhraseList, readonly number[]>

/** The words the rules compare with one by one, as dictionary ids. */
interface LiteralIds {
  please: number
  about: number
  by: number
  byStop: number
  for: number
  to: number
  on: number
  in: number
  at: number
  and: number
  or: number
  calling: number
  who: number
  the: number
  if: number
  is: number
  are: number
  was: number
  were: number
  make: number
}

/** The cue lists, compiled once. */
export interface FunctionCues {
  /** The cue lists by name; `words` knows for each word which of them it is in. */
  lists: FunctionWordLists
  /** Every word the rules name, with its cue bits. */
  words: FunctionWords
  negativeImperatives: PhraseIdLists<'negative'>
  /** The phrase lists found together in one pass over each sentence. */
  phrases: PhraseIdLists<PhraseList>
  literal: LiteralIds
}

const PHRASE_LISTS: Readonly<Record<PhraseList, readonly string[]>> = {
  calls: CUES.withCallAdverbs(CUES.CALL_PHRASES),
  chants: CUES.CHANT_OPENERS,
  thirdPersonCalls: CUES.THIRD_PERSON_CALLS,
  progressiveDemands: CUES.PROGRESSIVE_DEMANDS,
  pointers: CUES.POINTER_PHRASES,
  pointerPlaces: CUES.POINTER_PLACES,
  predictions: CUES.PREDICTION_PHRASES,
  modals: CUES.FUTURE_MODALS,
  urgency: CUES.URGENCY_WORDS,
  addressees: CUES.ADDRESSEES,
  stance: CUES.STANCE_PHRASES,
  obligation: CUES.OBLIGATION_PHRASES,
  adverbs: CUES.STANCE_ADVERBS,
  contrast: CUES.CONTRAST_PHRASES,
  reporting: CUES.REPORTING_WORDS,
  boilerplate: CUES.BOILERPLATE_PHRASES,
}

const BE_OR_HAVE_WORDS = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", 'have', 'has', 'had', "'ve", 'get', 'got', 'feel', 'felt', 'remain', 'remains', 'seem', 'seems']

// After these, "cut" or "held" names an act that may happen ("the way to cut traffic", "will be held
// to account"), not one that did.
const NOT_AN_EVENT_AFTER_WORDS = ['to', 'will', 'would', 'can', 'could', 'must', 'should', 'may', 'might', 'be', 'not', "won't", "can't", 'cannot']

const LITERAL_WORDS: Readonly<Record<keyof LiteralIds, string>> = {
  please: 'please',
  about: 'about',
  by: 'by',
  byStop: 'by.',
  for: 'for',
  to: 'to',
  on: 'on',
  in: 'in',
  at: 'at',
  and: 'and',
  or: 'or',
  calling: 'calling',
  who: 'who',
  the: 'the',
  if: 'if',
  is: 'is',
  are: 'are',
  was: 'was',
  were: 'were',
  make: 'make',
}

/** Compiles the cue lists of `function-cues.ts`. */
export function compileFunctionCues(): FunctionCues {
  const lists: FunctionWordLists = {
    imperativeVerbs: new Set(CUES.IMPERATIVE_VERBS),
    imperativePrefixes: new Set(CUES.IMPERATIVE_PREFIXES),
    imperativeFollowers: new Set(CUES.IMPERATIVE_FOLLOWERS),
    imperativeWithPreposition: new Set(CUES.IMPERATIVE_WITH_PREPOSITION),
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
    beOrHave: new Set(BE_OR_HAVE_WORDS),
    notAnEventAfter: new Set(NOT_AN_EVENT_AFTER_WORDS),
    weOrI: new Set(['we', 'i']),
  }
  const phrases = [...CUES.NEGATIVE_IMPERATIVES, ...Object.values(PHRASE_LISTS).flat()]
  const words = new FunctionWords(lists, phrases, Object.values(LITERAL_WORDS))
  const literal = Object.fromEntries(Object.entries(LITERAL_WORDS).map(([key, word]) => [key, words.idOf(word)])) as unknown as LiteralIds
  return {
    lists,
    words,
    negativeImperatives: new PhraseIdLists(words, { negative: CUES.NEGATIVE_IMPERATIVES }),
    phrases: new PhraseIdLists(words, PHRASE_LISTS),
    literal,
  }
}

const BULLETS = new Set(['-', '–', '—', '•', '*', '·', '▪', '◦', '‣', '●', '○', '■', '□', '►', '✓', '✔', '→'])
const DASHES = new Set(['—', '–', '-', '--', '---', '―', '|'])
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}', '」', '』', "''"])
const ENDINGS = /^(?:[.!?…:;,]|\.{2,}|[!?]+)$/
// Made once: compiled down for an older runtime, a \p{…} literal in a function is rebuilt at each call.
const STARTS_UPPER = /^\p{Lu}/u
const STARTS_LOWER = /^\p{Ll}/u

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

function isBoilerplate(tokens: readonly Token[], s: Sentence, first: number, sw: SentenceWords, hits: PhraseHits, literal: LiteralIds): boolean {
  const { ids, count } = sw
  if (count === 0) return false
  if (hits.boilerplate[0] === 0) return true
  const after = tokens[sw.tokenOf[0] + 1]
  // "About 2,500 troops took part" is a quantity, not the label of an "About" block.
  const numbered = after?.kind === 'number' && ids[0] !== literal.about
  if (sw.bits[0] & LABEL && sw.tokenOf[0] === first && (!after || after.start >= s.end || after.text === ':' || DASHES.has(after.text) || numbered || after.kind === 'email' || after.kind === 'url' || after.text === '+')) {
    return true
  }
  // A byline: "By Jan Kowalski, Staff Reporter".
  const second = count > 1 ? sw.tokenOf[1] : undefined
  if ((ids[0] === literal.by || ids[0] === literal.byStop) && count <= 8 && second !== undefined && STARTS_UPPER.test(tokens[second].text) && !ENDINGS.test(tokens[s.tokenEnd - 1].text)) return true
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
  if ((addresses > 0 || hits.pointerPlaces.length > 0) && hits.pointers.length > 0) return true
  return (addresses > 0 && count <= 2) || (longestDigitRun >= 3 && count <= 8)
}

function isHeadline(tokens: readonly Token[], s: Sentence, first: number, words: number): boolean {
  if (first !== s.tokenStart || !tokens[s.tokenStart].lineStart) return false
  if (s.tokenEnd < tokens.length && !tokens[s.tokenEnd].lineStart) return false
  return words <= 25 && !ENDINGS.test(lastMeaningful(tokens, s.tokenStart, s.tokenEnd).text)
}

/**
 * An imperative in the words from `at` on, whose content starts at token `first`: "Join us",
 * "Please sign", "Don't let them", "Bring water and warm clothes".
 */
function isImperative(tokens: readonly Token[], sw: SentenceWords, at: number, first: number, cues: FunctionCues): boolean {
  const { ids, tokenOf, bits, count } = sw
  const { literal } = cues
  let p = at
  let please = false
  while (p < count && p - at < 2 && tokenOf[p] >= first && bits[p] & IMPERATIVE_PREFIX) {
    if (ids[p] === literal.please) please = true
    p++
  }
  if (p >= count || tokenOf[p] < first) return false
  if (please) return STARTS_LOWER.test(tokens[tokenOf[p]].text)
  if (cues.negativeImperatives.startsAt(ids, p, Math.min(p + 2, count)) && count > p + 1) return true
  if (!(bits[p] & IMPERATIVE_VERB)) return false
  if (p + 1 >= count) return true
  const next = ids[p + 1]
  const nextBits = bits[p + 1]
  if (nextBits & IMPERATIVE_FOLLOWER) return true
  if ((next === literal.for || next === literal.to || next === literal.on || next === literal.in || next === literal.at) && bits[p] & IMPERATIVE_WITH_PREPOSITION) return true
  // "Support Ukraine", "Vote Labour": a verb with a name for its object.
  const nextToken = tokens[tokenOf[p + 1]]
  if (STARTS_UPPER.test(nextToken.text)) return tokenOf[p + 1] === tokenOf[p] + 1
  // "Bring water and warm clothes": a bare verb and its object, with no finite verb after them in the
  // same clause that would make the first word a noun subject ("Fund managers said …", "Help arrived").
  if (nextBits & (NOT_AFTER_IMPERATIVE | FINITE_VERB | EVENT_VERB | ED)) return false
  // A plural object ends the clause ("Bring sandwiches, …"); an "-s" word going on is a verb ("Report finds …").
  if (nextBits & ENDS_S) {
    const after = tokens[tokenOf[p + 1] + 1]
    if (after && after.kind !== 'punct' && !(p + 2 < count && (ids[p + 2] === literal.and || ids[p + 2] === literal.or))) return false
  }
  for (let i = p + 2; i < count; i++) {
    if (tokens[tokenOf[i] - 1].text === ',' || tokens[tokenOf[i] - 1].text === ';') break
    if (bits[i] & (FINITE_VERB | EVENT_VERB)) return false
  }
  return true
}

/** Whether the words after token `k` (a comma or a colon) open an imperative, after 2 to 12 words. */
function imperativeAfter(tokens: readonly Token[], sw: SentenceWords, k: number, cues: FunctionCues): boolean {
  let at = 0
  while (at < sw.count && sw.tokenOf[at] <= k) at++
  if (at === sw.count || at < 2 || at > 12) return false
  return isImperative(tokens, sw, at, k + 1, cues)
}

/**
 * An imperative after an opening clause ("When the alert sounds, go to the nearest shelter.") or
 * after a colon ("Our message is simple: defend the border …"): the first comma and the first colon
 * are tried.
 */
function isImperativeAfterClause(tokens: readonly Token[], sw: SentenceWords, s: Sentence, cues: FunctionCues): boolean {
  let comma = false
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const t = tokens[k].text
    if (t === ':') return imperativeAfter(tokens, sw, k, cues)
    if (t !== ',' || comma) continue
    comma = true
    if (imperativeAfter(tokens, sw, k, cues)) return true
  }
  return false
}

/** A present appeal by a named party: "calls on … to", "is calling for". */
function thirdPersonAppeal(sw: SentenceWords, hits: PhraseHits, literal: LiteralIds): boolean {
  if (hits.progressiveDemands.length > 0) return true
  return hits.thirdPersonCalls.some((i) => {
    // "The union is calling on …" appeals now; "adopted a resolution calling on …" reports what was adopted.
    if (sw.ids[i] === literal.calling && !(i >= 1 && sw.bits[i - 1] & BE_OR_HAVE) && !(i >= 2 && sw.bits[i - 2] & BE_OR_HAVE)) return false
    for (let j = i + 2; j < i + 12 && j < sw.count; j++) if (sw.ids[j] === literal.to) return true
    return false
  })
}

/**
 * What ties a sentence to the world rather than to a view: a name inside the sentence, a quantity in
 * words ("twelve", "doubled"), or a verb in the simple past ("audited") — not a participle after
 * "is", "has" or "feel" ("we are committed", "has handed").
 */
function anchored(tokens: readonly Token[], sw: SentenceWords, first: number, literal: LiteralIds): boolean {
  const { tokenOf, bits, count } = sw
  // A name that opens a sentence as the subject of "is" anchors nothing, written with or without
  // "The" ("NATO is not …", "The CSTO is not …", "The United States is …"): how a name is written
  // cannot change what a characterisation is. ("The Guardian had to publish …" stays anchored.)
  let subject = 0
  if (count > 0 && sw.ids[0] === literal.the) {
    let end = 1
    while (end < count && bits[end] & CAPITALISED && tokenOf[end] === tokenOf[0] + end) end++
    const copula = end < count && end > 1 && (sw.ids[end] === literal.is || sw.ids[end] === literal.are || sw.ids[end] === literal.was || sw.ids[end] === literal.were)
    if (copula) subject = end
  }
  for (let i = subject; i < count; i++) {
    const opening = tokenOf[i] <= first || i === 0 || tokens[tokenOf[i] - 1].kind === 'quote' || tokens[tokenOf[i] - 1].text === ':'
    if (!opening && bits[i] & CAPITALISED && !(bits[i] & I_WORD)) return true
    if (bits[i] & QUANTITY_WORD) return true
    const before = i >= 1 ? bits[i - 1] : 0
    const twoBefore = i >= 2 ? bits[i - 2] : 0
    if (bits[i] & ED && !(before & (BE_OR_HAVE | FIRST_PERSON)) && !(twoBefore & BE_OR_HAVE)) return true
  }
  return false
}

/** True when a reporting word has a subject other than "we" or "I": the sentence attributes. */
function attributes(bits: Int32Array, hits: PhraseHits): boolean {
  // A capitalised reporting word is part of a name: "The United States is …", "Reports Without Borders".
  return hits.reporting.some((i) => !(bits[i] & CAPITALISED) && !(i >= 1 && bits[i - 1] & WE_OR_I) && !(i >= 2 && bits[i - 2] & WE_OR_I))
}

/** An obligation that is urgent ("must withdraw it immediately") or put on the people addressed ("Citizens should …"). */
function appealingObligation(sw: SentenceWords, hits: PhraseHits, literal: LiteralIds): boolean {
  const { obligation: obligations, urgency: urgent, addressees: addressed } = hits
  if (obligations.length === 0) return false
  // "Citizens should …", "Journalists who wish to attend must register …": the addressee, then perhaps a relative clause.
  return obligations.some((i) => urgent.some((u) => u > i && u - i <= 5) || addressed.some((a) => a < i && (i - a <= 2 || (i - a <= 7 && sw.ids[a + 1] === literal.who))))
}

function opinionScore(tokens: readonly Token[], s: Sentence, sw: SentenceWords, hits: PhraseHits): number {
  let score = 2 * hits.stance.length + 1.5 * hits.obligation.length + hits.adverbs.length + hits.contrast.length
  let firstPerson = false
  for (let i = 0; i < sw.count; i++) {
    const b = sw.bits[i]
    if (b & EVALUATIVE) score += 1
    else if (b & MILD_EVALUATIVE) score += 0.5
    if (b & FIRST_PERSON) firstPerson = true
  }
  if (firstPerson) score += 0.5
  if (lastMeaningful(tokens, s.tokenStart, s.tokenEnd).text.includes('!')) score += 0.5
  return score
}

function reportScore(tokens: readonly Token[], s: Sentence, sw: SentenceWords): number {
  let numbers = 0
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (tokens[k].kind === 'number') numbers++
  let times = 0
  let events = 0
  const { bits, count } = sw
  for (let i = 0; i < count; i++) {
    if (bits[i] & TIME_WORD) times++
    if (bits[i] & EVENT_VERB && !(i >= 1 && bits[i - 1] & NOT_AN_EVENT_AFTER)) events++
  }
  return Math.min(1.5, numbers * 0.5) + Math.min(1, times * 0.5) + Math.min(2, events)
}

/**
 * A section label on a line of its own: a few words with no verb, ending in a colon ("Key
 * findings:", "The detachment at a glance:"). "The exercise included:" has a verb and stays a sentence.
 */
function isSectionLabel(tokens: readonly Token[], s: Sentence, sw: SentenceWords): boolean {
  if (!tokens[s.tokenStart].lineStart || (s.tokenEnd < tokens.length && !tokens[s.tokenEnd].lineStart)) return false
  if (tokens[s.tokenEnd - 1].text !== ':' || sw.count === 0 || sw.count > 6) return false
  for (let i = 0; i < sw.count; i++) if (sw.bits[i] & (ED | FINITE_VERB | EVENT_VERB | BE_OR_HAVE | FIRST_PERSON)) return false
  // "He concludes:", "Reuters adds:", "Here's my translation:", "The arrests include:" introduce what follows.
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (NOT_IN_LABELS.has(tokens[k].text.toLowerCase())) return false
  return true
}

/** Words that make a short line ending in a colon a sentence that introduces what follows, not a label. */
const NOT_IN_LABELS = new Set([
  'he', 'she', 'it', 'they', 'i', 'you', 'here', "here's", 'here’s', 'this', 'these', 'following', 'see',
  'adds', 'explains', 'concludes', 'continues', 'notes', 'writes', 'reads', 'read', 'include', 'includes', 'including', 'explaining',
  'describes', 'arises', 'says', 'said', 'asks', 'asked', 'quoth',
])

/** True when a word of the sentence has a letter. */
function hasLetter(sw: SentenceWords): boolean {
  for (let i = 0; i < sw.count; i++) if (sw.bits[i] & LETTER) return true
  return false
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
  const sw = cues.words.wordsOf(tokens, s.tokenStart, s.tokenEnd, ctx.text, ctx.words)
  const first = contentStart(tokens, s.tokenStart, s.tokenEnd)
  if (!hasLetter(sw)) return 'other'
  const hits = cues.phrases.find(sw.ids, sw.count)
  if (isBoilerplate(tokens, s, first, sw, hits, cues.literal)) return 'other'
  const last = lastMeaningful(tokens, s.tokenStart, s.tokenEnd)
  if (DASHES.has(last.text) && s.tokenEnd - s.tokenStart <= 16 && tokens[s.tokenStart].lineStart) return 'other'
  const share = quotedShare(s, quoted, ctx.text, tokens)
  if (share >= 0.5 || (share >= 0.25 && quotationIsClause(tokens, s, quoted, cues.lists.reportingWords))) return 'quote'
  if (share > 0 && opensWithAttributedQuotation(tokens, s, quoted, cues.lists.reportingWords)) return 'quote'
  if (last.text.includes('?')) return 'question'
  if (isHeadline(tokens, s, first, sw.count)) return 'other'
  let firstWord = 0
  while (firstWord < sw.count && sw.tokenOf[firstWord] < first) firstWord++
  // "Make no mistake: …" vouches for what follows; it asks nothing.
  const vouches = hits.stance.includes(firstWord) && sw.ids[firstWord] === cues.literal.make
  if (!vouches && (isImperative(tokens, sw, firstWord, first, cues) || isImperativeAfterClause(tokens, sw, s, cues))) return 'call_to_action'
  if (attributes(sw.bits, hits)) return 'report'
  // "… leaving the country to join the caravan": a call's words after "to" tell a purpose, not an appeal.
  const calls = hits.calls.some((i) => i === 0 || sw.ids[i - 1] !== cues.literal.to)
  if (calls || hits.chants.includes(firstWord) || thirdPersonAppeal(sw, hits, cues.literal) || appealingObligation(sw, hits, cues.literal)) return 'call_to_action'
  if (isSectionLabel(tokens, s, sw)) return 'other'
  const report = reportScore(tokens, s, sw)
  // A short exclamation with no figure is a slogan: "Kosovo is Serbia!", "God, Homeland, Freedom!".
  if (last.text.includes('!') && sw.count <= 6 && report === 0) return 'opinion'
  // A prediction with no figure, date or act on record argues about what would happen.
  // So does a conditional warning ("If Europe remains silent, our churches will burn").
  const predicts = hits.predictions.length > 0 || (sw.ids[firstWord] === cues.literal.if && hits.modals.length > 0)
  const opinion = opinionScore(tokens, s, sw, hits) + (report === 0 && predicts ? 1 : 0)
  if (opinion >= 1.5 && opinion > report) return 'opinion'
  if (opinion >= 1 && report === 0) return 'opinion'
  // A statement with no number, time, event verb, name or past action states a view, not news.
  if (report === 0 && !anchored(tokens, sw, first, cues.literal)) return 'opinion'
  return 'report'
}

/** True when a sentence is an item of a list: it opens a line with a list marker, or with a lower-case word. */
function isListItem(tokens: readonly Token[], s: Sentence): boolean {
  const opening = tokens[s.tokenStart]
  if (!opening?.lineStart) return false
  const first = contentStart(tokens, s.tokenStart, s.tokenEnd)
  if (first > s.tokenStart) return true
  return opening.kind === 'word' && STARTS_LOWER.test(opening.text)
}

/**
 * The functions with the items of a list that a call to action introduces with a colon made calls:
 * "The party demands that the government:" / "1. publish the contracts;" / "2. suspend payments …".
 * Each item starting with a lower-case word completes the call, whatever its verb.
 */
function withCallListItems(tokens: readonly Token[], sentences: readonly Sentence[], functions: readonly SentenceFunction[]): SentenceFunction[] {
  const out = [...functions]
  // Whether the sentences since the last one that is no list item follow a call ending in a colon.
  let underCall = false
  sentences.forEach((s, k) => {
    if (!isListItem(tokens, s)) {
      underCall = functions[k] === 'call_to_action' && lastMeaningful(tokens, s.tokenStart, s.tokenEnd).text === ':'
      return
    }
    const first = contentStart(tokens, s.tokenStart, s.tokenEnd)
    const lowerWord = first < s.tokenEnd && tokens[first].kind === 'word' && STARTS_LOWER.test(tokens[first].text)
    if (underCall && lowerWord && functions[k] !== 'quote') out[k] = 'call_to_action'
  })
  return out
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
    const functions = withCallListItems(ctx.tokens, ctx.sentences, ctx.sentences.map((s) => sentenceFunction(ctx, s, quoted, cues)))
    return ctx.sentences.map((s, k) => ({ index: s.index, function: functions[k] }))
  },
})
