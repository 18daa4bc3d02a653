import type { AnalyzerContext } from '../../../engine/types.ts'
import type { CameoCodebook } from '../../../knowledge/cameo/codebook.ts'
import type { EventFinding } from '../../../report/schema.ts'
import { codeThreats, foldRepeatedMentions, keepDistinct, splitSharedRoles, toFinding, widenLoneEvents } from './assembly.ts'
import { buildCandidate, type Candidate } from './candidates.ts'
import { bodySubject, findDictionaryTriggers, votedFor } from './dictionary-triggers.ts'
import { issuerEntity, resolveSubjects } from './coreference.ts'
import { foldCallsToProtest } from './rally-calls.ts'
import { addParticipation, addRetoldDetails, foldHeadline } from './retold.ts'
import { viewDocument } from './document-view.ts'
import type { EventPatternIndex } from './pattern-index.ts'
import { findPatternTriggers, type TriggerScope } from './pattern-triggers.ts'
import { findStatementTriggers } from './statements.ts'
import { accusedWords, askedWords, ownWords } from './own-words.ts'
import type { Trigger } from './trigger.ts'
import { TRIGGER_WORD } from './word-flags.ts'
import type { VerbDictionary } from './verb-dictionary.ts'
import type { WordTypes } from './word-types.ts'

/** What the events analyzer loads once: the codebook, the compiled verb dictionary and pattern set. */
export interface EventResources {
  codebook: CameoCodebook
  dictionary: VerbDictionary
  patterns: EventPatternIndex
  /** every word that may begin a trigger, with its TRIGGER_WORD flags */
  triggerWords: ReadonlyMap<string, number>
  /** what the rules know of each token text seen so far */
  wordTypes: WordTypes
}

/**
 * Indexes the first words of every trigger, so that a document needs one lookup per token.
 *
 * @example
 * triggerWordsOf(dictionary, patterns).get('shelled') // TRIGGER_WORD.patternVerb | TRIGGER_WORD.dictionaryVerb
 */
export function triggerWordsOf(dictionary: VerbDictionary, patterns: EventPatternIndex): Map<string, number> {
  const words = new Map<string, number>()
  const mark = (word: string, flag: number) => words.set(word, (words.get(word) ?? 0) | flag)
  for (const word of dictionary.forms.keys()) mark(word, TRIGGER_WORD.dictionaryVerb)
  for (const word of patterns.verbs.keys()) mark(word, TRIGGER_WORD.patternVerb)
  for (const word of patterns.nouns.keys()) mark(word, TRIGGER_WORD.patternNoun)
  return words
}

/**
 * Finds the events of one document: statements from quotes first, then in each clause the
 * hand-written patterns, then the PETRARCH verbs on the words left. Roles, background, amounts and
 * dates are filled per clause, widened to the sentence when the sentence states one event.
 *
 * @example
 * extractEvents(ctx, resources)[0] // { cameo: '150', label: 'Demonstrate military or police power, …', actor: 'e1', … }
 */
