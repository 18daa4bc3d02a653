import { isMilitaryBody } from '../../../knowledge/military-bodies.ts'
import type { Entity } from '../../../report/schema.ts'
import type { VerbFormKind } from '../../../knowledge/cameo/verb-forms.ts'
import type { Token } from '../../../text/types.ts'
import type { Clause } from './clauses.ts'
import type { EventPattern } from './event-patterns.ts'
import { BE_FORMS, DETERMINERS, HAVE_FORMS, MODALS, PLACE_MODIFIERS, PREPOSITIONS, VERB_ADVERBS, isNegation } from './function-words.ts'
import type { MentionIndex } from './mentions.ts'
import { phraseAt, type EventPatternIndex, type Phrase, type VerbEntry } from './pattern-index.ts'
import type { Trigger } from './trigger.ts'
import { sendsWatchers } from './attendance.ts'
import { readsAsVerb, type VerbReading } from './verb-use.ts'
import { TRIGGER_WORD, WORD_FLAG } from './word-flags.ts'
import type { WordType } from './word-types.ts'

export interface TriggerScope {
  tokens: readonly Token[]
  lower: readonly string[]
  /** the dictionary words token i may stand for */
  keys: (i: number) => readonly string[]
  mentions: MentionIndex
  clause: Clause
  /** first token of the sentence, where a capitalised noun may still be a common noun */
  sentenceStart: number
  /** tokens already used by another trigger */
  claimed: Uint8Array
  /** for each token, which kinds of trigger word it is (TRIGGER_WORD flags) and what word it is (WORD_FLAG) */
  flags: Uint8Array
  /** the tokens that may begin a trigger, in text order */
  flagged: Int32Array
  /** token i's first words (see DocumentWords.firstWordTable) */
  firstWordTable: Int32Array
  firstWordRow: (i: number) => number
  /** the first index of `flagged` at or after the clause start */
  flaggedFrom: number
  /** the word type of token i */
  typeAt: (i: number) => WordType
  /** each token's WORD_CLASS bits (of its own lower case) and VERB_FORM bits */
  classes: Int32Array
}

/** The governing verbs of an intent: "pledged aid" codes the pledge (033), not the delivery (070). */
const INTENT_VERBS = new Set(['pledge', 'promise', 'offer', 'commit'])

const MILITARY_WORDS = new Set([
  'military', 'army', 'naval', 'navy', 'air', 'troops', 'forces', 'soldiers', 'servicemen', 'joint', 'live-fire', 'tactical', 'defence',
  'defense', 'warships', 'tanks', 'missile', 'missiles', 'nuclear', 'combat', 'strategic', 'anti-terrorist', 'counter-terrorism',
  'counterterrorism', 'armed', 'command-staff', 'artillery', 'airborne', 'marines', 'paratroopers', 'fleet', 'battalion', 'battalions',
  'brigade', 'brigades', 'units', 'aircraft', 'jets', 'bombers', 'submarines', 'drills', 'manoeuvres', 'maneuvers', 'war',
])

// Made once: compiled down for an older runtime, a \p{…} literal in a function is rebuilt at each call.
const STARTS_UPPER = /^\p{Lu}/u
const STARTS_LOWER = /^\p{Ll}/u

const isBarrier = (t: Token) => t.kind === 'punct' && t.text !== '-'

interface Governor {
  start: number
  end: number
  lemma: string
  after: boolean
}

/** Governing verbs that place their object on or under the noun: "put the army on high alert", "placed its forces on combat readiness". */
const PLACING = new Set(['put', 'place'])
const PLACED_ON = new Set(['on', 'under', 'in'])

function governorBefore(index: EventPatternIndex, scope: TriggerScope, nounStart: number, lemmas: ReadonlySet<string>): Governor | null {
  const { lower, tokens, clause } = scope
  for (let k = nounStart - 1; k >= clause.tokenStart && k >= nounStart - 8; k--) {
    // A comma may part adjectives ("imposed illegal, inhumane and irresponsible sanctions"), not clauses.
    if (isBarrier(tokens[k]) && !(tokens[k].text === ',' && STARTS_LOWER.test(tokens[k + 1]?.text ?? '') && !['and', 'but', 'or', 'the', 'a', 'an', 'which', 'who'].includes(lower[k + 1]))) return null
    const phrase = phraseAt(index.governors, lower, k, nounStart)
    if (phrase && lemmas.has(phrase.value.lemma)) {
      const between = lower.slice(k + phrase.words.length, nounStart)
      // "took part in the drills", "pledged $500 million in aid": no other preposition may come between;
      // "put the army on high alert": a verb that places its object puts it on or under the noun.
      const placing = PLACING.has(phrase.value.lemma)
      const blocked = between.some((w, n) => PREPOSITIONS.has(w) && !(n === 0 && (w === 'in' || w === 'on')) && !((w === 'in' || w === 'of') && n > 0 && isQuantity(between[n - 1])) && !(placing && PLACED_ON.has(w)))
      return blocked ? null : { start: k, end: k + phrase.words.length, lemma: phrase.value.lemma, after: false }
    }
    if (PREPOSITIONS.has(lower[k]) && lower[k] !== 'in' && lower[k] !== 'on' && lower[k] !== 'of') return null
  }
  return null
}

