import { readWordIds, type WordIds } from '../../../text/vocabulary.ts'
import type { Token } from '../../../text/types.ts'
import { MONTHS, WEEKDAYS } from '../dates/calendar.ts'
import {
  ADDRESSEES, ADJUNCT_HEADS, ADJUNCT_PREPOSITIONS, AUXILIARIES, CLAUSE_ENDING_PARTICIPLES, CLAUSE_ENDING_VERBS, IRREGULAR_PAST, NOT_CLAUSE_OPENERS,
  PRESENT_VERBS, QUANTITY_LEADS, REPORTING_NOUNS, REPORTING_VERBS, SUBORDINATING_CONJUNCTIONS, TIME_WORDS, type ReportingVerb,
} from './constructions.ts'

/** What the reported-speech reader needs to know about a word, as bits (see wordFlags). */
export const WORD = {
  /** a form of a reporting verb (the first word of "pointed out") */
  reportingVerb: 1 << 0,
  /** a noun whose that-clause is reported speech */
  reportingNoun: 1 << 1,
  according: 1 << 2,
  /** an auxiliary, a modal or an irregular past tense: the clause has a finite verb */
  finite: 1 << 3,
  /** a lower-case word in "-ed" that may be a past tense */
  edForm: 1 << 4,
  /** a lower-case word in "-ing" */
  ingForm: 1 << 5,
  notOpener: 1 << 6,
  time: 1 << 7,
  adjunctPreposition: 1 << 8,
  adjunctHead: 1 << 9,
  addressee: 1 << 10,
  endsClause: 1 << 11,
  endsClauseAfterComma: 1 << 12,
  quantityLead: 1 << 13,
  /** weekday or month name */
  calendar: 1 << 14,
  determiner: 1 << 15,
  subjectPronoun: 1 << 16,
  /** "and", "but" */
  coordinator: 1 << 17,
  /** "who", "which", "that" opening a relative clause */
  relative: 1 << 18,
  /** "is", "was", "were", "are", "been", "be": before a past participle, a passive */
  be: 1 << 19,
  /** starts with a capital letter */
  capitalised: 1 << 20,
  /** a form of a verb that also reads as a plural noun or a base form ("claims", "reports", "say") */
  ambiguousVerb: 1 << 21,
  /** opens a subordinate clause: "when", "while", "although" … */
  subordinator: 1 << 22,
  /** a present tense that can also be a noun ("remains", "plans"): a verb only where no determiner comes before it */
  present: 1 << 23,
  /** an auxiliary or a modal: "had", "was", "would" */
  auxiliary: 1 << 24,
} as const

/** A reporting verb form with the verb's frame. */
export interface VerbForm {
  lemma: string
  frame: ReportingVerb
  /** the second word of a two-word form ("out" of "pointed out"), or null */
  second: string | null
  /** "-ing" form: a participle after a comma ("…, saying that …") */
  participle: boolean
  /** the base form ("note", "stress"): its subject is plural or a pronoun ("MEPs note that …") */
  base: boolean
}

const VERB_FORMS = new Map<string, VerbForm>()
for (const [lemma, frame] of Object.entries(REPORTING_VERBS)) {
  for (const form of frame.forms) {
    const [first, second = null] = form.split(' ')
    const participle = first.endsWith('ing')
    VERB_FORMS.set(first, { lemma, frame, second, participle, base: !participle && !/(?:ed|s)$/.test(first) && !IRREGULAR_PAST.includes(first) })
  }
}

/** The reporting verb a lower-case word is a form of, or undefined. */
export function verbForm(lower: string): VerbForm | undefined {
  return VERB_FORMS.get(lower)
}

const set = (words: readonly string[]) => new Set(words)
const NOUNS = set(Object.keys(REPORTING_NOUNS))
const AUX = set(AUXILIARIES)
const PAST = set(IRREGULAR_PAST)
const PRESENT = set(PRESENT_VERBS)
const NOT_OPENERS = set(NOT_CLAUSE_OPENERS)
const TIME = set(TIME_WORDS)
const PREPOSITIONS = set(ADJUNCT_PREPOSITIONS)
const HEADS = set(ADJUNCT_HEADS)
const AUDIENCES = set(ADDRESSEES)
const ENDING_VERBS = set(CLAUSE_ENDING_VERBS)
const ENDING_PARTICIPLES = set(CLAUSE_ENDING_PARTICIPLES)
const QUANTITIES = set(QUANTITY_LEADS)
const DETERMINERS = set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those', 'no', 'every', 'each', 'some', 'any', 'all', 'both'])
const SUBJECT_PRONOUNS = set(['he', 'she', 'it', 'they', 'we', 'i', 'you'])
const SUBORDINATORS = set(SUBORDINATING_CONJUNCTIONS)
const BE = set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])

