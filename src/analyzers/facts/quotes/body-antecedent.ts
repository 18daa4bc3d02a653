import type { Entity } from '../../../report/schema.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import { sentenceAtToken } from '../../../text/token-search.ts'
import { isBody, type EntityIndex } from './entity-index.ts'
import type { SpeakerPhrase } from './speaker-phrase.ts'
import { lowerOf } from './token-words.ts'

/** Words that may stand inside a name-like subject besides capitalised words: "Tajikistan's State Committee for National Security". */
const SUBJECT_FILLERS = new Set(['of', 'for', 'the', 'and', 'on', 'de', "'s", '’s', '-', '(', ')'])
/** How many words a subject's determiner and adjectives may take before its head: "The transitional governments". */
const MAX_LEAD = 3
/** How far a long subject is read for the body it names: "The transitional governments of …, meeting within the Alliance of Sahel States (AES), have …". */
const MAX_SUBJECT = 40
/** How far back the plural noun is looked for, in tokens (a long release's opening, not a whole book). */
const MAX_BACK = 1500
/** Finite verbs and auxiliaries that end a long subject. */
const SUBJECT_ENDS = /^(?:have|has|had|are|is|was|were|will|would|can|could|may|might|must|shall|should|do|does|did|\p{Ll}+ed)$/u


/**
 * "Tajikistan's State Committee for National Security gave a different account. It said …": the body
 * named in the name-like subject that opens the sentence before the pronoun at `pronoun` (an "it" or
 * "they" that opens its own sentence, in the same paragraph), when no one was quoted since that
 * sentence began (`lastQuoted`, an offset). Null otherwise.
 */
export function openingBody(tokens: readonly Token[], sentences: readonly Sentence[], paragraphStart: number, pronoun: number, lastQuoted: number, entities: EntityIndex): Entity | null {
  if (sentences.length === 0) return null
  const s = sentenceAtToken(sentences, pronoun)
  if (s === 0 || sentences[s].tokenStart !== pronoun) return null
  const before = sentences[s - 1]
  if (before.start < paragraphStart || lastQuoted >= before.start) return null
  let k = before.tokenStart
  while (k < before.tokenEnd && (/^\p{Lu}/u.test(tokens[k].text) || SUBJECT_FILLERS.has(lowerOf(tokens[k])))) k++
  if (k === before.tokenStart) return null
  const bodies = entities.overlapping(tokens[before.tokenStart].start, tokens[k - 1].end).filter((m) => isBody(m.entity))
  return bodies.length ? bodies[bodies.length - 1].entity : null
}

/**
 * "The three governments note that …" after "The transitional governments of Burkina Faso, …,
 * meeting within the Alliance of Sahel States (AES), have taken …": a definite plural description
 * with no name speaks for the body named inside the subject that first brought in the same plural
 * noun. Null when the phrase is no such description or no body stands in that subject.
 */
export function bodyOfEarlierGroup(tokens: readonly Token[], sentences: readonly Sentence[], phrase: SpeakerPhrase, entities: EntityIndex): Entity | null {
  if (sentences.length === 0 || phrase.pronoun || phrase.to - phrase.from > 3 || lowerOf(tokens[phrase.from]) !== 'the') return null
  const head = tokens[phrase.to - 1].text
  if (!/^\p{Ll}{3,}s$/u.test(head) || head.endsWith('ss')) return null
  for (let k = phrase.from - 1; k >= 0 && phrase.from - k <= MAX_BACK; k--) {
    if (tokens[k].text !== head) continue
    const sentence = sentences[sentenceAtToken(sentences, k)]
    if (k - sentence.tokenStart > MAX_LEAD) return null
    let end = k + 1
    while (end < sentence.tokenEnd && end - k < MAX_SUBJECT && !SUBJECT_ENDS.test(tokens[end].text)) end++
    if (end >= sentence.tokenEnd || end - k >= MAX_SUBJECT) return null
    const body = entities.overlapping(tokens[k].end, tokens[end].start).find((m) => isBody(m.entity))
    return body?.entity ?? null
  }
  return null
}