function isQuantity(word: string): boolean {
  return /^[\d$€£¥.,]+$/.test(word) || ['million', 'billion', 'trillion', 'thousand', 'hundred', 'm', 'bn'].includes(word)
}

/** One past the relative clause right after a noun (", which involved …,"), or the noun's end when there is none. */
function pastRelativeClause(scope: TriggerScope, nounEnd: number): number {
  const { lower, clause } = scope
  if (lower[nounEnd] !== ',' || !['which', 'who', 'that'].includes(lower[nounEnd + 1])) return nounEnd
  for (let k = nounEnd + 2; k < clause.tokenEnd; k++) if (lower[k] === ',') return k + 1
  return nounEnd
}

/** One past a short place or time phrase right after a noun ("Fighting in 2022 killed …"), or the noun's end. */
function pastShortPhrase(scope: TriggerScope, at: number): number {
  const { lower, tokens, clause } = scope
  if (!['in', 'on', 'at', 'near', 'along', 'across', 'since', 'during', 'last', 'this'].includes(lower[at])) return at
  let k = at + 1
  while (k < clause.tokenEnd && k <= at + 3 && (tokens[k].kind === 'number' || DETERMINERS.has(lower[k]) || STARTS_UPPER.test(tokens[k].text))) k++
  return k > at + 1 ? k : at
}

function governorAfter(index: EventPatternIndex, scope: TriggerScope, nounEnd: number, lemmas: ReadonlySet<string>): Governor | null {
  // "The exercise, which began on Monday, tests …": the relative clause's own verb says it took place.
  if (scope.lower[nounEnd] === ',' && (scope.lower[nounEnd + 1] === 'which' || scope.lower[nounEnd + 1] === 'that')) {
    const relative = governorFrom(index, scope, nounEnd + 2, Math.min(scope.lower.length, nounEnd + 8), lemmas)
    if (relative) return relative
  }
  return governorFrom(index, scope, pastShortPhrase(scope, pastRelativeClause(scope, nounEnd)), scope.clause.tokenEnd, lemmas)
}

/** The verb that governs a noun from after it, looked for from token `from` (past auxiliaries and adverbs) up to `limit`. */
function governorFrom(index: EventPatternIndex, scope: TriggerScope, from: number, limit: number, lemmas: ReadonlySet<string>): Governor | null {
  const { lower, tokens } = scope
  for (let k = from; k < limit && k <= from + 4; k++) {
    const passive = phraseAt(index.governors, lower, k, limit)
    if (passive && lemmas.has(passive.value.lemma) && passive.value.kind === 'ed' && k > from && BE_FORMS.has(lower[k - 1])) {
      return { start: k, end: k + passive.words.length, lemma: passive.value.lemma, after: true }
    }
    const occurrence = phraseAt(index.occurrences, lower, k, limit)
    if (occurrence && occurrence.value.kind !== 'ing') return { start: k, end: k + occurrence.words.length, lemma: occurrence.value.lemma, after: true }
    const w = lower[k]
    const skippable = BE_FORMS.has(w) || HAVE_FORMS.has(w) || MODALS.has(w) || isNegation(w) || VERB_ADVERBS.has(w) || /ly$/.test(w) || w === 'to' || w === 'did' || w === 'also'
    if (!skippable || isBarrier(tokens[k])) return null
  }
  return null
}

