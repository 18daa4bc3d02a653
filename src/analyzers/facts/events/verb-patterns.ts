import type { Token } from '../../../text/types.ts'
import { PREPOSITIONS } from './function-words.ts'
import type { MentionIndex } from './mentions.ts'
import type { CompiledBlock, CompiledElement, CompiledGroup, CompiledPattern, WordSequence } from './verb-dictionary.ts'

/** The patterns of a block by the words that may begin what follows a verb (see WordType.patternsAfter). */
export type PatternsByBlock = ReadonlyMap<CompiledBlock, readonly CompiledPattern[]>

function withUnindexed(found: CompiledPattern[] | null, block: CompiledBlock, patterns: readonly CompiledPattern[]): CompiledPattern[] {
  const out = found ?? [...block.unindexed]
  for (const pattern of patterns) out.push(pattern)
  return out
}

/**
 * The patterns that may fit, most specific first (by rank; a pattern may come twice): those whose first
 * word occurs in the five tokens after the verb, and those with no first word.
 */
function candidatePatterns(block: CompiledBlock, scope: PatternScope, verbEnd: number): readonly CompiledPattern[] {
  let found: CompiledPattern[] | null = null
  const last = Math.min(scope.clauseEnd, verbEnd + 5)
  for (let k = verbEnd; k < last; k++) {
    if (scope.words) {
      const patterns = scope.words[k].patternsAfter?.get(block)
      if (patterns) found = withUnindexed(found, block, patterns)
      continue
    }
    for (const key of scope.keys(k)) {
      const patterns = block.byFirstWord.get(key)
      if (patterns) found = withUnindexed(found, block, patterns)
    }
  }
  if (!found) return block.unindexed
  return sortByRank(found)
}

/** Sorts a few patterns by rank, in place (an insertion sort: the lists are short). */
function sortByRank(patterns: CompiledPattern[]): CompiledPattern[] {
  for (let k = 1; k < patterns.length; k++) {
    const pattern = patterns[k]
    let j = k - 1
    while (j >= 0 && patterns[j].rank > pattern.rank) {
      patterns[j + 1] = patterns[j]
      j--
    }
    patterns[j + 1] = pattern
  }
  return patterns
}

/** Where a pattern may look: the clause's tokens, lower-cased, and its entity mentions. */
export interface PatternScope {
  tokens: readonly Token[]
  lower: readonly string[]
  /** the dictionary words token i may stand for (see lookupKeys) */
  keys: (i: number) => readonly string[]
  mentions: MentionIndex
  clauseStart: number
  clauseEnd: number
  /**
   * The tokens' word types, when the caller has them at hand: for token k, `patternsAfter` holds the
   * patterns of every block whose first word it may stand for, what `keys` and each block's
   * `byFirstWord` give.
   */
  words?: readonly { readonly patternsAfter: PatternsByBlock | null }[]
}

export interface PatternMatch {
  pattern: CompiledPattern
  /** token index of the entity the pattern marks as source ('$'), if any */
  source?: number
  /** token index of the entity the pattern marks as target ('+'), if any */
  target?: number
  /** first and one-past-last token the pattern covered, verb included */
  start: number
  end: number
}

/** True when `token` is `word` plus one of the regular suffixes -s, -es, -ed, -d, -ing, 's, ’s. */
function isRegularInflection(token: string, word: string): boolean {
  if (!token.startsWith(word)) return false
  switch (token.length - word.length) {
    case 1:
      return token.endsWith('s') || token.endsWith('d')
    case 2:
      return token.endsWith('es') || token.endsWith('ed') || token.endsWith("'s") || token.endsWith('’s')
    case 3:
      return token.endsWith('ing')
    default:
      return false
  }
}

/** True when `token` is `word` without its last letter, followed by `suffix` ("rais" + "ing", "stud" + "ies"). */
function replacesLastLetter(token: string, word: string, suffix: string): boolean {
  const stem = word.length - 1
  if (token.length !== stem + suffix.length || !token.endsWith(suffix)) return false
  for (let c = 0; c < stem; c++) if (token.charCodeAt(c) !== word.charCodeAt(c)) return false
  return true
}

/** A dictionary word matches itself and its regular inflections unless it is marked exact. */
export function wordMatches(token: string, word: string, exact: boolean): boolean {
  if (token === word) return true
  if (exact) return false
  if (isRegularInflection(token, word)) return true
  if (word.endsWith('e')) return replacesLastLetter(token, word, 'ing')
  if (word.endsWith('y')) return replacesLastLetter(token, word, 'ies') || replacesLastLetter(token, word, 'ied')
  return false
}

function isBarrier(token: Token): boolean {
  return token.kind === 'punct' && token.text !== '-' && token.text !== '(' && token.text !== ')'
}

/** Where a pattern placed its source ('$') and target ('+') entities: token indices, -1 for none. */
interface Bindings {
  source: number
  target: number
}

function sequenceEnd(scope: PatternScope, seq: WordSequence, i: number): number {
  if (i + seq.words.length > scope.clauseEnd) return -1
  for (let k = 0; k < seq.words.length; k++) if (!wordMatches(scope.lower[i + k], seq.words[k], seq.exact[k])) return -1
  return i + seq.words.length
}

function wordsEnd(scope: PatternScope, byFirst: ReadonlyMap<string, WordSequence[]>, i: number): number {
  let best = -1
  for (const key of scope.keys(i)) {
    const sequences = byFirst.get(key)
    if (sequences) for (const seq of sequences) best = Math.max(best, sequenceEnd(scope, seq, i))
  }
  return best
}

