/** Closed-class English words the event rules look at, lower-case. */

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'some', 'any',
  'another', 'each', 'every', 'such', 'both', 'all', 'several', 'many', 'new', 'further', 'fresh', 'latest', 'first',
])

/** Words that open a noun phrase for certain: after them an inflected verb form is a noun or adjective ("the detained"). */
export const NOUN_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'every', 'each', 'another'])

export const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'which', 'that'])

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s', "'re", '’re'])

export const HAVE_FORMS = new Set(['has', 'have', 'had', 'having'])

export const DO_FORMS = new Set(['do', 'does', 'did'])

export const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', "'ll", '’ll', "'d", '’d'])

export const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'for', 'with', 'against', 'after', 'before', 'during', 'amid', 'following', 'over', 'under', 'by',
  'from', 'to', 'into', 'near', 'across', 'about', 'since', 'despite', 'between', 'among', 'through', 'without', 'upon',
])

/** Words that put a following place name in the "where" slot. */
export const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'inside', 'outside', 'throughout', 'around', 'off', 'along', 'within', 'over', 'outskirts'])

/** Direction and position words that may sit between a preposition and a place name: "in northern Syria". */
export const PLACE_MODIFIERS = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'north-eastern', 'north-western',
  'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'northeast', 'northwest',
  'southeast', 'southwest', 'occupied', 'eastern-most', 'coastal', 'border', 'capital', 'city', 'town', 'region', 'province',
  // where a place lies relative to the speaker or to another place, and how it is held: "in neighbouring Kyrgyzstan"
  'neighbouring', 'neighboring', 'nearby', 'adjacent', 'northernmost', 'southernmost', 'easternmost', 'westernmost', 'far-eastern',
  'annexed', 'disputed', 'rebel-held', 'government-held', 'separatist-held',
])

/** Adverbs that may sit between a subject and its verb: "Russia reportedly deployed". */
export const VERB_ADVERBS = new Set([
  'also', 'reportedly', 'allegedly', 'then', 'again', 'jointly', 'already', 'recently', 'just', 'now', 'still', 'later',
  'subsequently', 'finally', 'officially', 'formally', 'publicly', 'repeatedly', 'previously', 'once', 'today', 'yesterday',
  'therefore', 'thus', 'hence', 'accordingly', 'meanwhile', 'moreover', 'furthermore', 'likewise', 'similarly', 'instead',
])

/** Returns true for negating words, including contracted forms ("didn't", "won't"). */
export function isNegation(lower: string): boolean {
  return lower === 'not' || lower === 'never' || lower === 'no' || lower === 'neither' || lower === 'nor' || isContractedNegation(lower)
}

/** Returns true for contracted negations: "didn't", "won’t". */
export function isContractedNegation(lower: string): boolean {
  return lower.endsWith("n't") || lower.endsWith('n’t')
}

/** Words after which an "-ing" form is a verb: "was shelling", "after meeting", "by attacking". */
export const ING_VERB_CONTEXT = new Set([
  'after', 'before', 'while', 'since', 'by', 'without', 'for', 'of', 'from', 'continue', 'continued', 'continues', 'began', 'begun', 'started', 'stopped', 'kept',
  // What a body adopts says what it does: "adopted a resolution condemning …" (not a report, which may only discuss).
  'resolution', 'resolutions', 'motion', 'motions', 'declaration', 'communique', 'communiqué', 'petition',
])

/** Words that open an object after a verb: "accuses the West", "says that", "strikes Kyiv". */
export const OBJECT_OPENERS = new Set([...DETERMINERS, 'that', 'him', 'them', 'us', 'me', 'it', 'what', 'how', 'why', 'whether', 'to'])

/** The closed classes above as bits, so that a word's classes are looked up once (see wordClasses). */
export const WORD_CLASS = {
  nounOpener: 1 << 0,
  subjectPronoun: 1 << 1,
  be: 1 << 2,
  have: 1 << 3,
  do: 1 << 4,
  modal: 1 << 5,
  preposition: 1 << 6,
  /** a verb adverb, a word in -ly or a negation: what may stand between a subject and its verb */
  adverbial: 1 << 7,
  contractedNegation: 1 << 8,
  ingVerbContext: 1 << 9,
  objectOpener: 1 << 10,
  /** "'s", "’s" */
  possessive: 1 << 11,
  to: 1 << 12,
  /** a punctuation mark that ends a clause right after a verb: ". , ; : ! ?" */
  clauseEndMark: 1 << 13,
  /** a mark that may part two clauses of a sentence: ", ; :" */
  clausePunctuation: 1 << 14,
} as const

/** A punctuation mark that ends a clause right after a verb: "… a ruling Beijing rejects." */
const CLAUSE_END_MARKS = new Set(['.', ',', ';', ':', '!', '?'])

/**
 * The closed classes a lower-case word belongs to, as WORD_CLASS bits.
 *
 * @example
 * wordClasses('was') & WORD_CLASS.be // WORD_CLASS.be
 */
export function wordClasses(lower: string): number {
  let classes = 0
  if (NOUN_OPENERS.has(lower)) classes |= WORD_CLASS.nounOpener
  if (SUBJECT_PRONOUNS.has(lower)) classes |= WORD_CLASS.subjectPronoun
  if (BE_FORMS.has(lower)) classes |= WORD_CLASS.be
  if (HAVE_FORMS.has(lower)) classes |= WORD_CLASS.have
  if (DO_FORMS.has(lower)) classes |= WORD_CLASS.do
  if (MODALS.has(lower)) classes |= WORD_CLASS.modal
  if (PREPOSITIONS.has(lower)) classes |= WORD_CLASS.preposition
  if (VERB_ADVERBS.has(lower) || lower.endsWith('ly') || isNegation(lower)) classes |= WORD_CLASS.adverbial
  if (isContractedNegation(lower)) classes |= WORD_CLASS.contractedNegation
  if (ING_VERB_CONTEXT.has(lower)) classes |= WORD_CLASS.ingVerbContext
  if (OBJECT_OPENERS.has(lower)) classes |= WORD_CLASS.objectOpener
  if (lower === "'s" || lower === '’s') classes |= WORD_CLASS.possessive
  if (lower === 'to') classes |= WORD_CLASS.to
  if (CLAUSE_END_MARKS.has(lower)) classes |= WORD_CLASS.clauseEndMark
  if (lower === ',' || lower === ';' || lower === ':') classes |= WORD_CLASS.clausePunctuation
  return classes
}
