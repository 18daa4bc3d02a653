import type { Quote } from '../../../report/schema.ts'
import type { Token } from '../../../text/types.ts'
import { overlappingTokens } from '../../../text/token-search.ts'
import { inflect } from './inflections.ts'

/**
 * Marks the tokens a speaker says in their own words: inside a direct quote that no reported speech
 * holds. The gold guide codes no action that only appears inside direct quotes ("'allies can move a
 * full brigade across the Danube'", "called the attack 'a deliberate strike'"): the speaker's
 * sentences are the statement, coded once from its reporting verb. Quoted words inside reported speech
 * stay readable ("It said Armenian units \"returned fire\"" tells that the units returned fire).
 *
 * @example
 * ownWords(tokens, [{ direct: true, start: 0, end: 40, … }])[3] // 1
 */
export function ownWords(tokens: readonly Token[], quotes: readonly Quote[]): Uint8Array {
  const own = new Uint8Array(tokens.length)
  const reported = quotes.filter((q) => !q.direct)
  for (const q of quotes) {
    if (!q.direct || reported.some((r) => r.start <= q.start && r.end >= q.end)) continue
    const { from, to } = overlappingTokens(tokens, q.start, q.end)
    own.fill(1, from, to)
  }
  return own
}

/** Statement codes whose quoted words ask for or threaten an act: appeals, demands and threats. */
const ASKING_ROOTS = new Set(['02', '10', '13'])
/** Reporting verbs that ask for or threaten what they introduce; a plain "said" does not, whatever its words. */
const ASKING_CUES = new Set<string>()
for (const lemma of ['demand', 'urge', 'call', 'appeal', 'implore', 'insist', 'threaten', 'warn', 'ask', 'request']) for (const { form } of inflect(lemma)) ASKING_CUES.add(form)

/** A statement as `askedWords` reads it: its code, the first word of its reporting verb, its quoted tokens. */
export interface AskingStatement {
  code: string
  tokenStart: number
  quoteTokens: [number, number]
}

/**
 * Marks the tokens of what a demand, an appeal or a threat asks for or threatens ("demanded that
 * Dushanbe pull its troops back", "warned that Moscow would take all necessary measures … if the
 * shelling continued"): an act that has not happened, so no event of its own (GUIDE: no future,
 * conditional or hypothetical actions). Only a reporting verb that asks counts: what "said" reports
 * stays readable even when its words hold "demand" ("said the Coalition supported the ban but …
 * platforms could not demand …"), and so does what an accusation reports.
 *
 * @example
 * askedWords(lower, [{ code: '100', tokenStart: 3, quoteTokens: [5, 12] }])[6] // 1 when lower[3] is "demanded"
 */
export function askedWords(lower: readonly string[], statements: readonly AskingStatement[]): Uint8Array {
  const asked = new Uint8Array(lower.length)
  for (const s of statements) {
    if (ASKING_ROOTS.has(s.code.slice(0, 2)) && ASKING_CUES.has(lower[s.tokenStart] ?? '')) asked.fill(1, s.quoteTokens[0], s.quoteTokens[1])
  }
  return asked
}

/** Verbs whose "of V-ing" (or a V-ing right after them) names what is claimed or denied, not a told act. */
const CHARGING_VERBS = new Set<string>()
for (const lemma of ['accuse', 'blame', 'charge', 'suspect', 'deny', 'convict']) for (const { form } of inflect(lemma)) CHARGING_VERBS.add(form)
const CLAUSE_STOPS = new Set([',', '.', ';', ':', '!', '?', '—', '–'])
const JOINERS = new Set(['and', 'but', 'or'])

/**
 * Marks the act an accusation or a denial names ("accused Tajikistan on Wednesday of shelling a border
 * village", "denied having fired first", "denies targeting civilians"): the content of the charge, not an
 * act the text tells on its own, so the accusation or the denial is the event and its content codes
 * nothing (as the gold codes them). Marks from the "-ing" word (or "having") to the end of its clause, or
 * to an "and" that joins a verb of the main clause ("accused NATO of … and warned that …").
 *
 * @example
 * accusedWords(['kyrgyzstan', 'accused', 'tajikistan', 'of', 'shelling', 'a', 'village'])[4] // 1
 */
export function accusedWords(lower: readonly string[]): Uint8Array {
  const marked = new Uint8Array(lower.length)
  for (let i = 0; i < lower.length; i++) {
    if (!CHARGING_VERBS.has(lower[i])) continue
    let k = i + 1
    // "accused Tajikistan on Wednesday of shelling": the "of" comes within a few words, in the same clause.
    if (!(lower[k]?.endsWith('ing') || lower[k] === 'having')) {
      while (k < lower.length && k <= i + 8 && lower[k] !== 'of' && !CLAUSE_STOPS.has(lower[k])) k++
      if (lower[k] !== 'of') continue
      k++
    }
    if (!(lower[k]?.endsWith('ing') || lower[k] === 'having')) continue
    while (k < lower.length && !CLAUSE_STOPS.has(lower[k]) && !(JOINERS.has(lower[k]) && !lower[k + 1]?.endsWith('ing'))) marked[k++] = 1
  }
  return marked
}
