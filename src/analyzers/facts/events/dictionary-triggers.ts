import { TRIGGER_WORD, type TriggerScope } from './pattern-triggers.ts'
import type { Trigger } from './trigger.ts'
import type { CompiledBlock, VerbDictionary } from './verb-dictionary.ts'
import { bestPattern, type PatternMatch } from './verb-patterns.ts'
import { readsAsVerb, type VerbReading } from './verb-use.ts'

const KIND_SLOT = { base: 0, s: 1, ed: 2, ing: 3 } as const

interface Reading {
  end: number
  passive: boolean
  lemma: string
  block: CompiledBlock
  match: PatternMatch | null
  /** the verb's own code when no pattern matched */
  code: string | null
}

function better(a: Reading, b: Reading | null): boolean {
  if (!b) return true
  const wa = a.match ? a.match.pattern.weight : 0
  const wb = b.match ? b.match.pattern.weight : 0
  if (wa !== wb) return wa > wb
  if (a.end !== b.end) return a.end > b.end
  return (a.code !== null || !!a.match) && b.code === null && !b.match
}

const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we'])

function firstPossibleActor(scope: TriggerScope): number {
  const { clause, lower, mentions } = scope
  const named = mentions.within(clause.tokenStart, clause.tokenEnd)[0]?.tokenStart ?? clause.tokenEnd
  for (let k = clause.tokenStart; k < named; k++) if (PRONOUNS.has(lower[k])) return k
  return named
}

/**
 * Finds the verbs of the PETRARCH dictionary in one clause and codes each with its most specific
 * pattern, or the verb's own code when none fits. A pattern coded `[---]` (e.g. "fight corruption")
 * silences the verb. Skips tokens other rules have used, and marks the verbs it codes as used.
 *
 * @example
 * findDictionaryTriggers(dictionary, scope).map((t) => t.code) // ['112'] for "Moscow accused Kyiv of …"
 */
export function findDictionaryTriggers(dictionary: VerbDictionary, scope: TriggerScope): Trigger[] {
  const out: Trigger[] = []
  const { clause, lower, claimed, tokens, mentions } = scope
  const patternScope = { tokens, lower, keys: scope.keys, mentions, clauseStart: clause.tokenStart, clauseEnd: clause.tokenEnd }
  const readings: (VerbReading | null | undefined)[] = [undefined, undefined, undefined, undefined]
  // A dictionary verb codes an event only with a named actor: one named or pronouned before it, or a
  // passive's "by X" after it. Verbs with neither are not worth matching against their patterns.
  const firstActor = firstPossibleActor(scope)
  let lastBy = -1
  for (let k = clause.tokenStart; k < clause.tokenEnd; k++) if (lower[k] === 'by') lastBy = k
  for (let i = clause.tokenStart; i < clause.tokenEnd; i++) {
    if (claimed[i] || !(scope.starts[i] & TRIGGER_WORD.dictionaryVerb) || (i <= firstActor && lastBy <= i)) continue
    const entries = dictionary.forms.get(lower[i])
    if (!entries) continue
    let best: Reading | null = null
    readings.fill(undefined)
    for (const entry of entries) {
      const end = i + entry.words.length
      const { block, verb } = entry
      if (end > clause.tokenEnd) continue
      let fits = true
      for (let k = 1; k < entry.words.length && fits; k++) fits = lower[i + k] === entry.words[k] && !claimed[i + k]
      if (!fits) continue
      const slot = KIND_SLOT[entry.kind]
      if (readings[slot] === undefined) readings[slot] = readsAsVerb(tokens, i, entry.kind, mentions, clause.tokenStart)
      const reading = readings[slot]
      if (!reading) continue
      const match = bestPattern(block, verb.lemma, patternScope, i, end)
      if (!match && verb.code === null) continue
      const candidate: Reading = { end, passive: reading.passive, lemma: verb.lemma, block, match, code: verb.code }
      if (better(candidate, best)) best = candidate
    }
    if (!best) continue
    const pattern = best.match?.pattern
    const code = pattern ? (pattern.code ?? pattern.reverse) : best.code
    claimed.fill(1, i, best.end)
    if (code === null) {
      i = best.end - 1
      continue
    }
    out.push({
      source: 'dictionary',
      code,
      clause,
      tokenStart: i,
      tokenEnd: best.end,
      headStart: i,
      tailEnd: best.match ? Math.max(best.end, best.match.end) : best.end,
      passive: best.passive,
      nominal: false,
      reversed: !!pattern && pattern.code === null,
      boundSource: best.match?.source,
      boundTarget: best.match?.target,
      specific: !!pattern,
      baseConfidence: pattern ? 0.7 : 0.55,
      rule: `petrarch:${best.block.name}`,
      claimed: [[i, best.end]],
    })
    i = best.end - 1
  }
  return out
}
