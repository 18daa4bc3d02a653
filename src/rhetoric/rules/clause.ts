import type { Token } from '../../text/types.ts'

const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '-', '(', ')', '[', ']', '.', '!', '?', '…'])

function breaksClause(token: Token): boolean {
  return token.kind === 'quote' || ((token.kind === 'punct' || token.kind === 'symbol') && CLAUSE_BREAKS.has(token.text))
}

/**
 * Widens a run of tokens `first`..`last` (exclusive) to the clause around it: left to the previous
 * comma, semicolon, dash, quote mark or sentence start, right to the next one. Punctuation inside the
 * run stays; none is added at either edge.
 *
 * @example
 * // "Frankly, there is no alternative but war." with the run "there is no alternative"
 * clauseAround(tokens, 2, 6) // [2, 8]: "there is no alternative but war"
 */
export function clauseAround(tokens: readonly Token[], first: number, last: number): [number, number] {
  let from = first
  while (from > 0 && !breaksClause(tokens[from - 1]) && !tokens[from].lineStart) from--
  let to = last
  while (to < tokens.length && !breaksClause(tokens[to]) && !tokens[to].lineStart) to++
  return [from, to]
}
