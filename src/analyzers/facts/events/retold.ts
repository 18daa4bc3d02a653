import type { Amount } from '../../../report/schema.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import type { Candidate } from './candidates.ts'
import type { MentionIndex } from './mentions.ts'
import { linkAmount } from './links.ts'
import { findRoles, listedParticipants } from './roles.ts'
import type { Trigger } from './trigger.ts'

/**
 * A press release tells its main event more than once: in the headline, in the lead, and again in the
 * paragraphs after ("The exercise, codenamed …, brought together troops from A, B and C"). Each telling
 * adds details to one event instead of counting another (gold/facts/GUIDE.md, "One action, one event").
 */

export interface RetellingScope {
  tokens: readonly Token[]
  lower: readonly string[]
  mentions: MentionIndex
  sentences: readonly Sentence[]
  amounts: readonly Amount[]
}

const rootOf = (c: Candidate) => c.code.slice(0, 2)
const isStatement = (c: Candidate) => c.trigger.source === 'statement'

/** Words that point back at an event already named: "the exercise", "this deployment". */
const POINTING = new Set(['the', 'this', 'these'])

/** Nouns that name one kind of event under several words: an exercise is also "the drills". */
const SAME_KIND: readonly (readonly string[])[] = [
  ['exercise', 'exercises', 'drill', 'drills', 'manoeuvre', 'manoeuvres', 'maneuver', 'maneuvers', 'war games', 'wargames'],
  ['deployment', 'deployments'],
  ['talks', 'meeting', 'meetings', 'summit', 'visit'],
  ['sanctions', 'sanction', 'measures'],
  ['attack', 'attacks', 'strike', 'strikes', 'raid', 'raids', 'assault', 'offensive'],
]
const KIND_OF = new Map<string, number>()
SAME_KIND.forEach((words, kind) => {
  for (const w of words) if (!w.includes(' ')) KIND_OF.set(w, kind)
})

/** Whether two nouns name the same kind of event: the same word, its plural, or words of one kind. */
export function sameKind(a: string, b: string): boolean {
  if (a === b || a === b + 's' || b === a + 's') return true
  const kind = KIND_OF.get(a)
  return kind !== undefined && kind === KIND_OF.get(b)
}

/** Actors agree when they are the same or one of them is not named. */
const actorsAgree = (a: Candidate, b: Candidate) => a.roles.actor === null || b.roles.actor === null || a.roles.actor === b.roles.actor

/**
 * Fills what `into` lacks from `from`: location, amount, date; participants are joined. Only entities
 * that `trusted` accepts are taken. The actor is not: a retelling that names no doer of its own is no
 * evidence of who did it ("Las Vegas shooting" names a place).
 */
function learnFrom(into: Candidate, from: Pick<Candidate, 'roles' | 'amount' | 'date'>, trusted: (id: string) => boolean = () => true): void {
  const { location } = from.roles
  if (location !== null && location !== into.roles.actor && location !== into.roles.target && trusted(location)) into.roles.location ??= location
  into.amount ??= from.amount
  into.date ??= from.date
  const participants = new Set([...into.roles.participants, ...from.roles.participants.filter(trusted)])
  if (into.roles.location) participants.delete(into.roles.location)
  into.roles.participants = [...participants]
}

/** The longest a headline that ends with a full stop may be, in tokens: a longer one is a lead paragraph of one sentence. */
const HEADLINE_TOKENS = 20

/**
 * Whether the first sentence is a headline: it stands alone in its paragraph and either has no full
 * stop or is short. "MANILA — Chinese coast guard vessels fired water cannon at … on Tuesday, the
 * Philippine Coast Guard said." is a lead that happens to be a paragraph of its own.
 */
function hasHeadline(sentences: readonly Sentence[], tokens: readonly Token[]): boolean {
  if (sentences.length < 2 || sentences[1].paragraph === sentences[0].paragraph) return false
  const first = sentences[0]
  return tokens[first.tokenEnd - 1]?.text !== '.' || first.tokenEnd - first.tokenStart <= HEADLINE_TOKENS
}

/**
 * Folds the events of a headline into the same events told again in the first paragraphs: an event of
 * the headline with the same CAMEO root as a later event of the next three paragraphs, and an actor that
 * agrees, gives that event what it lacks (place, participants) and is not counted again. Headlines
 * in title case fool name finding, so only parties the body names as well, or that the knowledge base
 * knows, are taken from them.
 *
 * @example
 * // "SCO troops complete joint exercise in Kyrgyzstan\n\nMore than 1,200 troops … completed a joint exercise on Tuesday."
 * foldHeadline(candidates, scope) // one exercise: in Kyrgyzstan, 1,200 troops, on Tuesday
 */
