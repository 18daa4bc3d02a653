import type { TriggerScope } from './pattern-triggers.ts'
import { inMilitaryCompany } from './pattern-triggers.ts'

/** What a country sends to watch another's exercise: its observers, a liaison team, a few officers. */
const WATCHERS: readonly (readonly string[])[] = [
  ['observers'], ['observer'], ['military', 'observers'], ['observer', 'team'], ['observer', 'teams'], ['observer', 'mission'], ['team', 'of', 'observers'],
  ['liaison', 'team'], ['liaison', 'teams'], ['liaison', 'officers'], ['liaison', 'officer'],
]
/** Verbs that send them. */
const SENDING = new Set(['send', 'dispatch'])
/** Words that may stand before the watchers: "sent a liaison team", "sent its own observers", "sent two observers". */
const LEAD_WORDS = new Set(['a', 'an', 'its', 'their', 'own', 'some', 'several', 'two', 'three', 'four', 'five', 'senior'])

/**
 * True when a sending verb at `[verbStart, verbEnd)` sends observers or a liaison team near a show of
 * force: "Sweden sent observers", "Finland sent a liaison team of 12 officers" next to an exercise
 * report who watched it, not humanitarian aid (PETRARCH codes "send observers" 073, for election
 * monitors) nor an intent to meet ("send team", 036). Such a verb codes nothing; elsewhere the
 * dictionary keeps its codes.
 *
 * @example
 * sendsWatchersToExercise(scope, 'send', 5, 6) // true for "… closed nine days of drills. India and Pakistan sent observers."
 */
export function sendsWatchersToExercise(scope: TriggerScope, lemma: string, verbStart: number, verbEnd: number): boolean {
  return sendsWatchers(scope, lemma, verbEnd) && inMilitaryCompany(scope, verbStart, true)
}

/** True when a sending verb ending before `verbEnd` sends observers or a liaison team ("sent military observers"), wherever it stands. */
export function sendsWatchers(scope: TriggerScope, lemma: string, verbEnd: number): boolean {
  if (!SENDING.has(lemma)) return false
  const { lower, clause } = scope
  let k = verbEnd
  while (k < clause.tokenEnd && k < verbEnd + 3 && LEAD_WORDS.has(lower[k])) k++
  return WATCHERS.some((words) => words.every((w, n) => lower[k + n] === w))
}