export function extractEvents(ctx: AnalyzerContext, resources: EventResources): EventFinding[] {
  const { tokens, sentences, text } = ctx
  const { amounts, dates, quotes } = ctx.findings
  const view = viewDocument(ctx, resources.wordTypes)
  const { lower, keys, mentions, claimed, flags, classes, flagged, typeAt, firstWordTable, firstWordRow } = view

  const statements = findStatementTriggers(quotes, { tokens, lower, mentions, clauseOf: view.clauseOf, claimed })
  const quoteOfToken = new Int32Array(tokens.length).fill(-1)
  for (const s of statements) quoteOfToken.fill(s.quote, s.quoteTokens[0], s.quoteTokens[1])

  const triggers: Trigger[] = [...statements]
  // One scope, moved from clause to clause: the rules read it while they run and keep none of it.
  const scope: TriggerScope = { tokens, lower, keys, mentions, clause: { sentence: 0, tokenStart: 0, tokenEnd: 0 }, sentenceStart: 0, claimed, flags, classes, flagged, flaggedFrom: 0, typeAt, firstWordTable, firstWordRow }
  for (const s of sentences) {
    scope.sentenceStart = s.tokenStart
    for (const clause of view.clauses[s.index]) {
      while (scope.flaggedFrom < flagged.length && flagged[scope.flaggedFrom] < clause.tokenStart) scope.flaggedFrom++
      scope.clause = clause
      findPatternTriggers(resources.patterns, scope, triggers)
      findDictionaryTriggers(resources.dictionary, scope, triggers)
    }
  }
  triggers.sort((a, b) => a.tokenStart - b.tokenStart)

  const reference = ctx.document.published ?? null
  const own = ownWords(tokens, quotes)
  const asked = askedWords(lower, statements)
  const accused = accusedWords(lower)
  const built: Candidate[] = []
  let issuer: string | null | undefined
  const subjects = { lower, mentions, sentences, quotes, quoteOfToken, tokens, issuer: () => (issuer === undefined ? (issuer = issuerEntity(ctx.document.issuer, mentions)) : issuer) }
  for (const trigger of triggers) {
    if (trigger.source === 'dictionary' && trigger.code === '010') continue
    // What a speaker says in their own quoted sentences is the statement, not a reported action.
    if (trigger.source !== 'statement' && own[trigger.tokenStart] === 1) continue
    // What a demand, appeal or threat asks for has not happened.
    if (trigger.source !== 'statement' && asked[trigger.tokenStart] === 1) continue
    // What an accusation or a denial charges ("accused Tajikistan of shelling the village") is the claim's content.
    if (trigger.source !== 'statement' && accused[trigger.headStart] === 1) continue
    const sentence = sentences[trigger.clause.sentence]
    const candidate = buildCandidate(trigger, { tokens, lower, mentions, amounts, dates, sentenceStart: sentence.tokenStart, sentenceEnd: sentence.tokenEnd, quoteOfToken, quotes, reference, classes })
    const roles = candidate.roles
    // "accused NATO of … and warned that …": a second verb joined by "and" shares the first one's subject.
    const previous = built.at(-1)
    if (previous && previous.trigger.clause === trigger.clause && lower[trigger.headStart - 1] === 'and' && previous.roles.actor && trigger.source !== 'statement') {
      roles.actor = previous.roles.actor
      roles.actors = previous.roles.actors
    } else if (previous && previous.trigger.clause === trigger.clause && lower[trigger.headStart - 1] === 'and' && previous.trigger.passive && !previous.roles.actor && trigger.source !== 'statement' && isParticiple(lower[trigger.headStart])) {
      // "was summoned to the ministry and handed a note of protest": a participle joined to a passive shares
      // its passive reading, so its subject is the one acted on and no doer is named.
      roles.target = previous.roles.target
      roles.targets = previous.roles.targets
      roles.actor = null
      roles.actors = []
      roles.pronounSubject = null
    }
    // "rejected claims …, calling the reports “another invention”", "struck down a law …, ruling that …": a
    // participle after a comma that only labels or words what the same actor has just done tells it again.
    if (trigger.source === 'statement' && restatesLastAct(trigger, roles.actor, built, lower)) continue
    if (!roles.actor && roles.pronounSubject) {
      const parties = resolveSubjects(roles.pronounSubject, trigger.headStart, sentence, subjects)
      roles.actor = parties.at(-1) ?? null
      if (roles.actor) roles.actors = parties
    }
    // Like PETRARCH, a verb alone codes an event only with a named actor, unless it is a passive that names
    // none ("were destroyed", "was arrested"); plain "said" is left to the quotes.
    if (trigger.source === 'dictionary' && !roles.actor && !trigger.passive && !votedFor(lower, trigger.tokenStart) && !bodySubject(lower, trigger.headStart)) continue
    built.push(candidate)
  }

  const sentenceScope = { tokens, lower, mentions, sentences, amounts, dates }
  const distinct = keepDistinct(built, quoteOfToken, lower)
  widenLoneEvents(distinct, sentenceScope)
  const called = foldCallsToProtest(distinct, { tokens, lower, sentences })
  const kept = foldHeadline(called, sentenceScope)
  addRetoldDetails(kept, sentenceScope)
  const told = addParticipation(kept, sentenceScope)
  const events = foldRepeatedMentions(splitSharedRoles(told, lower, mentions), lower, sentences)
  codeThreats(events)
  return events
    .map((c) => toFinding(c, text, tokens, resources.codebook))
    .filter((f): f is EventFinding => f !== null)
    .sort((a, b) => a.start - b.start || (a.trigger?.start ?? 0) - (b.trigger?.start ?? 0))
}

/** Participles that put a label on, or into words, what the clause before did: no act of their own. */
const RESTATING = new Set(['calling', 'describing', 'branding', 'labelling', 'labeling', 'dubbing', 'terming', 'ruling', 'saying', 'noting', 'adding', 'arguing', 'stating', 'finding', 'explaining', 'insisting'])

/**
 * True when a statement's reporting verb is such a participle right after a comma and an event of the
 * same actor stands before it in its sentence ("Volkova rejected claims …, calling the reports “another
 * invention”"): the rejection is the event, the label tells it again. A finite verb is an act of its own
 * ("summoned the ambassador and called the attack “a deliberate strike”").
 */
function restatesLastAct(trigger: Trigger, actor: string | null, built: readonly Candidate[], lower: readonly string[]): boolean {
  if (!RESTATING.has(lower[trigger.tokenStart]) || lower[trigger.tokenStart - 1] !== ',' || !actor) return false
  return built.some((c) => c.trigger.clause.sentence === trigger.clause.sentence && c.trigger.tokenStart < trigger.tokenStart && c.roles.actor === actor)
}

/** Past participles that do not end in -ed or -en. */
const IRREGULAR_PARTICIPLES = new Set(['sent', 'told', 'held', 'put', 'made', 'brought', 'kept', 'left', 'hit', 'shot', 'caught', 'sought', 'set', 'led', 'met', 'built', 'spent', 'lent'])

/** True when a word reads as a past participle ("handed", "given", "sent"). */
function isParticiple(word: string): boolean {
  return word.endsWith('ed') || word.endsWith('en') || word.endsWith('wn') || IRREGULAR_PARTICIPLES.has(word)
}