function elementEnd(scope: PatternScope, element: CompiledElement, i: number, bindings: Bindings): number {
  if (i >= scope.clauseEnd) return -1
  if (element.kind === 'slot') {
    const mention = scope.mentions.at(i)
    if (!mention || mention.tokenStart !== i) return -1
    bindings[element.role] = i
    return Math.min(mention.tokenEnd, scope.clauseEnd)
  }
  if (element.kind === 'skip') return -1
  return wordsEnd(scope, element.byFirst, i)
}

/** Matches elements[k…last) from token i; `gap` tokens may be skipped before the first one. */
function elementsEnd(scope: PatternScope, elements: CompiledElement[], k: number, i: number, gap: number, bindings: Bindings, last = elements.length): number {
  if (k === last) return i
  const element = elements[k]
  if (element.kind === 'skip') {
    for (let length = 1; length <= 4 && i + length <= scope.clauseEnd; length++) {
      if (isBarrier(scope.tokens[i + length - 1])) break
      const end = elementsEnd(scope, elements, k + 1, i + length, 0, bindings, last)
      if (end >= 0) return end
    }
    return -1
  }
  for (let s = i; s <= i + gap && s < scope.clauseEnd; s++) {
    if (s > i && isBarrier(scope.tokens[s - 1])) break
    const end = elementEnd(scope, element, s, bindings)
    if (end >= 0) {
      const rest = elementsEnd(scope, elements, k + 1, end, 0, bindings, last)
      if (rest >= 0) return rest
      if (element.kind === 'slot') bindings[element.role] = -1
    }
  }
  return -1
}

function groupEnd(scope: PatternScope, group: CompiledGroup, i: number, bindings: Bindings): number {
  if (group.kind !== 'pp') return elementsEnd(scope, group.elements, 0, i, 0, bindings)
  const afterPreposition = elementsEnd(scope, group.elements, 0, i, 0, bindings, 1)
  if (afterPreposition < 0) return -1
  // A prepositional phrase may have a determiner or adjectives before its noun: "(IN COURT)" ~ "in a military court".
  return elementsEnd(scope, group.elements, 1, afterPreposition, 3, bindings)
}

/**
 * Words a pattern may step over to reach its next group: determiners, numbers, adjectives, a name
 * ("demanded that the United States release"), but no preposition: in "attacked Trump over his tax plan"
 * the plan is not what was attacked.
 */
function isSkippable(scope: PatternScope, k: number): boolean {
  return !isBarrier(scope.tokens[k]) && !PREPOSITIONS.has(scope.lower[k])
}

function matchAfter(scope: PatternScope, groups: CompiledGroup[], from: number, bindings: Bindings): number {
  let position = from
  for (let g = 0; g < groups.length; g++) {
    const gap = g === 0 ? 4 : 3
    let found = -1
    for (let s = position; s <= position + gap && s < scope.clauseEnd; s++) {
      if (s > position && !isSkippable(scope, s - 1)) break
      found = groupEnd(scope, groups[g], s, bindings)
      if (found >= 0) break
    }
    if (found < 0) return -1
    position = found
  }
  return position
}

function matchBefore(scope: PatternScope, groups: CompiledGroup[], until: number, bindings: Bindings): number {
  let limit = until
  for (let g = groups.length - 1; g >= 0; g--) {
    let found = -1
    for (let s = limit - 1; s >= scope.clauseStart && s >= limit - 8; s--) {
      if (isBarrier(scope.tokens[s])) break
      const end = groupEnd(scope, groups[g], s, bindings)
      if (end >= 0 && end <= limit && limit - end <= 3) {
        found = s
        break
      }
    }
    if (found < 0) return -1
    limit = found
  }
  return limit
}

/**
 * Finds the most specific pattern of a verb block that fits around the verb at tokens
 * [verbStart, verbEnd), among the patterns written for this verb (or for no verb in particular): the
 * one asking for the most words, then the one written for the fewest verbs, then the one listed first.
 * Patterns are tried in that order (see CompiledPattern.rank), so the first that fits is the one.
 *
 * @example
 * bestPattern(block, 'deploy', scope, 4, 5) // the '- * &MILITARY [154] # DEPLOY' pattern for "deployed troops"
 */
export function bestPattern(block: CompiledBlock, lemma: string, scope: PatternScope, verbStart: number, verbEnd: number): PatternMatch | null {
  let tried: CompiledPattern | null = null
  for (const pattern of candidatePatterns(block, scope, verbEnd)) {
    if (pattern === tried) continue
    tried = pattern
    // A pattern serves the verbs it was written for: "(OVER PLAN)" was written for "clash", and "attacked
    // Trump over his tax plan" is no rejected plan. Patterns with no recorded verb serve the whole block.
    if (pattern.origin.size > 0 && !pattern.origin.has(lemma)) continue
    const bindings: Bindings = { source: -1, target: -1 }
    const start = pattern.pre.length ? matchBefore(scope, pattern.pre, verbStart, bindings) : verbStart
    if (start < 0) continue
    const end = pattern.post.length ? matchAfter(scope, pattern.post, verbEnd, bindings) : verbEnd
    if (end < 0) continue
    const match: PatternMatch = { pattern, start, end }
    if (bindings.source >= 0) match.source = bindings.source
    if (bindings.target >= 0) match.target = bindings.target
    return match
  }
  return null
}