export function foldHeadline(candidates: readonly Candidate[], scope: Pick<RetellingScope, 'sentences' | 'mentions' | 'tokens'>): Candidate[] {
  const { sentences } = scope
  if (!hasHeadline(sentences, scope.tokens)) return [...candidates]
  const inBody = new Set(scope.mentions.within(sentences[1].tokenStart, scope.tokens.length).map((m) => m.entity.id))
  const linked = new Set(scope.mentions.all.filter((m) => m.entity.kb !== null).map((m) => m.entity.id))
  const trusted = (id: string) => inBody.has(id) || linked.has(id)
  const folded = new Set<Candidate>()
  for (const head of candidates) {
    if (head.trigger.clause.sentence !== 0 || isStatement(head)) continue
    const told = candidates.find(
      (c) =>
        c.trigger.clause.sentence > 0 &&
        !isStatement(c) &&
        sentences[c.trigger.clause.sentence].paragraph - sentences[0].paragraph <= 3 &&
        rootOf(c) === rootOf(head) &&
        (c.background === null) === (head.background === null) &&
        actorsAgree(c, head),
    )
    if (!told) continue
    learnFrom(told, head, trusted)
    folded.add(head)
  }
  return candidates.filter((c) => !folded.has(c))
}

/** The head noun of an event's trigger when the trigger is a noun phrase ("joint exercise" → "exercise"), else null. */
export function triggerNoun(c: Candidate, lower: readonly string[]): string | null {
  const t = c.trigger
  if (t.source === 'statement' || t.headStart === t.tokenStart && !t.nominal) return null
  return lower[t.tokenEnd - 1] ?? null
}

/** The first "the/this + noun" in a sentence that names the same kind of event as `noun`, as its subject (within its first 4 tokens). */
function pointingMention(scope: RetellingScope, sentence: Sentence, noun: string): number | null {
  const { lower } = scope
  const last = Math.min(sentence.tokenEnd - 1, sentence.tokenStart + 4)
  for (let k = sentence.tokenStart; k < last; k++) {
    if (!POINTING.has(lower[k])) continue
    // "the joint exercise", "the exercise": at most one modifier between the pointing word and the noun
    for (let j = k + 1; j <= Math.min(k + 2, sentence.tokenEnd - 1); j++) if (sameKind(lower[j], noun)) return j
  }
  return null
}

/** Words that say the subject took part in something: "took part", "participated". */
const PARTICIPATION: readonly (readonly string[])[] = [
  ['took', 'part'], ['take', 'part'], ['takes', 'part'], ['taking', 'part'], ['participated'], ['participate'], ['participates'], ['participating'],
  ['were', 'involved'], ['was', 'involved'],
]

/**
 * Where a sentence's own statement starts: after an opening attribution ("According to its own
 * figures, about 9,000 troops … took part"), else at its first token.
 */
function statementStart(scope: RetellingScope, sentence: Sentence): number {
  const { lower, tokens } = scope
  const from = sentence.tokenStart
  if (lower[from] !== 'according' || lower[from + 1] !== 'to') return from
  for (let k = from + 2; k < Math.min(sentence.tokenEnd, from + 10); k++) if (tokens[k].text === ',') return k + 1
  return from
}

/**
 * Where a sentence says its subject took part in the event, or null: the verb stands alone ("About
 * 2,500 servicemen from A, B and C took part, with 300 vehicles") or takes the same kind of event
 * ("took part in the drills"), not another ("took part in a protest"). The subject may be a long list
 * ("some 12,000 troops from the United States, Germany, Poland, the Netherlands and Norway"): the
 * verb is looked for within the first 30 tokens of the statement.
 */
function participationAt(scope: RetellingScope, sentence: Sentence, noun: string | null): { at: number; end: number } | null {
  const { lower } = scope
  const first = statementStart(scope, sentence)
  const last = Math.min(sentence.tokenEnd, first + 30)
  for (let k = first + 1; k < last; k++) {
    const phrase = PARTICIPATION.find((p) => p.every((w, j) => lower[k + j] === w))
    if (!phrase) continue
    const after = k + phrase.length
    if (lower[after] !== 'in' && lower[after] !== 'at') return { at: k, end: after }
    const object = pointingMention(scope, { ...sentence, tokenStart: after + 1 }, noun ?? '')
    return noun !== null && object !== null && object <= after + 3 ? { at: k, end: after } : null
  }
  return null
}

