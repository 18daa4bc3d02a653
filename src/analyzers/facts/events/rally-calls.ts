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

const isAppeal = (c: Candidate) => c.code.startsWith('02') && c.trigger.source !== 'statement'

export interface RallyScope {
  tokens: readonly Token[]
  lower: readonly string[]
  sentences: readonly Sentence[]
}

/**
 * A call to protest, demonstrate or strike rallies opposition, CAMEO 113 (GUIDE: "call for a protest
 * (11, rally opposition)"): the protest asked for has not taken place, so it is no protest (14) in the
 * background but the caller's 113, current and undated. The appeal itself stays an appeal (020) to
 * those it calls on.
 *
 * - "We call on all Poles **to protest** in front of the ministry on Saturday", "calls on the Seimas to
 *   pass a law …, and on all citizens **to demonstrate** outside the Seimas": the protest asked for in
 *   the appeal's sentence;
 * - "… calls on every citizen to act now:" followed by list items ("- **join our march** in Almaty on
 *   Saturday"): each item that opens by asking for a protest.
 *
 * Changes the candidates in place.
 */
export function foldCallsToProtest(candidates: readonly Candidate[], scope: RallyScope): void {
  let lastAppeal: Candidate | null = null
  for (const c of candidates) {
    if (isAppeal(c)) {
      lastAppeal = c
      continue
    }
    if (!ASKED_ACTION.test(c.code) || !lastAppeal) continue
    const appeal = lastAppeal
    if (appeal.trigger.clause.sentence !== c.trigger.clause.sentence ? !inListAfter(scope, appeal, c) : c.trigger.tokenStart < appeal.trigger.tokenEnd) continue
    c.code = RALLY_OPPOSITION
    c.roles.actor = appeal.roles.actor
    c.roles.actors = appeal.roles.actors
    c.roles.pronounSubject = null
    c.background = null
    c.date = null
  }
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
