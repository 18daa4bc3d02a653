import type { Sentence, Token } from '../../../text/types.ts'
import type { Candidate } from './candidates.ts'

/** Codes of street action that a call asks for: protests, rallies, hunger strikes, strikes and boycotts (140–144). */
const ASKED_ACTION = /^14[0-4]/
/** The code of a call to protest or strike: CAMEO 113 'Rally opposition against'. */
const RALLY_OPPOSITION = '113'
/** Bullets that open the items of a list. */
const BULLETS = new Set(['-', '–', '—', '•', '*', '·'])
/** How many list items after a call ending in ":" may still ask for what it calls for. */
const MAX_ITEMS = 8
/**
 * Verbs that ask for street action by themselves after "to": "calls on all patriots to rally". Not
 * "strike" (an appeal to strike may ask for an attack) nor "rally behind/around" (rallying support).
 */
const PROTEST_VERBS = new Set(['protest', 'demonstrate', 'rally', 'march', 'picket', 'boycott'])
const SUPPORT_PARTICLES = new Set(['behind', 'around', 'round'])
/** Nouns of street action that "to join" asks for: "to join the peaceful protest in front of …". */
const PROTEST_NOUNS = new Set(['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'march', 'marches', 'picket', 'pickets', 'vigil', 'sit-in', 'boycott'])
/** How many words may stand between "join" and the protest noun: "join our great peaceful march". */
const MAX_JOIN_GAP = 4
/** Words that end what an appeal asks of those it calls on first. */
const ASK_ENDS = new Set([',', ';', ':', 'and', 'or', '.'])
/** How far after the appeal's verb its "to" may stand: "calls on all members of the movement to …". */
const MAX_TO_DISTANCE = 10

const isAppeal = (c: Candidate) => c.code.startsWith('02') && c.trigger.source !== 'statement'

export interface RallyScope {
  tokens: readonly Token[]
  lower: readonly string[]
  sentences: readonly Sentence[]
}

/**
 * A call to protest, demonstrate or strike rallies opposition, CAMEO 113 (GUIDE: "call for a protest
 * (11, rally opposition)"): the protest asked for has not taken place, so it is no protest (14) in the
 * background but the caller's 113, current and undated.
 *
 * - "We **call on** all patriots to rally in front of the Government House on Saturday", "**calls on**
 *   all Poles to protest in front of the ministry": what the appeal asks first is to protest, so the
 *   appeal is the call to protest, one event (113 on the appeal's verb), and the protest asked for is
 *   none of its own; "calls on all workers to join the demonstrations" asks to join what others hold
 *   and stays an appeal, with the caller's 113 beside it;
 * - "calls on the Seimas to pass a law …, and on all citizens **to demonstrate** outside the Seimas":
 *   the appeal asks something else first and stays an appeal (020); the protest asked for later in its
 *   sentence is the caller's 113;
 * - "… calls on every citizen to act now:" followed by list items ("- **join our march** in Almaty on
 *   Saturday"): each item that opens by asking for a protest is the caller's 113 beside the appeal.
 *
 * Returns the candidates left, changed in place.
 */
export function foldCallsToProtest(candidates: readonly Candidate[], scope: RallyScope): Candidate[] {
  let lastAppeal: Candidate | null = null
  let asked: [number, number] | null = null
  const folded = new Set<Candidate>()
  for (const c of candidates) {
    if (isAppeal(c)) {
      lastAppeal = c
      asked = askedProtest(c, scope)
      if (asked) {
        c.code = RALLY_OPPOSITION
        c.date = null
      }
      continue
    }
    if (!ASKED_ACTION.test(c.code) || !lastAppeal) continue
    const appeal = lastAppeal
    if (asked && c.trigger.clause.sentence === appeal.trigger.clause.sentence && c.trigger.tokenStart >= asked[0] && c.trigger.tokenStart < asked[1]) {
      folded.add(c)
      continue
    }
    if (appeal.trigger.clause.sentence !== c.trigger.clause.sentence ? !inListAfter(scope, appeal, c) : c.trigger.tokenStart < appeal.trigger.tokenEnd) continue
    c.code = RALLY_OPPOSITION
    c.roles.actor = appeal.roles.actor
    c.roles.actors = appeal.roles.actors
    c.roles.pronounSubject = null
    c.background = null
    c.date = null
  }
  return folded.size === 0 ? [...candidates] : candidates.filter((c) => !folded.has(c))
}

/**
 * The verb of the protest an appeal asks for first ("to rally", "to protest", "to join the protest"),
 * or null when its first "to" asks for something else ("to pass a law", "to join the talks"), or its
 * first request ends before any "to".
 */
function askedProtest(appeal: Candidate, scope: RallyScope): [number, number] | null {
  const { lower, sentences } = scope
  const sentenceEnd = sentences[appeal.trigger.clause.sentence].tokenEnd
  const end = Math.min(sentenceEnd, appeal.trigger.tokenEnd + MAX_TO_DISTANCE)
  let to = appeal.trigger.tokenEnd
  while (to < end && lower[to] !== 'to' && !ASK_ENDS.has(lower[to])) to++
  if (to >= end || lower[to] !== 'to') return null
  const verb = to + 1
  if (lower[verb] === 'join') return joinedProtest(lower, verb, sentenceEnd)
  return PROTEST_VERBS.has(lower[verb]) && !SUPPORT_PARTICLES.has(lower[verb + 1] ?? '') ? [verb, verb + 1] : null
}

/** "to join the (peaceful) protest": the tokens from "join" to the protest noun, or null for "to join the talks". */
function joinedProtest(lower: readonly string[], join: number, sentenceEnd: number): [number, number] | null {
  for (let i = join + 1; i <= join + MAX_JOIN_GAP && i < sentenceEnd; i++) {
    if (PROTEST_NOUNS.has(lower[i])) return [join, i + 1]
    if (ASK_ENDS.has(lower[i]) || lower[i] === 'to' || lower[i] === 'in' || lower[i] === 'on') return null
  }
  return null
}

/** True when the action opens a list item ("- join our march …") among the items right after the appeal's sentence, which ends in ":". */
function inListAfter(scope: RallyScope, appeal: Candidate, action: Candidate): boolean {
  const { tokens, sentences } = scope
  const callSentence = sentences[appeal.trigger.clause.sentence]
  const last = tokens[callSentence.tokenEnd - 1]
  if (last?.text !== ':') return false
  const item = action.trigger.clause.sentence
  if (item <= callSentence.index || item - callSentence.index > MAX_ITEMS) return false
  for (let s = callSentence.index + 1; s <= item; s++) if (!BULLETS.has(tokens[sentences[s].tokenStart]?.text ?? '')) return false
  // The action is the item's own verb or its object: "- join our march", not a march the item only mentions later.
  return action.trigger.tokenStart - sentences[item].tokenStart <= 4
}