/**
 * Adds who took part, and how many, from a sentence right after an event that says its subject took
 * part: "More than 1,200 troops from Russia and Belarus took part." gives the event its participants,
 * and its amount when it has none; an opening "According to …," is passed over. Returns the events
 * less those the words "took part" themselves gave (a retelling is no new event). The sentence must hold no event of its own with the same root and
 * follow the event within two sentences, whichever paragraph it is in.
 */
export function addParticipation(candidates: readonly Candidate[], scope: RetellingScope): Candidate[] {
  const taken = new Set<number>()
  // The words that say who took part ("took part") retell the event: no event of their own.
  const retelling: Array<[sentence: number, from: number, to: number]> = []
  for (const c of candidates) {
    if (c.background !== null || c.trigger.source === 'statement' || !c.code.startsWith('15')) continue
    const noun = triggerNoun(c, scope.lower)
    const from = c.trigger.clause.sentence + 1
    for (let s = from; s < Math.min(scope.sentences.length, from + 2); s++) {
      if (taken.has(s) || candidates.some((o) => o.trigger.clause.sentence === s && rootOf(o) === rootOf(c))) continue
      const sentence = scope.sentences[s]
      const part = participationAt(scope, sentence, noun)
      if (!part) continue
      taken.add(s)
      retelling.push([s, part.at, part.end])
      const first = statementStart(scope, sentence)
      const participants = listedParticipants({ tokens: scope.tokens, lower: scope.lower, mentions: scope.mentions, from: first, to: part.at })
      const start = scope.tokens[first].start
      const at = scope.tokens[part.at].start
      const amount = linkAmount(scope.amounts, start, at, at, c.code)
      for (const e of candidates) {
        if (e.trigger !== c.trigger) continue
        learnFrom(e, { roles: { ...e.roles, location: null, participants }, amount, date: null })
      }
      break
    }
  }
  return candidates.filter((c) => !retelling.some(([sentence, from, to]) => c.trigger.clause.sentence === sentence && c.trigger.source !== 'statement' && c.trigger.tokenStart >= from && c.trigger.tokenStart < to))
}

/**
 * Adds who took part from later sentences that point back at an event: "The exercise, codenamed …,
 * brought together troops from China, Russia and Kazakhstan" gives the exercise its participants. Looks
 * at the three sentences after the event that hold no event of their own with the same root, whichever
 * paragraph they are in.
 */
export function addRetoldDetails(candidates: readonly Candidate[], scope: RetellingScope): void {
  const rootsBySentence = new Map<number, Set<string>>()
  for (const c of candidates) {
    const roots = rootsBySentence.get(c.trigger.clause.sentence) ?? new Set<string>()
    roots.add(rootOf(c))
    rootsBySentence.set(c.trigger.clause.sentence, roots)
  }
  const enriched = new Set<Trigger>()
  for (const c of candidates) {
    if (enriched.has(c.trigger) || c.background !== null) continue
    const noun = triggerNoun(c, scope.lower)
    if (!noun) continue
    const from = c.trigger.clause.sentence + 1
    for (let s = from; s < Math.min(scope.sentences.length, from + 3); s++) {
      if (rootsBySentence.get(s)?.has(rootOf(c))) break
      const sentence = scope.sentences[s]
      const at = pointingMention(scope, sentence, noun)
      if (at === null) continue
      const pointer: Trigger = { ...c.trigger, tokenStart: at, tokenEnd: at + 1, headStart: at, tailEnd: at + 1, nominal: true, passive: false, boundSource: undefined, boundTarget: undefined }
      const roles = findRoles(pointer, { tokens: scope.tokens, lower: scope.lower, mentions: scope.mentions, from: sentence.tokenStart, to: sentence.tokenEnd, cuedParticipantsOnly: true })
      // Only who took part: a place, number or date later in such a sentence often belongs to another of
      // its phrases ("aircraft from the 48th Fighter Wing at RAF Lakenheath").
      const told = { roles: { ...roles, location: null }, amount: null, date: null }
      // Every party's copy of the event learns the same.
      for (const e of candidates) if (e.trigger === c.trigger) learnFrom(e, told)
      enriched.add(c.trigger)
      break
    }
  }
}
