import { ROLE_NOUNS, ROLE_OPENERS } from './roles.ts'
import { countedSubject } from './coreference.ts'
import type { VerbFormKind } from '../../../knowledge/cameo/verb-forms.ts'
import { sendsWatchersToExercise } from './attendance.ts'
import { passesLegislation } from './legislation.ts'
import type { TriggerScope } from './pattern-triggers.ts'
import type { Trigger } from './trigger.ts'
import { DETERMINERS, WORD_CLASS } from './function-words.ts'
import { TRIGGER_WORD, VERB_FORM, WORD_FLAG } from './word-flags.ts'
import { hasFirstWord } from './word-types.ts'
import type { CompiledBlock, VerbDictionary } from './verb-dictionary.ts'
import { bestPattern, type PatternMatch, type PatternScope } from './verb-patterns.ts'
import { readsAsVerb, type VerbReading } from './verb-use.ts'

function kindSlot(kind: VerbFormKind): number {
  return kind === 'base' ? 0 : kind === 's' ? 1 : kind === 'ed' ? 2 : 3
}

/** The verb form kinds by slot (see kindSlot), with their VERB_FORM bits. */
const KINDS: readonly VerbFormKind[] = ['base', 's', 'ed', 'ing']
const KIND_BITS = [VERB_FORM.base, VERB_FORM.s, VERB_FORM.ed, VERB_FORM.ing]

interface Reading {
  end: number
  passive: boolean
  lemma: string
  block: CompiledBlock
  match: PatternMatch | null
  /** the verb's own code when no pattern matched */
  code: string | null
}

function better(a: Reading, b: Reading | null): boolean {
  if (!b) return true
  const wa = a.match ? a.match.pattern.weight : 0
  const wb = b.match ? b.match.pattern.weight : 0
  if (wa !== wb) return wa > wb
  if (a.end !== b.end) return a.end > b.end
  return (a.code !== null || !!a.match) && b.code === null && !b.match
}

/**
 * Whether a clause offers a named actor before a verb at token i: a dictionary verb codes an event
 * only with one, named or pronouned before it, or a passive's "by X" after it. The clause is read
 * lazily, as far as the verbs asked about: most clauses have no dictionary verb at all.
 */
class ActorFinder {
  /** first token of the first entity mention wholly inside the clause (its end when none); -2 until looked up */
  #named = -2
  /** tokens before this one have been searched for a pronoun */
  #scanned: number
  #pronoun = -1
  /** the last "by" of the clause; -2 until looked up */
  #by = -2
  readonly #scope: TriggerScope

  constructor(scope: TriggerScope) {
    this.#scope = scope
    this.#scanned = scope.clause.tokenStart
  }