/** A named party or place attached to the noun: "Russian air strikes", "Israel's raid", "shelling of Kharkiv". */
function isAnchored(scope: TriggerScope, start: number, end: number): boolean {
  const { lower, tokens, mentions, clause } = scope
  // A party or a place anchors the noun; a named thing (the exercise's own name, a weapon) does not.
  const party = (k: number) => {
    const m = mentions.at(k)
    return m !== undefined && m.entity.type !== 'other'
  }
  for (let k = start - 1; k >= clause.tokenStart && k >= start - 3; k--) {
    if (party(k) || tokens[k].kind === 'number') return true
    if (isBarrier(tokens[k]) || DETERMINERS.has(lower[k]) || PREPOSITIONS.has(lower[k])) break
  }
  for (let k = end; k < clause.tokenEnd && k <= end + 4; k++) {
    if (k > end && party(k) && PREPOSITIONS.has(lower[end])) return true
    if (k > end && isBarrier(tokens[k])) break
    if (k > end && !DETERMINERS.has(lower[k]) && !PLACE_MODIFIERS.has(lower[k]) && !mentions.at(k)) break
  }
  return false
}

/**
 * A military alliance, a country's armed forces ({@link isMilitaryBody}) or a country, by its
 * knowledge-base entry: a state that holds an exercise holds a military one, as an alliance does
 * ("Russia held an exercise", "NATO held an exercise").
 */
function isMilitaryEntity(entity: Entity): boolean {
  const id = entity.kb?.id
  return id !== undefined && (isMilitaryBody(id) || (entity.type === 'location' && id.startsWith('country:')))
}

/** How far before its sentence a military word still makes an exercise military: about the sentence before. */
const MILITARY_REACH = 40

/**
 * A military word in the noun's clause (or just before it), an armed group in the clause, or a
 * military alliance or a country's armed forces before the noun ("NATO concluded its exercise in
 * Poland"); with
 * `wide`, also in its sentence or the text right before it ("More than 1,000 marines deployed to
 * Norway. The exercise began on Monday.").
 */
export function inMilitaryCompany(scope: TriggerScope, start: number, wide = false): boolean {
  const { lower, clause } = scope
  for (let k = Math.max(clause.tokenStart, start - 3); k < start; k++) if (MILITARY_WORDS.has(lower[k])) return true
  for (let k = clause.tokenStart; k < clause.tokenEnd; k++) if (MILITARY_WORDS.has(lower[k])) return true
  if (wide) for (let k = Math.max(0, scope.sentenceStart - MILITARY_REACH); k < clause.tokenEnd; k++) if (MILITARY_WORDS.has(lower[k])) return true
  // An armed group anywhere in the clause; a military body before the noun, where the one holding it stands.
  return scope.mentions.within(clause.tokenStart, clause.tokenEnd).some((m) => m.entity.type === 'group' || (m.tokenEnd <= start && isMilitaryEntity(m.entity)))
}

/** A common noun: not part of a name, written in lower case or in capitals, or opening its sentence. */
function readsAsNoun(scope: TriggerScope, i: number): boolean {
  if (scope.mentions.at(i) || scope.claimed[i]) return false
  return (scope.flags[i] & (WORD_FLAG.writtenLower | WORD_FLAG.writtenUpper)) !== 0 || i === scope.sentenceStart
}

/**
 * A name that opens with its kind of event: "Exercise" in "completed Exercise Northern Shield", as in
 * "completed the exercise Northern Shield". Only a show of force is named so; the rest of the name
 * stays a named thing.
 */
function opensItsName(scope: TriggerScope, i: number): boolean {
  const m = scope.mentions.at(i)
  return m !== undefined && m.entity.type === 'other' && m.tokenStart === i && m.tokenEnd > i + 1 && !scope.claimed[i]
}

function fits(pattern: EventPattern, scope: TriggerScope, start: number, end: number): boolean {
  const next = end < scope.clause.tokenEnd ? scope.lower[end] : ''
  if (pattern.followedBy && !pattern.followedBy.includes(next)) return false
  if (pattern.notFollowedBy?.includes(next)) return false
  return true
}

/** The governing verbs of each pattern as a set, made once per pattern. */
const GOVERNING_LEMMAS = new WeakMap<EventPattern, ReadonlySet<string>>()

function governingLemmas(pattern: EventPattern): ReadonlySet<string> {
  let lemmas = GOVERNING_LEMMAS.get(pattern)
  if (!lemmas) GOVERNING_LEMMAS.set(pattern, (lemmas = new Set(pattern.with ?? [])))
  return lemmas
}

