import type { DateFinding } from '../../../report/schema.ts'
import type { Token } from '../../../text/types.ts'
import { BE_FORMS, HAVE_FORMS, VERB_ADVERBS, isContractedNegation, isNegation } from './function-words.ts'
import { BACKGROUND_CUE } from './word-flags.ts'

/** Why an event is background rather than something the text reports as happening now. */
export type BackgroundReason =
  | 'negated'
  | 'hypothetical'
  | 'conditional'
  | 'future'
  | 'intent'
  | 'earlier'
  | 'historical date'
  | 'future date'
  | 'question'
  | 'quoted'
  | 'figurative'

export interface CueScope {
  tokens: readonly Token[]
  lower: readonly string[]
  /** first token of the clause */
  from: number
  /** one past the last token of the clause */
  to: number
  /** the sentence's tokens [sentenceStart, sentenceEnd): a question mark, a reporting verb before the clause */
  sentenceStart: number
  sentenceEnd: number
  /** each token's classes (see WordTypes.forDocument), when at hand: only tokens with BACKGROUND_CUE need a look */
  classes?: Int32Array
}

/** Reporting verbs in the past, after which English shifts the past back: "said Armenian forces had shelled …". */
const PAST_REPORTING = new Set([
  'said', 'told', 'stated', 'claimed', 'reported', 'added', 'alleged', 'accused', 'announced', 'insisted', 'argued', 'explained', 'wrote',
  'noted', 'confirmed', 'denied', 'warned', 'claims', 'reports', 'allegations', 'accusations', 'suggestions',
])

function reportedBefore(scope: CueScope, k: number): boolean {
  for (let j = k - 1; j >= scope.sentenceStart && j >= k - 25; j--) if (PAST_REPORTING.has(scope.lower[j])) return true
  return false
}

/** Words that say the event did not, or will not, happen: "denied attacking", "called off the drills". */
const NEGATING_VERBS = new Set([
  'deny', 'denies', 'denied', 'denying', 'refuse', 'refuses', 'refused', 'refusing', 'fail', 'fails', 'failed', 'without', 'instead',
  'rather', 'halt', 'halts', 'halted', 'halting', 'suspend', 'suspends', 'suspended', 'suspending', 'cancel', 'cancels', 'cancelled',
  'canceled', 'cancelling', 'postpone', 'postpones', 'postponed', 'postponing', 'scrap', 'scraps', 'scrapped', 'stop', 'stops',
  'stopped', 'stopping',
])
const WILL = new Set(['will', 'shall', "'ll", '’ll', 'wo', 'gonna'])
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'can', 'must', 'should', "'d", '’d', 'cannot'])
const CONDITIONS = new Set(['if', 'unless', 'whether', 'lest', 'suppose', 'supposing', 'provided'])
const INTENT = new Set([
  'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'aim', 'aims', 'aimed', 'expect', 'expects', 'expected',
  'schedule', 'scheduled', 'going', 'ready', 'prepared', 'preparing', 'vow', 'vows', 'vowed', 'pledge', 'pledged', 'pledges', 'promise',
  'promised', 'promises', 'threaten', 'threatened', 'threatens', 'threatening', 'want', 'wants', 'wanted', 'seek', 'seeks', 'sought',
  'hope', 'hopes', 'hoped', 'upcoming', 'proposed', 'possible', 'potential', 'future', 'next', 'prospective', 'considering', 'consider',
  'considers', 'mulling', 'weighing', 'urge', 'urged', 'urges', 'call', 'called', 'calls', 'demand', 'demanded', 'demands', 'ask', 'asked',
  'warned', 'warns', 'agreed', 'agree', 'agrees', 'set', 'likely', 'unlikely', 'about', 'willing', 'offer',
  'offered', 'offers', 'committed', 'commits', 'intends',
])
/** Words by which the actor commits itself: "ready to sign", "agreed to hold talks", "pledged to send". */
const COMMITMENTS = new Set(['ready', 'prepared', 'willing', 'pledge', 'pledged', 'pledges', 'promise', 'promised', 'promises', 'vow', 'vowed', 'vows', 'offer', 'offered', 'offers', 'agree', 'agreed', 'agrees', 'intend', 'intends', 'intended', 'committed', 'commits', 'plan', 'plans', 'planned'])

/** A decision taken, by a body or by its vote: "decided to expel", "voted to suspend". */
const DECIDED = new Set(['decision', 'decided', 'decides', 'decide', 'voted', 'votes', 'vote'])
/** "They recall that the organisation imposed sanctions": what is recalled is earlier context. */
const RECALLED = new Set(['recall', 'recalls', 'recalled', 'recalling', 'remember', 'remembered'])

