import type { Quote } from '../../../report/schema.ts'
import type { Token } from '../../../text/types.ts'
import { overlappingTokens } from '../../../text/token-search.ts'

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
