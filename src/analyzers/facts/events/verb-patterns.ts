import type { Token } from '../../../text/types.ts'
import { PREPOSITIONS } from './function-words.ts'
import type { MentionIndex } from './mentions.ts'
import type { CompiledBlock, CompiledElement, CompiledGroup, CompiledPattern, ServingPatterns, WordSequence } from './verb-dictionary.ts'
import { hasFirstWord, MAX_KEYS } from './word-types.ts'

function withUnindexed(found: CompiledPattern[] | null, unindexed: readonly CompiledPattern[], patterns: readonly CompiledPattern[]): CompiledPattern[] {
  const out = found ?? [...unindexed]
  for (const pattern of patterns) out.push(pattern)
  return out
}

/**
 * The patterns that may fit, most specific first (by rank; a pattern may come twice): those whose first
 * word occurs in the five tokens after the verb, and `unindexed`, those with no first word.
 */
function candidatePatterns(block: CompiledBlock, unindexed: readonly CompiledPattern[], scope: PatternScope, verbEnd: number): readonly CompiledPattern[] {
  let found: CompiledPattern[] | null = null
  const last = Math.min(scope.clauseEnd, verbEnd + 5)
  for (let k = verbEnd; k < last; k++) {
    for (const key of scope.keys(k)) {
      const patterns = block.byFirstWord.get(key)
      if (patterns) found = withUnindexed(found, unindexed, patterns)
    }
  }
  if (!found) return unindexed
  return sortByRank(found)
}

/**
 * Like candidatePatterns, for one verb whose serving patterns are at hand: each token's first words
 * are read from the scope's table and looked up by number, and every candidate serves the verb.
 */
function servingCandidates(indexed: ServingPatterns, unindexed: readonly CompiledPattern[], scope: PatternScope, table: Int32Array, row: (i: number) => number, verbEnd: number): readonly CompiledPattern[] {
  let found: CompiledPattern[] | null = null
  const last = Math.min(scope.clauseEnd, verbEnd + 5)
  const bits = indexed.firstWords
  for (let k = verbEnd; k < last; k++) {
    const from = row(k)
    for (let j = from; j < from + MAX_KEYS; j++) {
      const n = table[j]
      if (n < 0) break
      if (bits[n >>> 5] & (1 << (n & 31))) found = withUnindexed(found, unindexed, indexed.byFirstWord.get(n)!)
    }
  }
  if (!found) return unindexed
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
  /** the tokens' first words, when the caller has them at hand (see DocumentWords.firstWordTable) */
  firstWordTable?: Int32Array
  firstWordRow?: (i: number) => number
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

function wordsEnd(scope: PatternScope, element: CompiledElement & { kind: 'words' }, i: number): number {
  // Most tokens begin none of the element's sequences, which their first words tell at once.
  if (scope.firstWordTable && !hasFirstWord(scope.firstWordTable, scope.firstWordRow!(i), element.firstWords)) return -1
  let best = -1
  for (const key of scope.keys(i)) {
    const sequences = element.byFirst.get(key)
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
  return wordsEnd(scope, element, i)
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
 * `unindexed` may narrow the block's unindexed patterns to those serving the verb (VerbFormEntry.unindexed),
 * and `indexed`, the block's indexed patterns serving it (VerbFormEntry.indexed), spares looking the
 * others up when the scope's first words are at hand; `unindexed` must then hold only patterns serving it.
 *
 * @example
 * bestPattern(block, 'deploy', scope, 4, 5) // the '- * &MILITARY [154] # DEPLOY' pattern for "deployed troops"
 */
export function bestPattern(
  block: CompiledBlock,
  lemma: string,
  scope: PatternScope,
  verbStart: number,
  verbEnd: number,
  unindexed: readonly CompiledPattern[] = block.unindexed,
  indexed?: ServingPatterns,
): PatternMatch | null {
  const serving = indexed !== undefined && scope.firstWordTable !== undefined
  const candidates = serving ? servingCandidates(indexed, unindexed, scope, scope.firstWordTable!, scope.firstWordRow!, verbEnd) : candidatePatterns(block, unindexed, scope, verbEnd)
  let tried: CompiledPattern | null = null
  for (const pattern of candidates) {
    if (pattern === tried) continue
    tried = pattern
    // A pattern serves the verbs it was written for: "(OVER PLAN)" was written for "clash", and "attacked
    // Trump over his tax plan" is no rejected plan. Patterns with no recorded verb serve the whole block.
    if (!serving && !pattern.anyVerb && !pattern.origin.has(lemma)) continue
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