/** "began to shell", "continued to fire": the infinitive reports what is happening. */
const ASPECTUAL = new Set(['began', 'begin', 'begins', 'started', 'start', 'starts', 'continued', 'continue', 'continues', 'kept', 'resumed', 'went', 'moved', 'appeared', 'seemed', 'used'])
/** Spans of time before "after": "five days after EU member states voted …" tells what came before the news. */
const SPANS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'])
// Not "earlier": news uses it for earlier the same day ("Earlier on Monday, …").
const EARLIER = new Set(['previously', 'formerly', 'historically'])

/**
 * Every word that can be a cue before the predicate, but for contracted negations ("didn't"): the
 * words of a clause that are none of these are passed over at once.
 */
const CUE_WORDS = new Set([
  ...CONDITIONS, 'case', 'event', 'not', 'never', 'no', 'neither', 'nor', ...NEGATING_VERBS, 'off', ...WILL, ...HYPOTHETICAL, 'to', ...INTENT, 'due',
  'upcoming', 'planned', 'proposed', 'potential', 'possible', 'future', 'next', 'had', ...RECALLED, ...EARLIER, 'past', 'after', 'since',
])

/**
 * Whether a lower-case word may make an event background when it comes before the predicate.
 *
 * @example
 * isBackgroundCue('could') // true
 * isBackgroundCue('troops') // false
 */
export function isBackgroundCue(lower: string): boolean {
  return CUE_WORDS.has(lower) || isContractedNegation(lower)
}

/**
 * Reads the words before an event's predicate, within its clause, for what makes it background:
 * negation ("did not attack", "no troops"), a modal ("could impose"), a condition ("if"), a future
 * ("will", "to hold"), an intent the actor commits to ("ready to sign", "agreed to hold talks"), an
 * earlier time ("had previously", "in the past", "years ago"; not a past perfect after "said", which
 * only shifts tense), or a question.
 *
 * @example
 * backgroundCue(scope, head, tail, true) // 'hypothetical' for "Brussels could impose sanctions"
 */
export function backgroundCue(scope: CueScope, headStart: number, tailEnd: number, verbalHead: boolean): BackgroundReason | null {
  const { lower, from, classes } = scope
  for (let k = headStart - 1; k >= from; k--) {
    if (classes !== undefined && !(classes[k] & BACKGROUND_CUE)) continue
    const w = lower[k]
    if (!isBackgroundCue(w)) continue
    const distance = headStart - k
    if (CONDITIONS.has(w) || (w === 'case' && lower[k - 1] === 'in') || (w === 'event' && lower[k - 1] === 'the' && lower[k - 2] === 'in')) return 'conditional'
    if (distance <= 5 && isNegation(w)) return w === "won't" || w === 'won’t' ? 'future' : 'negated'
    if (distance <= 6 && (NEGATING_VERBS.has(w) || (w === 'off' && /^call/.test(lower[k - 1] ?? '')))) return 'negated'
    if (distance <= 6 && WILL.has(w)) return 'future'
    if (distance <= 6 && HYPOTHETICAL.has(w)) return 'hypothetical'
    // "to hold drills": an infinitive states what is wanted or agreed, not what happened. Before a noun, "to" is a preposition.
    // "took the decision to withdraw", "decided to expel", "voted to suspend": a decision taken is reported as the act.
    // "The ambassador of Poland to Germany condemned …": "to" before a name or a noun is a preposition.
    if (w === 'to' && distance === 2 && !isAdverb(lower[k + 1])) continue
    if (verbalHead && distance <= 2 && w === 'to' && DECIDED.has(lower[k - 1])) continue
    if (verbalHead && distance <= 2 && w === 'to' && !ASPECTUAL.has(lower[k - 1]) && lower[k - 1] !== 'due') return COMMITMENTS.has(lower[k - 1]) ? 'intent' : 'future'
    if (distance <= 8 && INTENT.has(w) && lower.slice(k + 1, headStart).includes('to')) return COMMITMENTS.has(w) ? 'intent' : 'future'
    // "were due to speak at a march" is a plan; "cancelled due to shelling" gives a cause.
    if (distance <= 8 && w === 'due' && lower[k + 1] === 'to' && BE_FORMS.has(lower[k - 1])) return 'future'
    if (distance <= 8 && (w === 'upcoming' || w === 'planned' || w === 'proposed' || w === 'potential' || w === 'possible' || w === 'future' || w === 'next')) return 'future'
    // "Soldiers who had arrived from Belarus shelled …": a "had" of another verb says nothing of this one.
    if (distance <= 4 && w === 'had' && !reportedBefore(scope, k) && auxiliaryOf(lower, k, headStart)) return 'earlier'
    if (distance <= 12 && RECALLED.has(w)) return 'earlier'
    // "The move came five days after EU member states voted to impose tariffs": the act the news follows.
    if (distance <= 8 && w === 'after' && SPANS.has(lower[k - 1])) return 'earlier'
    // "Since the government signed a partnership with the EU last year, …": the act a state of things dates from.
    if (distance <= 8 && w === 'since' && verbalHead && lower[k + 1] !== 'then' && simplePast(lower, k + 1, headStart)) return 'earlier'
    if (distance <= 6 && (EARLIER.has(w) || (w === 'past' && lower[k - 1] === 'the' && lower[k - 2] === 'in') || (w === 'to' && lower[k - 1] === 'used'))) return 'earlier'
  }
  for (let k = tailEnd; k < scope.to && k < tailEnd + 8; k++) {
    const w = lower[k]
    if (w === 'ago' && /^(years|decades|centuries)$/.test(lower[k - 1])) return 'earlier'
    if (w === 'past' && lower[k - 1] === 'the' && lower[k - 2] === 'in') return 'earlier'
    if (w === 'previously') return 'earlier'
  }
  const last = scope.tokens[scope.sentenceEnd - 1]
  if (last && last.text.startsWith('?')) return 'question'
  return null
}

