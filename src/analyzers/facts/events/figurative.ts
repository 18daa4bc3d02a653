import type { Token } from '../../../text/types.ts'
import { DETERMINERS } from './function-words.ts'

/**
 * Things that are attacked, fought or waged war on only in a figurative sense: values, institutions,
 * social ills. "An attack on free speech" reports an opinion, not the use of force.
 */
const ABSTRACT_OBJECTS = new Set([
  'speech', 'free speech', 'freedom', 'freedoms', 'democracy', 'liberty', 'liberties', 'truth', 'values', 'rights', 'constitution',
  'rule of law', 'science', 'reason', 'common sense', 'faith', 'religion', 'press', 'journalism', 'dignity', 'decency', 'tradition',
  'traditions', 'family', 'families', 'workers', 'taxpayers', 'middle class', 'jobs', 'privacy', 'justice', 'economy', 'poverty',
  'corruption', 'crime', 'drugs', 'inflation', 'disease', 'cancer', 'climate change', 'covid', 'pandemic', 'virus', 'hunger',
  'unemployment', 'racism', 'extremism', 'disinformation', 'misinformation', 'way of life', 'civilisation', 'civilization', 'history',
  'institutions', 'sovereignty', 'independence', 'women', 'christmas', 'christianity', 'islam', 'judaism', 'education', 'healthcare',
  'health care', 'medicare', 'pensions', 'voters', 'elections', 'election', 'voting rights', 'reputation', 'credibility', 'integrity',
  'morality', 'patriotism', 'culture', 'identity', 'competition', 'innovation', 'prosperity', 'growth', 'businesses', 'farmers',
])

/** Words that show real violence is meant: then a person as the target is a victim, not an opponent in debate. */
const VIOLENCE_WORDS = new Set([
  'killed', 'kill', 'killing', 'wounded', 'injured', 'dead', 'death', 'deaths', 'troops', 'forces', 'soldiers', 'police', 'gunmen',
  'militants', 'militia', 'militias', 'army', 'military', 'bomb', 'bombs', 'missile', 'missiles', 'rocket', 'rockets', 'shell',
  'shells', 'artillery', 'drone', 'drones', 'weapon', 'weapons', 'gun', 'guns', 'shot', 'knife', 'stabbed', 'fighters', 'insurgents',
  'terrorist', 'terrorists', 'armed', 'airstrike', 'airstrikes', 'hospital', 'hospitalised', 'hospitalized', 'assailant', 'assailants',
  'attacker', 'attackers', 'victim', 'victims', 'casualties', 'explosion', 'blast', 'rifle', 'gunfire', 'beaten', 'punched',
])

const MODIFIERS = new Set([...DETERMINERS, 'our', 'free', 'basic', 'fundamental', 'american', 'british', 'european', 'national', 'democratic', 'hard-working', 'working', 'ordinary', 'open', 'independent'])

/**
 * True when a conflict word is aimed at an abstract thing: "an attack on free speech", "war on drugs",
 * "attacking our democracy". Looks after the trigger, past a preposition and modifiers.
 *
 * @example
 * aimsAtAbstraction(lower, tokens, 2, 3, 10) // true for "an attack on free speech"
 */
export function aimsAtAbstraction(lower: readonly string[], tokens: readonly Token[], tailEnd: number, clauseEnd: number): boolean {
  let k = tailEnd
  if (['on', 'against', 'upon', 'to'].includes(lower[k])) k++
  let skipped = 0
  while (k < clauseEnd && skipped < 3 && (MODIFIERS.has(lower[k]) || lower[k] === "'s" || lower[k] === '’s')) {
    if (lower[k] === 'free' && lower[k + 1] === 'speech') break
    k++
    skipped++
  }
  for (let length = 3; length >= 1; length--) {
    if (k + length > clauseEnd) continue
    if (tokens.slice(k, k + length).some((t) => t.kind !== 'word')) continue
    if (ABSTRACT_OBJECTS.has(lower.slice(k, k + length).join(' '))) return true
  }
  return false
}

/**
 * True when no word of the sentence speaks of real violence; a conflict verb aimed at a person in such
 * a sentence is a verbal attack ("the senator attacked the president over the budget").
 *
 * @example
 * isWithoutViolence(lower, 0, 9) // true for "The senator attacked the president over the budget."
 */
export function isWithoutViolence(lower: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (VIOLENCE_WORDS.has(lower[k])) return false
  return true
}
