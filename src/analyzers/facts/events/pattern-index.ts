import type { VerbFormKind } from '../../../knowledge/cameo/verb-forms.ts'
import type { EventPattern } from './event-patterns.ts'
import { inflect } from './inflections.ts'

export interface Phrase<T> {
  words: string[]
  value: T
}

export interface VerbEntry {
  lemma: string
  kind: VerbFormKind
  pattern?: EventPattern
  /** the pattern's objects, split into words; '@entity' stays one word */
  objects?: string[][]
}

/** The hand-written patterns indexed by first word. */
export interface EventPatternIndex {
  nouns: ReadonlyMap<string, Phrase<EventPattern[]>[]>
  governors: ReadonlyMap<string, Phrase<VerbEntry>[]>
  verbs: ReadonlyMap<string, Phrase<VerbEntry>[]>
  occurrences: ReadonlyMap<string, Phrase<VerbEntry>[]>
}

/** Verbs that, after an event noun, report that it happened: "the drills began", "strikes hit …". */
const OCCURRENCE_VERBS = [
  'take place', 'begin', 'start', 'end', 'conclude', 'continue', 'resume', 'kick off', 'get under way', 'intensify', 'hit',
  'kill', 'strike', 'target', 'destroy', 'damage', 'wound', 'injure', 'erupt', 'break out', 'spread', 'involve', 'leave',
]

function add<T>(map: Map<string, Phrase<T>[]>, text: string, value: T) {
  const words = text.split(' ')
  const list = map.get(words[0]) ?? []
  list.push({ words, value })
  map.set(words[0], list)
}

/**
 * Indexes the hand-written patterns: their nouns, the verbs that govern them, and the verbs that
 * report an event by themselves.
 *
 * @example
 * const index = compileEventPatterns(EVENT_PATTERNS)
 */
export function compileEventPatterns(patterns: readonly EventPattern[]): EventPatternIndex {
  const nounPatterns = new Map<string, EventPattern[]>()
  const governors = new Map<string, Phrase<VerbEntry>[]>()
  const verbs = new Map<string, Phrase<VerbEntry>[]>()
  const occurrences = new Map<string, Phrase<VerbEntry>[]>()
  const governorLemmas = new Set<string>()
  for (const pattern of patterns) {
    for (const noun of pattern.nouns ?? []) nounPatterns.set(noun, [...(nounPatterns.get(noun) ?? []), pattern])
    for (const lemma of pattern.with ?? []) governorLemmas.add(lemma)
    const objects = pattern.objects?.map((o) => o.split(' '))
    for (const lemma of pattern.verbs ?? []) for (const { form, kind } of inflect(lemma)) add(verbs, form, { lemma, kind, pattern, objects })
  }
  for (const lemma of governorLemmas) for (const { form, kind } of inflect(lemma)) add(governors, form, { lemma, kind })
  for (const lemma of OCCURRENCE_VERBS) for (const { form, kind } of inflect(lemma)) add(occurrences, form, { lemma, kind })
  const nouns = new Map<string, Phrase<EventPattern[]>[]>()
  for (const [noun, list] of nounPatterns) add(nouns, noun, list)
  for (const map of [nouns, governors, verbs, occurrences] as Map<string, Phrase<unknown>[]>[]) {
    for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length)
  }
  return { nouns, governors, verbs, occurrences }
}

/** The longest phrase of the map that starts at token i and ends by `end`. */
export function phraseAt<T>(map: ReadonlyMap<string, Phrase<T>[]>, lower: readonly string[], i: number, end: number): Phrase<T> | undefined {
  for (const phrase of map.get(lower[i]) ?? []) {
    if (i + phrase.words.length > end) continue
    let ok = true
    for (let k = 1; k < phrase.words.length && ok; k++) ok = lower[i + k] === phrase.words[k]
    if (ok) return phrase
  }
  return undefined
}