function nounTrigger(index: EventPatternIndex, scope: TriggerScope, i: number, phrase: Phrase<EventPattern[]>): Trigger | null {
  const end = i + phrase.words.length
  const candidates = phrase.value.filter((p) => fits(p, scope, i, end))
  if (candidates.length === 0) return null
  let chosen: EventPattern | undefined
  let governor: Governor | null = null
  // A military noun needs military company: in its clause, or, when it is the subject of its verb
  // ("the exercise began"), in the text around it.
  for (const pattern of candidates) {
    const lemmas = governingLemmas(pattern)
    governor = governorBefore(index, scope, i, lemmas) ?? governorAfter(index, scope, end, lemmas)
    if (governor && pattern.military && !inMilitaryCompany(scope, i, governor.after)) governor = null
    if (governor) {
      chosen = pattern
      break
    }
  }
  const anchored = !governor && isAnchored(scope, i, end)
  if (!chosen) chosen = anchored ? candidates.find((p) => p.standalone && (!p.military || inMilitaryCompany(scope, i))) : undefined
  if (!chosen) return null
  const intent = governor && !governor.after && INTENT_VERBS.has(governor.lemma) && chosen.intentCode
  const headStart = governor && !governor.after ? governor.start : i
  const tailEnd = governor && governor.after ? Math.max(end, governor.end) : end
  const claimed: [number, number][] = [[i, end]]
  if (governor) claimed.push([governor.start, governor.end])
  return {
    source: 'pattern',
    code: intent || chosen.cameo,
    clause: scope.clause,
    tokenStart: i,
    tokenEnd: end,
    headStart,
    tailEnd,
    // "Sanctions were imposed on Russia": the noun is what was done, so the roles read as for a noun alone.
    passive: false,
    nominal: !governor || governor.after,
    reversed: false,
    specific: true,
    baseConfidence: governor ? 0.85 : 0.6,
    rule: chosen.id,
    claimed,
  }
}

/** A named entity starts at token k, of the kind an object asks for ('@entity', '@organization', …). */
function isNamedAt(scope: TriggerScope, k: number, kind: string): boolean {
  const mention = scope.mentions.at(k)
  return mention?.tokenStart === k && (kind === '@entity' || mention.entity.type === kind.slice(1))
}

function isObjectAt(objects: readonly string[][], scope: TriggerScope, k: number): boolean {
  for (const object of objects) {
    if (object[0].startsWith('@')) {
      if (isNamedAt(scope, k, object[0])) return true
    } else if (wordsAt(scope.lower, k, object)) return true
  }
  return false
}

/** True when tokens k, k+1, … read `words`. */
function wordsAt(lower: readonly string[], k: number, words: readonly string[]): boolean {
  for (let n = 0; n < words.length; n++) if (lower[k + n] !== words[n]) return false
  return true
}

/** Nouns after which a weapon word is a modifier: "missile strikes", "drone attacks". */
const NAMES_AN_ATTACK = new Set(['strike', 'strikes', 'attack', 'attacks', 'raid', 'raids'])

function hasObject(objects: string[][] | undefined, scope: TriggerScope, verbStart: number, verbEnd: number, passive: boolean, through: readonly string[] = []): boolean {
  if (!objects) return true
  const { lower, tokens, clause } = scope
  if (passive) {
    for (let k = verbStart - 1; k >= clause.tokenStart && k >= verbStart - 5; k--) if (isObjectAt(objects, scope, k)) return true
    return false
  }
  for (let k = verbEnd; k < clause.tokenEnd && k <= verbEnd + (through.length ? 7 : 5); k++) {
    // "launched 5 missile strikes": "missile" names the strikes, which another pattern codes, not what was launched.
    if (isObjectAt(objects, scope, k) && !NAMES_AN_ATTACK.has(lower[k + 1])) return true
    // Prepositions end the object unless the pattern's object may follow one ("withdraw … from ECOWAS").
    if (isBarrier(tokens[k]) || (PREPOSITIONS.has(lower[k]) && lower[k] !== 'of' && through.length === 0)) return false
  }
  return false
}

function subjectBefore(pattern: EventPattern, scope: TriggerScope, i: number, kind: VerbFormKind): VerbReading | null {
  const p = i - 1
  if (kind !== 'base' || p < scope.clause.tokenStart || !pattern.subjects?.includes(scope.lower[p]) || !scope.lower[p].endsWith('s')) return null
  return { previous: p, passive: false }
}

function hasSubject(pattern: EventPattern, scope: TriggerScope, verbStart: number): boolean {
  if (!pattern.subjects) return true
  // A named subject may stand further back, past what it is from: "1,000 marines from 45 Commando have deployed".
  const reach = pattern.namedSubjects ? 8 : 4
  for (let k = verbStart - 1; k >= scope.clause.tokenStart && k >= verbStart - reach; k--) {
    if (pattern.subjects.includes(scope.lower[k]) || (scope.tokens[k].kind === 'number' && !pattern.namedSubjects)) return true
  }
  return false
}

