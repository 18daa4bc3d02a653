import type { Token } from '../../text/types.ts'

const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '-', '(', ')', '[', ']', '.', '!', '?', '…'])
/**
 * Verbs that frame reported speech: the technique lies in what was said, so a clause that begins
 * "The minister said (that) …" starts after the frame.
 */
const REPORTING_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'asked', 'asks', 'warned', 'warns', 'argued', 'argues', 'claimed', 'claims', 'added', 'adds',
  'stated', 'states', 'insisted', 'insists', 'wrote', 'writes', 'declared', 'declares', 'announced', 'announces', 'noted', 'notes',
  'believes', 'believe', 'thinks', 'think', 'suggested', 'suggests', 'alleged', 'alleges', 'maintained', 'maintains', 'replied',
  'answered', 'explained', 'explains', 'stressed', 'stresses', 'urged', 'urges',
])

/** The first token after a reporting frame ("X said that") inside tokens `from`..`first`, or `from` when there is none. */
function afterReportingFrame(tokens: readonly Token[], from: number, first: number): number {
  for (let i = first - 1; i >= from; i--) {
    // Written in lower case only: "States" in "the United States" is a name, not a verb.
    if (!REPORTING_VERBS.has(tokens[i].text)) continue
    let start = i + 1
    for (let j = start; j < Math.min(first, start + 4); j++) {
      if (tokens[j].text.toLowerCase() === 'that') {
        start = j + 1
        break
      }
    }
    return start <= first ? start : i + 1
  }
  return from
}

function breaksClause(token: Token): boolean {
  return token.kind === 'quote' || ((token.kind === 'punct' || token.kind === 'symbol') && CLAUSE_BREAKS.has(token.text))
}

/** Words that open a condition: its clause and the consequence after the comma make one warning. */
const CONDITIONS = new Set(['if', 'unless'])

const isComma = (t: Token | undefined) => t !== undefined && t.kind === 'punct' && t.text === ','
const opensCondition = (t: Token | undefined) => t !== undefined && CONDITIONS.has(t.text.toLowerCase())

/** The end of the clause that starts at `from`: the next break or line start. */
function clauseEnd(tokens: readonly Token[], from: number): number {
  let to = from
  while (to < tokens.length && !breaksClause(tokens[to]) && !tokens[to].lineStart) to++
  return to
}

/** The start of the clause that ends right before `to`: after the previous break, at a line start. */
function clauseStart(tokens: readonly Token[], to: number): number {
  let from = to
  while (from > 0 && !breaksClause(tokens[from - 1]) && !tokens[from].lineStart) from--
  return from
}

/**
 * Widens a run of tokens `first`..`last` (exclusive) to the clause around it: left to the previous
 * comma, semicolon, dash, quote mark or sentence start, but not before a reporting frame ("the
 * minister said that"), and right to the next break. A condition and its consequence are one clause:
 * "If nothing is done, violence will spread" is whole whichever half holds the run. Punctuation
 * inside the run stays; none is added at either edge.
 *
 * @example
 * // "Frankly, there is no alternative but war." with the run "there is no alternative"
 * clauseAround(tokens, 2, 6) // [2, 8]: "there is no alternative but war"
 */
export function clauseAround(tokens: readonly Token[], first: number, last: number): [number, number] {
  let from = afterReportingFrame(tokens, clauseStart(tokens, first), first)
  let to = clauseEnd(tokens, last)
  if (opensCondition(tokens[from]) && isComma(tokens[to]) && to + 1 < tokens.length && !tokens[to + 1].lineStart) {
    to = clauseEnd(tokens, to + 1)
  } else if (from >= 2 && isComma(tokens[from - 1]) && !tokens[from].lineStart) {
    const condition = afterReportingFrame(tokens, clauseStart(tokens, from - 1), from - 1)
    if (opensCondition(tokens[condition])) from = condition
  }
  return [from, to]
}
