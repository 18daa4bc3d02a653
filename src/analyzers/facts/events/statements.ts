import { TRANSCRIPT_TURN_CUE, type Quote } from '../../../report/schema.ts'
import type { Token } from '../../../text/types.ts'
import type { Clause } from './clauses.ts'
import { DETERMINERS, LOCATIVE, PLACE_MODIFIERS } from './function-words.ts'
import type { MentionIndex } from './mentions.ts'
import { isLabelCue, statementCode } from './statement-codes.ts'
import type { Trigger } from './trigger.ts'
import { readsAsVerb } from './verb-use.ts'
import { overlappingTokens } from '../../../text/token-search.ts'

/** A quote turned into a statement event: who said it, and the tokens of its reporting verb. */
export interface StatementTrigger extends Trigger {
  source: 'statement'
  quote: number
  speaker: string | null
  /** whom the statement is about, for appeals, demands, accusations, threats and criticism */
  target: string | null
  /** tokens of the quoted words */
  quoteTokens: [number, number]
  /** false when the reporting verb could not be found in the text: the event then has no trigger mention */
  cueFound: boolean
}

export interface StatementScope {
  tokens: readonly Token[]
  lower: readonly string[]
  mentions: MentionIndex
  /** the clause holding a token */
  clauseOf: (token: number) => Clause
  claimed: Uint8Array
}

/** Codes of statements aimed at someone: appeals, demands, disapproval, rejection, threats. */
const DIRECTED_ROOTS = new Set(['02', '10', '11', '12', '13'])

function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  const { from, to } = overlappingTokens(tokens, start, end)
  return [from, to]
}

function findCue(scope: StatementScope, cue: string, quote: [number, number]): [number, number] | null {
  const words = cue.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return null
  const fitsAt = (i: number) => i >= 0 && i + words.length <= scope.tokens.length && words.every((w, k) => scope.lower[i + k] === w) && (i + words.length <= quote[0] || i >= quote[1])
  for (let distance = 0; distance <= 40; distance++) {
    if (fitsAt(quote[1] + distance)) return [quote[1] + distance, quote[1] + distance + words.length]
    const before = quote[0] - words.length - distance
    if (fitsAt(before)) return [before, before + words.length]
  }
  return null
}

/** A transcript turn's label, "Lin Jian:", as its cue: from the line's first token to the colon before the quote. */
function turnLabel(scope: StatementScope, quote: [number, number]): [number, number] | null {
  const colon = quote[0] - 1
  if (colon < 0 || scope.tokens[colon].text !== TRANSCRIPT_TURN_CUE) return null
  let start = colon
  while (start > 0 && !scope.tokens[start].lineStart) start--
  return [start, colon + 1]
}

function placedByPreposition(scope: StatementScope, token: number): boolean {
  let k = token - 1
  while (k >= 0 && (DETERMINERS.has(scope.lower[k]) || PLACE_MODIFIERS.has(scope.lower[k]))) k--
  return k >= 0 && LOCATIVE.has(scope.lower[k])
}

function directedTarget(scope: StatementScope, code: string, speaker: string | null, cue: [number, number] | null, quote: [number, number], label: boolean): string | null {
  if (!DIRECTED_ROOTS.has(code.slice(0, 2))) return null
  // "stability in Central Asia" names a place, not the one accused.
  const notSpeaker = (from: number, to: number) =>
    scope.mentions.within(from, to).find((m) => m.entity.id !== speaker && m.entity.type !== 'other' && !placedByPreposition(scope, m.tokenStart))
  // Indirect speech names the target between the verb and the reported words: "accused Russia of …".
  const afterCue = cue && cue[1] <= quote[0] ? notSpeaker(cue[1], label ? quote[0] : quote[0] + 1) : undefined
  // A label's own words are what it calls the target, not whom: "called the petition “Kremlin propaganda”".
  return (afterCue ?? (label ? undefined : notSpeaker(quote[0], quote[1])))?.entity.id ?? null
}

/**
 * Turns each quote with a reporting verb into one statement event: its code comes from the reporting
 * verb or from what the quote says (see statementCode), its actor is the speaker's entity. A quote with
 * no reporting verb of its own (one that runs on from the last) is no new statement. Marks the reporting verb's tokens as
 * used so that no other rule codes it again.
 *
 * @example
 * findStatementTriggers(ctx.findings.quotes, scope)[0].code // '112' for "Moscow accused Kyiv of shelling the town"
 */
export function findStatementTriggers(quotes: readonly Quote[], scope: StatementScope): StatementTrigger[] {
  const out: StatementTrigger[] = []
  quotes.forEach((quote, index) => {
    // A quote that runs on without a reporting verb of its own continues a statement already counted.
    if (!quote.cue) return
    const quoteTokens = tokenRange(scope.tokens, quote.start, quote.end)
    if (quoteTokens[0] >= quoteTokens[1]) return
    const cue = quote.cue === TRANSCRIPT_TURN_CUE ? turnLabel(scope, quoteTokens) : findCue(scope, quote.cue, quoteTokens)
    // "member states" is no reporting verb: a one-word "-s" cue must read as a verb where it stands.
    if (cue && cue[1] - cue[0] === 1 && /[^s]s$/.test(scope.lower[cue[0]]) && !readsAsVerb(scope.tokens, cue[0], 's', scope.mentions, 0)) return
    const words = scope.lower.slice(quoteTokens[0], quoteTokens[1])
    const cueWords = cue ? scope.lower.slice(cue[0], cue[1]) : quote.cue.toLowerCase().split(/\s+/).filter(Boolean)
    const code = statementCode(cueWords, words)
    const speaker = quote.speaker?.entity ?? null
    const [tokenStart, tokenEnd] = cue ?? quoteTokens
    if (cue) scope.claimed.fill(1, cue[0], cue[1])
    out.push({
      source: 'statement',
      code,
      clause: scope.clauseOf(tokenStart),
      tokenStart,
      tokenEnd,
      headStart: tokenStart,
      tailEnd: tokenEnd,
      passive: false,
      nominal: false,
      reversed: false,
      specific: true,
      baseConfidence: cue && speaker ? 0.8 : cue || speaker ? 0.7 : 0.6,
      rule: 'quote',
      claimed: cue ? [cue] : [],
      quote: index,
      speaker,
      target: directedTarget(scope, code, speaker, cue, quoteTokens, isLabelCue(cueWords)),
      quoteTokens,
      cueFound: cue !== null,
    })
  })
  return out
}