  /** True when no named actor can go with a verb at token i: none before it, and no "by" after it. */
  lacksActor(i: number): boolean {
    const { clause, flags, mentions } = this.#scope
    if (this.#named === -2) this.#named = mentions.firstWithin(clause.tokenStart, clause.tokenEnd)?.tokenStart ?? clause.tokenEnd
    if (this.#named < i || votedFor(this.#scope.lower, i) || bodySubject(this.#scope.lower, i) || countedSubject(this.#scope.lower, i)) return false
    // The first possible actor is the first pronoun before the first mention, or that mention.
    while (this.#pronoun < 0 && this.#scanned < i) {
      if (flags[this.#scanned] & WORD_FLAG.pronoun) this.#pronoun = this.#scanned
      this.#scanned++
    }
    if (this.#pronoun >= 0) return false
    if (this.#by === -2) this.#by = lastBy(this.#scope)
    return this.#by <= i
  }
}

/** Whether a token of the five after a verb ending at `verbEnd` may begin a pattern of the bit set `firstWords`. */
function beginsPatternAfter(scope: TriggerScope, firstWords: Uint32Array, verbEnd: number): boolean {
  const last = Math.min(scope.clause.tokenEnd, verbEnd + 5)
  for (let k = verbEnd; k < last; k++) if (scope.flags[k] & TRIGGER_WORD.patternAfterVerb && hasFirstWord(scope.firstWordTable, scope.firstWordRow(k), firstWords)) return true
  return false
}

/**
 * Verbs whose own code holds only when no object follows: "thousands demonstrated outside parliament"
 * is a protest (141), "we have demonstrated that we can …" and "demonstrated its readiness" are not.
 */
const WITHOUT_OBJECT_ONLY = new Set(['demonstrate'])

/**
 * Verbs that report a state that goes on, not an act (GUIDE: states are no events): "Yerevan remained
 * committed to the peace process" is a standing position, whatever the dictionary codes after it.
 */
const STATE_VERBS = new Set(['remain'])

/** Whether an object (a determiner, pronoun, "that", "how" …) or a name follows the verb ending before `end`. */
function objectFollows(scope: TriggerScope, end: number): boolean {
  return end < scope.clause.tokenEnd && ((scope.classes[end] & WORD_CLASS.objectOpener) !== 0 || scope.mentions.at(end) !== undefined)
}

function lastBy(scope: TriggerScope): number {
  const { flags, clause } = scope
  for (let k = clause.tokenEnd - 1; k >= clause.tokenStart; k--) if (flags[k] & WORD_FLAG.by) return k
  return -1
}

/**
 * Finds the verbs of the PETRARCH dictionary in one clause and codes each with its most specific
 * pattern, or the verb's own code when none fits. A pattern coded `[---]` (e.g. "fight corruption")
 * silences the verb. Skips tokens other rules have used, and marks the verbs it codes as used.
 * The scope's word types must come from the same dictionary. Adds the triggers to `out` and returns it.
 *
 * @example
 * findDictionaryTriggers(dictionary, scope).map((t) => t.code) // ['112'] for "Moscow accused Kyiv of …"
 */
export function findDictionaryTriggers(dictionary: VerbDictionary, scope: TriggerScope, out: Trigger[] = []): Trigger[] {
  const { clause, lower, claimed, tokens, mentions, typeAt, flags, classes, flagged } = scope
  let patternScope: PatternScope | null = null
  let readings: (VerbReading | null)[] | null = null
  // Verbs with no possible actor are not worth matching against their patterns.
  let actors: ActorFinder | null = null
  // the first token not yet passed by a trigger
  let next = clause.tokenStart
  for (let f = scope.flaggedFrom; f < flagged.length && flagged[f] < clause.tokenEnd; f++) {
    const i = flagged[f]
    if (i < next || claimed[i] || !(flags[i] & TRIGGER_WORD.dictionaryVerb)) continue
    actors ??= new ActorFinder(scope)
    if (actors.lacksActor(i)) continue
    // How the word reads where it stands, for each kind of form it begins: none that reads as a verb, no trigger.
    readings ??= [null, null, null, null]
    let reads = false
    for (let slot = 0; slot < 4; slot++) {
      readings[slot] = classes[i] & KIND_BITS[slot] ? readsAsVerb(tokens, i, KINDS[slot], mentions, clause.tokenStart, classes) : null
      if (readings[slot]) reads = true
    }
    if (!reads) continue
    const type = typeAt(i)
    const entries = type.forms
    // Only longer forms start with this word ("is determined"): the next word must fit one.
    if (!entries || (type.formsNeedNext && !type.formsNeedNext.has(lower[i + 1]))) continue
    let best: Reading | null = null
    for (const entry of entries) {
      const end = i + entry.size
      const { block, verb } = entry
      if (end > clause.tokenEnd) continue
      let fits = true
      for (let k = 1; k < entry.size && fits; k++) fits = lower[i + k] === entry.words[k] && !claimed[i + k]
      if (!fits) continue
      const reading = readings[kindSlot(entry.kind)]
      if (!reading) continue
      // A verb without a code of its own codes only through a pattern; with none that needs no word after
      // the verb, a word that begins one must follow within reach (see bestPattern).
      if (verb.code === null && entry.unindexed.length === 0 && !beginsPatternAfter(scope, entry.indexed.firstWords, end)) continue
      patternScope ??= { tokens, lower, keys: scope.keys, mentions, clauseStart: clause.tokenStart, clauseEnd: clause.tokenEnd, firstWordTable: scope.firstWordTable, firstWordRow: scope.firstWordRow }
      const match = bestPattern(block, verb.lemma, patternScope, i, end, entry.unindexed, entry.indexed)
      if (!match && verb.code === null) continue
      const candidate: Reading = { end, passive: reading.passive, lemma: verb.lemma, block, match, code: verb.code }
      if (better(candidate, best)) best = candidate
    }
    if (!best) continue
    if (!best.match && WITHOUT_OBJECT_ONLY.has(best.lemma) && objectFollows(scope, best.end)) continue
    if (STATE_VERBS.has(best.lemma)) {
      claimed.fill(1, i, best.end)
      next = best.end
      continue
    }
    const pattern = best.match?.pattern
    const code = pattern ? (pattern.code ?? pattern.reverse) : agreedToAct(lower, best.lemma, best.end, best.code)
    claimed.fill(1, i, best.end)
    next = best.end
    if (code === null || sendsWatchersToExercise(scope, best.lemma, i, best.end) || passesLegislation(scope, best.lemma, best.end)) continue
    out.push({
      source: 'dictionary',
      code,
      clause,
      tokenStart: i,
      tokenEnd: best.end,
      headStart: i,
      tailEnd: best.match ? Math.max(best.end, best.match.end) : best.end,
      passive: best.passive,
      nominal: false,
      reversed: !!pattern && pattern.code === null,
      boundSource: best.match?.source,
      boundTarget: best.match?.target,
      specific: !!pattern,
      baseConfidence: pattern ? 0.7 : 0.55,
      rule: `petrarch:${best.block.name}`,
      claimed: [[i, best.end]],
    })
  }
  return out
}

/**
 * "agreed to coordinate their responses": agreeing to an act still to come is a commitment to cooperate
 * (030, as "pledge" and "promise" are), not cooperation itself (050); "agreed to a ceasefire" and "agreed
 * its mandate" keep their code.
 */
export function agreedToAct(lower: readonly string[], lemma: string, end: number, code: string | null): string | null {
  if (lemma !== 'agree' || !code?.startsWith('05') || lower[end] !== 'to') return code
  const next = lower[end + 1] ?? ''
  return /^[a-z]+$/.test(next) && !DETERMINERS.has(next) && !AGREED_NOUNS.has(next) && !/(?:tion|ment|ance|ence|ship)$/.test(next) ? '030' : code
}

/** What one agrees to that is no verb: "agreed to a ceasefire", "agreed to talks". */
const AGREED_NOUNS = new Set(['ceasefire', 'truce', 'deal', 'deals', 'plan', 'plans', 'proposal', 'proposals', 'terms', 'demands', 'talks', 'conditions', 'measures', 'principles'])

/** Forms of "vote" that put an act to a vote: "voted to ban", "votes to suspend". */
const VOTE_FORMS = new Set(['vote', 'votes', 'voted', 'voting'])

/**
 * True when a verb is what a body voted to do ("MEPs voted to ban …", "lawmakers voted to suspend …"): the
 * vote carried the act, so it is reported as done even when the voters are not named.
 */
export function votedFor(lower: readonly string[], verb: number): boolean {
  return verb >= 2 && lower[verb - 1] === 'to' && VOTE_FORMS.has(lower[verb - 2])
}

/**
 * True when a body named by its kind is the verb's subject ("The movement accused Chisinau of …", "the
 * ministry summoned …"): a political actor the text does not name, so the verb codes an event whose actor
 * is resolved to the body, or left unnamed as for "Police fired tear gas".
 */
export function bodySubject(lower: readonly string[], verb: number): boolean {
  return verb >= 2 && ROLE_NOUNS.has(lower[verb - 1]) && ROLE_OPENERS.has(lower[verb - 2]) && !PEOPLE_ROLES.has(lower[verb - 1])
}
/** Role nouns for people or troops, whose acts the force patterns already read: not bodies. */
const PEOPLE_ROLES = new Set(['troops', 'forces', 'army', 'military', 'official', 'officials', 'spokesperson', 'spokesman', 'spokeswoman'])