function isCapital(text: string): boolean {
  const c = text.charCodeAt(0)
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text)
}

/**
 * The WORD bits of a token text.
 *
 * @example
 * wordFlags('said') & WORD.reportingVerb // WORD.reportingVerb
 */
export function wordFlags(text: string): number {
  const lower = text.toLowerCase()
  let f = 0
  const verb = VERB_FORMS.get(lower)
  // Capitalised, a form is a verb only at the start of a sentence, which no reported clause needs.
  if (verb && lower === text) {
    f |= WORD.reportingVerb
    if (!verb.participle && !lower.endsWith('ed') && !PAST.has(lower)) f |= WORD.ambiguousVerb
  }
  if (NOUNS.has(lower)) f |= WORD.reportingNoun
  if (lower === 'according') f |= WORD.according
  if (AUX.has(lower) || PAST.has(lower)) f |= WORD.finite
  if (AUX.has(lower)) f |= WORD.auxiliary
  if (PRESENT.has(lower)) f |= WORD.present
  const plain = lower === text
  if (plain && lower.length > 4 && lower.endsWith('ed')) f |= WORD.edForm
  if (plain && lower.length > 4 && lower.endsWith('ing')) f |= WORD.ingForm
  if (NOT_OPENERS.has(lower) || AUX.has(lower)) f |= WORD.notOpener
  if (TIME.has(lower)) f |= WORD.time
  if (PREPOSITIONS.has(lower)) f |= WORD.adjunctPreposition
  if (HEADS.has(lower)) f |= WORD.adjunctHead
  if (AUDIENCES.has(lower)) f |= WORD.addressee
  if (ENDING_VERBS.has(lower)) f |= WORD.endsClause
  if (ENDING_PARTICIPLES.has(lower) || (verb?.participle && plain)) f |= WORD.endsClauseAfterComma
  if (QUANTITIES.has(lower)) f |= WORD.quantityLead
  if (WEEKDAYS.has(lower) || (MONTHS.has(lower.replace(/\.$/, '')) && isCapital(text))) f |= WORD.calendar
  if (DETERMINERS.has(lower)) f |= WORD.determiner
  if (SUBJECT_PRONOUNS.has(lower)) f |= WORD.subjectPronoun
  if (lower === 'and' || lower === 'but') f |= WORD.coordinator
  if (lower === 'who' || lower === 'which' || lower === 'that') f |= WORD.relative
  if (BE.has(lower)) f |= WORD.be
  if (SUBORDINATORS.has(lower)) f |= WORD.subordinator
  if (isCapital(text)) f |= WORD.capitalised
  return f
}

/** WORD bits by word id, -1 where not yet worked out; follows the vocabulary's generations. */
let byId = new Int32Array(0)
let idsOf: { vocabulary: WordIds['vocabulary']; generation: number } | null = null

/**
 * The WORD bits of every token of a document, read by word id from a typed array: each distinct
 * text is worked out once. Tokens that are not words get no bits.
 */
export function tokenFlags(tokens: readonly Token[], words: WordIds = readWordIds(tokens)): Int32Array {
  const { ids, vocabulary } = words
  if (idsOf?.vocabulary !== vocabulary || idsOf.generation !== words.generation) {
    byId.fill(-1)
    idsOf = { vocabulary, generation: words.generation }
  }
  if (byId.length < vocabulary.size) {
    const grown = new Int32Array(Math.max(vocabulary.size, byId.length * 2, 1024)).fill(-1)
    grown.set(byId)
    byId = grown
  }
  const out = new Int32Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word') continue
    const id = ids[i]
    let f = byId[id]
    if (f < 0) byId[id] = f = wordFlags(vocabulary.text(id))
    out[i] = f
  }
  return out
}
