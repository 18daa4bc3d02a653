import type { TriggerScope } from './pattern-triggers.ts'

/** Verbs by which a parliament or a council passes what it votes on. */
const PASSING = new Set(['adopt', 'pass', 'approve', 'enact'])
/** What a parliament or a council passes. */
const LEGISLATION = new Set([
  'bill', 'bills', 'law', 'laws', 'legislation', 'act', 'resolution', 'resolutions', 'motion', 'motions', 'amendment', 'amendments', 'budget',
  'regulation', 'regulations', 'directive', 'directives', 'ordinance', 'decree', 'text', 'report',
])
/** Words that may stand between the verb and what is passed: "adopted a non-binding resolution", "passed the 2026 budget". */
const BETWEEN = 3

/**
 * True when a dictionary verb at `[verbStart, verbEnd)` passes legislation: "the Senate passed the
 * bill", "Parliament voted to adopt a resolution on drone security", "approved the budget". Passing
 * legislation in a parliament or council is a procedure, not an act between parties (GUIDE, "Not
 * events"), so the verb codes nothing, where PETRARCH gives "adopt a resolution" 057 (sign an
 * agreement) and "pass an amendment" 083. What the text asks or condemns by it is coded from its own
 * words ("a resolution calling for a ceasefire" is an appeal).
 *
 * @example
 * passesLegislation(scope, 'adopt', 5) // true for "… voted to adopt a resolution on drone security"
 */
export function passesLegislation(scope: TriggerScope, lemma: string, verbEnd: number): boolean {
  if (!PASSING.has(lemma)) return false
  const { lower, tokens, clause } = scope
  for (let k = verbEnd; k < clause.tokenEnd && k <= verbEnd + BETWEEN; k++) {
    if (LEGISLATION.has(lower[k])) return true
    if (tokens[k].kind === 'punct') return false
  }
  return false
}