/** "will not accept", "won't take back", "cannot allow": a refusal stated for the future. */
function isRefused(lower: readonly string[], verbStart: number, floor: number): boolean {
  for (let k = verbStart - 1; k >= floor && k >= verbStart - 4; k--) {
    const w = lower[k]
    if (/^(won|wouldn|can|shan)['’]t$/.test(w) || w === 'cannot') return true
    if ((w === 'not' || w === 'never') && ['will', 'would', 'can', 'shall', "'ll", '’ll'].includes(lower[k - 1])) return true
  }
  return false
}

function verbTrigger(scope: TriggerScope, i: number, phrase: Phrase<VerbEntry>): Trigger | null {
  const { pattern, kind } = phrase.value
  if (!pattern) return null
  const end = i + phrase.words.length
  for (let k = i; k < end; k++) if (scope.claimed[k]) return null
  // "Jets deploy to Romania", "Protesters rally in Tbilisi": a base form right after the plural noun its
  // pattern takes as subject is a verb in the present, as headlines write it.
  const reading = readsAsVerb(scope.tokens, i, kind, scope.mentions, scope.clause.tokenStart, scope.classes) ?? subjectBefore(pattern, scope, i, kind)
  if (!reading || !hasObject(phrase.value.objects, scope, i, end, reading.passive, pattern.through) || !hasSubject(pattern, scope, i)) return null
  if (pattern.refusal && !isRefused(scope.lower, i, scope.clause.tokenStart)) return null
  // "sent military observers": the watchers of an exercise are no forces sent.
  if (sendsWatchers(scope, phrase.value.lemma, end)) return null
  return {
    source: 'pattern',
    code: pattern.cameo,
    clause: scope.clause,
    tokenStart: i,
    tokenEnd: end,
    headStart: i,
    tailEnd: end,
    passive: reading.passive,
    nominal: false,
    reversed: false,
    specific: true,
    baseConfidence: 0.8,
    rule: pattern.id,
    claimed: [[i, end]],
    refusal: pattern.refusal,
  }
}

function isClaimed(claimed: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (claimed[k] === 1) return true
  return false
}

/**
 * Finds the hand-written patterns' events in one clause: event nouns governed by one of their verbs
 * ("held a joint military exercise"), or with a named party or place attached when the noun names a
 * happening by itself ("Russian air strikes on Kharkiv"), and verbs that report an event alone
 * ("shelled", "deployed … troops"). Marks the tokens it uses in `scope.claimed`. Adds the triggers
 * to `out` and returns it.
 *
 * @example
 * findPatternTriggers(index, scope).map((t) => t.code) // ['150'] for "NATO held drills in Estonia"
 */
export function findPatternTriggers(index: EventPatternIndex, scope: TriggerScope, out: Trigger[] = []): Trigger[] {
  const { clause, lower, claimed, flagged } = scope
  // the first token not yet passed by a trigger
  let next = clause.tokenStart
  for (let f = scope.flaggedFrom; f < flagged.length && flagged[f] < clause.tokenEnd; f++) {
    const i = flagged[f]
    const starts = scope.flags[i]
    if (i < next || claimed[i] || !(starts & (TRIGGER_WORD.patternVerb | TRIGGER_WORD.patternNoun))) continue
    const verbs = starts & TRIGGER_WORD.patternVerb ? index.verbs.get(lower[i]) : undefined
    let trigger: Trigger | null = null
    let noun = starts & TRIGGER_WORD.patternNoun && readsAsNoun(scope, i) ? phraseAt(index.nouns, lower, i, clause.tokenEnd) : undefined
    if (!noun && starts & TRIGGER_WORD.patternNoun && opensItsName(scope, i)) {
      const named = phraseAt(index.nouns, lower, i, i + 1)
      const military = named?.value.filter((p) => p.military)
      if (named && military?.length) noun = { ...named, value: military }
    }
    if (noun) trigger = nounTrigger(index, scope, i, noun)
    if (!trigger) {
      for (const phrase of verbs ?? []) {
        if (i + phrase.words.length > clause.tokenEnd || !wordsAt(lower, i, phrase.words)) continue
        trigger = verbTrigger(scope, i, phrase)
        if (trigger) break
      }
    }
    // A governing verb may serve two nouns ("held talks and drills"); the nouns themselves may not be shared.
    if (!trigger || isClaimed(claimed, trigger.tokenStart, trigger.tokenEnd)) continue
    for (const [s, e] of trigger.claimed) claimed.fill(1, s, e)
    out.push(trigger)
    next = trigger.tokenEnd
  }
  return out
}