/** True when the predicate at `head` is a simple past ("signed", "took"), with no auxiliary back to `from`: "since the government signed". */
function simplePast(lower: readonly string[], from: number, head: number): boolean {
  for (let j = from; j < head; j++) if (HAVE_FORMS.has(lower[j]) || BE_FORMS.has(lower[j]) || WILL.has(lower[j]) || HYPOTHETICAL.has(lower[j])) return false
  return /ed$/.test(lower[head]) || IRREGULAR_PAST.has(lower[head])
}
const IRREGULAR_PAST = new Set(['took', 'began', 'came', 'fought', 'went', 'sent', 'held', 'made', 'struck', 'broke', 'won', 'led', 'met', 'left', 'drew', 'gave', 'set', 'put', 'cut', 'hit', 'shot'])

/** An adverb that may stand between "to" and its verb: "to jointly hold", "to also send", "to be deployed". */
function isAdverb(w: string): boolean {
  return VERB_ADVERBS.has(w) || BE_FORMS.has(w) || isNegation(w) || /ly$/.test(w)
}

/** True when "had" at `k` is the auxiliary of the predicate at `head`: only adverbs, "been" or a negation between ("had not previously bombed"). */
function auxiliaryOf(lower: readonly string[], k: number, head: number): boolean {
  for (let j = k + 1; j < head; j++) if (!isAdverb(lower[j])) return false
  return true
}

const DAY_MS = 86_400_000
/** Days after which a month or a day named before the publication is an earlier phase, not the news. */
const EARLIER_PHASE_DAYS = 60

function period(resolved: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(resolved)
  if (!m) return null
  const year = Number(m[1])
  if (m[3]) {
    const day = Date.UTC(year, Number(m[2]) - 1, Number(m[3]))
    return [day, day]
  }
  if (m[2]) return [Date.UTC(year, Number(m[2]) - 1, 1), Date.UTC(year, Number(m[2]), 0)]
  return [Date.UTC(year, 0, 1), Date.UTC(year, 11, 31)]
}

/**
 * Whether an event's date puts it in the background: a month or a day that ended more than two months
 * before the reference date (the document's publication), or a year that ended more than a year before
 * it, is an earlier phase ("They signed a treaty … in March this year" in a June report); a period
 * that starts after it is a plan.
 *
 * @example
 * dateBackground({ resolved: '2014', … }, '2021-05-05') // 'historical date'
 * dateBackground({ resolved: '2021-03', … }, '2021-06-11') // 'historical date'
 * dateBackground({ resolved: '2021-05-12', … }, '2021-05-05') // 'future date'
 */
export function dateBackground(date: DateFinding, reference: string | null): BackgroundReason | null {
  if (!date.resolved || !reference) return null
  const when = period(date.resolved)
  const ref = period(reference)
  if (!when || !ref) return null
  // A named month or day ("in March this year" in a June report) is an earlier phase once it ended two months
  // before; a bare year ("in 2020") only once it ended a year before.
  const past = /^\d{4}-\d{2}/.test(date.resolved) ? EARLIER_PHASE_DAYS : 365
  if (when[1] < ref[0] - past * DAY_MS) return 'historical date'
  if (when[0] > ref[1]) return 'future date'
  return null
}
