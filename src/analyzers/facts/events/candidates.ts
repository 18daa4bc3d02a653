import type { Amount, DateFinding, Quote } from '../../../report/schema.ts'
import type { Token } from '../../../text/types.ts'
import { backgroundCue, dateBackground, type BackgroundReason } from './background.ts'
import { aimsAtAbstraction, isWithoutViolence } from './figurative.ts'
import { linkAmount, linkDate } from './links.ts'
import type { MentionIndex } from './mentions.ts'
import { findRoles, type Roles } from './roles.ts'
import type { StatementTrigger } from './statements.ts'
import type { Trigger } from './trigger.ts'

/**
 * The CAMEO intent code for a cooperative act the actor commits to: meeting (04) → 036, diplomatic
 * cooperation (05) → 032 (a signed agreement → 030), material cooperation (06) → 031, aid (07) → 033,
 * yielding (08) → 035. Null for other acts: a planned attack stays a background attack.
 */
function intentCode(code: string): string | null {
  if (code === '057') return '030'
  return { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035' }[code.slice(0, 2)] ?? null
}

/** An event being put together: its trigger, filled roles and context. */
export interface Candidate {
  trigger: Trigger
  code: string
  roles: Roles
  background: BackgroundReason | null
  amount: number | null
  date: number | null
  confidence: number
  /** character span of the evidence */
  start: number
  end: number
}

export interface CandidateContext {
  tokens: readonly Token[]
  lower: readonly string[]
  mentions: MentionIndex
  amounts: readonly Amount[]
  dates: readonly DateFinding[]
  /** the sentence's tokens [sentenceStart, sentenceEnd) */
  sentenceStart: number
  sentenceEnd: number
  /** the quote a token lies in, or -1 */
  quoteOfToken: Int32Array
  quotes: readonly Quote[]
  /** the date background is judged against: the document's publication date */
  reference: string | null
  /** each token's classes (see WordTypes.forDocument), when at hand */
  classes?: Int32Array
}

const isEdge = (t: Token) => t.kind === 'punct' || t.kind === 'quote'

/** Verbs politicians use for each other's words as often as armies for each other's positions. */
const VERBAL_ATTACKS = /^(attack|assail|hit|hammer|pound|blast|lash|savage|target|slam)/

/** Character span of tokens [from, to) without punctuation or quote marks at either edge. */
export function trimmedSpan(tokens: readonly Token[], from: number, to: number): [number, number] {
  let a = from
  let b = to
  while (a < b - 1 && isEdge(tokens[a])) a++
  while (b > a + 1 && isEdge(tokens[b - 1])) b--
  return [tokens[a].start, tokens[b - 1].end]
}

function isStatement(trigger: Trigger): trigger is StatementTrigger {
  return trigger.source === 'statement'
}

function statementCandidate(trigger: StatementTrigger, context: CandidateContext): Candidate {
  const { tokens } = context
  const [qs, qe] = trigger.quoteTokens
  const quoteSpan = { start: tokens[qs].start, end: tokens[qe - 1].end }
  const cueBefore = trigger.cueFound && trigger.tokenEnd <= qs
  const cueAfter = trigger.cueFound && trigger.tokenStart >= qe
  // The quoted words are not the reporting sentence's own: "… will respond," he said is not a future statement.
  const from = cueAfter ? Math.max(trigger.clause.tokenStart, qe) : trigger.clause.tokenStart
  const to = cueBefore ? Math.min(trigger.clause.tokenEnd, qs) : trigger.clause.tokenEnd
  const clauseStart = tokens[trigger.clause.tokenStart].start
  const clauseEnd = tokens[trigger.clause.tokenEnd - 1].end
  const date = actsDate(linkDate(context.dates, clauseStart, clauseEnd, tokens[trigger.tokenStart].start, [quoteSpan]), trigger, context)
  const background =
    (trigger.cueFound ? backgroundCue({ tokens, lower: context.lower, from, to, sentenceStart: from, sentenceEnd: -1, classes: context.classes }, trigger.headStart, trigger.tailEnd, true) : null) ??
    (date !== null ? dateBackground(context.dates[date], context.reference) : null)
  // The evidence is the reporting clause with the quoted words: who said it, how, and what.
  const [clauseFrom, clauseTo] = trimmedSpan(tokens, trigger.clause.tokenStart, trigger.clause.tokenEnd)
  const start = Math.min(quoteSpan.start, clauseFrom)
  const end = Math.max(quoteSpan.end, clauseTo)
  return {
    trigger,
    code: trigger.code,
    roles: { actor: trigger.speaker, target: trigger.target, actors: [], targets: [], location: null, participants: [], pronounSubject: null },
    background,
    amount: null,
    date,
    confidence: trigger.baseConfidence,
    start,
    end,
  }
}

/** CAMEO roots of acts done in words: statements, appeals, intents, demands, disapproval, rejection, threats. */
const VERBAL_ROOTS = new Set(['01', '02', '03', '10', '11', '12', '13'])

/**
 * The date of an act done in words, or null: a future date after the verb is when the thing asked for,
 * promised or threatened is to happen ("we call on all workers to join the demonstrations on 30
 * November"), not when the appeal was made; so is a future date before a reported statement, which
 * belongs to what it is about ("struck down a law that had postponed the election until December, …
 * ordering the authorities to hold the vote").
 */
function actsDate(date: number | null, trigger: Trigger, context: CandidateContext): number | null {
  if (date === null || !VERBAL_ROOTS.has(trigger.code.slice(0, 2))) return date
  const found = context.dates[date]
  const after = found.start >= context.tokens[trigger.tailEnd - 1].end
  return (after || trigger.source === 'statement') && dateBackground(found, context.reference) === 'future date' ? null : date
}

/**
 * Fills an event from its trigger within its clause: roles, background, amount and date, the verbal
 * reading of conflict words ("attack on free speech" is figurative; "attacked the president" in a
 * sentence without violence is criticism, 111), and a confidence.
 *
 * @example
 * buildCandidate(trigger, context).roles.actor // 'e1'
 */
export function buildCandidate(trigger: Trigger, context: CandidateContext): Candidate {
  if (isStatement(trigger)) return statementCandidate(trigger, context)
  const { tokens, lower, mentions } = context
  const { clause } = trigger
  const roles = findRoles(trigger, { tokens, lower, mentions, from: clause.tokenStart, to: clause.tokenEnd })
  if (trigger.reversed) {
    ;[roles.actor, roles.target] = [roles.target, roles.actor]
    ;[roles.actors, roles.targets] = [roles.targets, roles.actors]
  }
  const [start, end] = trimmedSpan(tokens, clause.tokenStart, clause.tokenEnd)
  const at = tokens[trigger.tokenStart].start
  const amount = linkAmount(context.amounts, start, end, at, trigger.code)
  const date = actsDate(linkDate(context.dates, start, end, at), trigger, context)
  let code = trigger.code
  let confidence = trigger.baseConfidence + (roles.actor ? 0.05 : -0.1)
  if (context.quoteOfToken[trigger.tokenStart] !== -1) confidence -= 0.1
  const cueScope = { tokens, lower, from: clause.tokenStart, to: clause.tokenEnd, sentenceStart: context.sentenceStart, sentenceEnd: context.sentenceEnd, classes: context.classes }
  let background =
    backgroundCue(cueScope, trigger.headStart, trigger.tailEnd, !trigger.nominal) ??
    // "the exercise would be held every year": the verb after the noun has its own modal or negation.
    (trigger.nominal && trigger.tailEnd > trigger.tokenEnd ? backgroundCue({ ...cueScope, from: trigger.tokenEnd }, trigger.tailEnd - 1, trigger.tailEnd, true) : null) ??
    (date !== null ? dateBackground(context.dates[date], context.reference) : null)
  if (trigger.refusal) background = null
  // What a speaker says in their own words ("'Our forces will respond,' he said") the text reports as said, not as done.
  const quote = context.quoteOfToken[trigger.tokenStart]
  if (!background && quote >= 0 && context.quotes[quote].direct) background = 'quoted'
  const root = Number(code.slice(0, 2))
  const intended = background === 'intent' ? intentCode(code) : null
  if (intended) {
    // "Baku was ready to sign the treaty": the commitment is what happens now (03x), the signing is not yet.
    code = intended
    background = null
  }
  if (root >= 17 && !roles.target && aimsAtAbstraction(lower, tokens, trigger.tailEnd, clause.tokenEnd)) {
    background = 'figurative'
    confidence = Math.min(confidence, 0.25)
  } else if (VERBAL_ATTACKS.test(lower[trigger.tokenStart]) && roles.target && mentions.all.some((m) => m.entity.id === roles.target && m.entity.type === 'person')) {
    if (isWithoutViolence(lower, context.sentenceStart, context.sentenceEnd)) {
      code = '111'
      confidence -= 0.1
    }
  }
  return { trigger, code, roles, background, amount, date, confidence: Math.round(Math.max(0.05, Math.min(0.95, confidence)) * 100) / 100, start, end }
}
