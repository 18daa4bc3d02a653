import type { PatternElement, PatternGroup, PetrarchVerbDictionary } from '../../../knowledge/cameo/petrarch-verbs.ts'
import type { VerbFormKind } from '../../../knowledge/cameo/verb-forms.ts'

/** A word sequence from the dictionary; `exact[k]` forbids inflections of word k. */
export interface WordSequence {
  words: string[]
  exact: boolean[]
}

/**
 * A word element: its sequences by first word, so that a token finds its candidates in one lookup, and
 * those first words as a bit set over their numbers in `VerbDictionary.firstWords`, so that most tokens
 * are turned down without one.
 */
export type CompiledElement =
  | { kind: 'words'; byFirst: ReadonlyMap<string, WordSequence[]>; firstWords: Uint32Array }
  | { kind: 'slot'; role: 'source' | 'target' }
  | { kind: 'skip' }

export interface CompiledGroup {
  kind: 'single' | 'np' | 'pp'
  elements: CompiledElement[]
}

export interface CompiledPattern {
  pre: CompiledGroup[]
  post: CompiledGroup[]
  code: string | null
  reverse: string | null
  origin: ReadonlySet<string>
  /** true when `origin` is empty: the pattern serves every verb of its block */
  anyVerb: boolean
  /** how many words the pattern asks for: more words, more specific */
  weight: number
  order: number
  /**
   * Its place in the block when the most specific comes first: more words, then written for some verbs
   * rather than for all, then for fewer verbs, then listed first. For a verb the pattern serves, the best
   * fitting pattern is the one of lowest rank.
   */
  rank: number
}

export interface CompiledVerb {
  lemma: string
  /** the code when no pattern matches; null: no event */
  code: string | null
}

export interface CompiledBlock {
  name: string
  verbs: CompiledVerb[]
  patterns: CompiledPattern[]
  /** patterns by a word their first group after the verb starts with */
  byFirstWord: ReadonlyMap<string, CompiledPattern[]>
  /** patterns that cannot be found by a first word (nothing after the verb, or an actor slot first), by rank */
  unindexed: CompiledPattern[]
}

export interface VerbFormEntry {
  words: string[]
  /** how many words: `words.length` */
  size: number
  kind: VerbFormKind
  block: CompiledBlock
  verb: CompiledVerb
  /** the block's unindexed patterns that serve this verb, by rank */
  unindexed: CompiledPattern[]
  /** the block's indexed patterns that serve this verb */
  indexed: ServingPatterns
}

/** The indexed patterns of a block that serve one verb, by the number of their first word (VerbDictionary.firstWords). */
export interface ServingPatterns {
  /** the numbers of the first words, as a bit set: no such word after the verb, no such pattern can fit */
  firstWords: Uint32Array
  byFirstWord: ReadonlyMap<number, readonly CompiledPattern[]>
}

/** The PETRARCH verb dictionary ready for matching: forms by their first word, patterns compiled. */
export interface VerbDictionary {
  forms: ReadonlyMap<string, readonly VerbFormEntry[]>
  blocks: readonly CompiledBlock[]
  /** every block's `byFirstWord`, by the word first: word → block → patterns */
  patternsByFirstWord: ReadonlyMap<string, ReadonlyMap<CompiledBlock, readonly CompiledPattern[]>>
  /** every word a sequence of a pattern begins with, numbered (0, 1, 2 …) for the bit sets of elements and ServingPatterns */
  firstWords: ReadonlyMap<string, number>
}

function sequence(text: string): WordSequence {
  const words: string[] = []
  const exact: boolean[] = []
  const parts = text.split('_')
  parts.forEach((part, k) => {
    if (part === '') {
      if (k === parts.length - 1 && exact.length) exact[exact.length - 1] = true
      return
    }
    words.push(part.toLowerCase())
    exact.push(false)
  })
  return { words, exact }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function wordsElement(texts: string[]): CompiledElement {
  const byFirst = new Map<string, WordSequence[]>()
  for (const seq of texts.map(sequence)) if (seq.words.length > 0) push(byFirst, seq.words[0], seq)
  // The bit set is filled once every element is compiled and the first words are numbered.
  return { kind: 'words', byFirst, firstWords: new Uint32Array(0) }
}

/** A bit set over `size` numbers with these set. */
function bitSet(size: number, numbers: Iterable<number>): Uint32Array {
  const bits = new Uint32Array((size + 31) >>> 5)
  for (const n of numbers) bits[n >>> 5] |= 1 << (n & 31)
  return bits
}

function compileElement(element: PatternElement, synsets: Record<string, string[]>, unknown: Set<string>): CompiledElement {
  if (element === '$' || element === '%') return { kind: 'slot', role: 'source' }
  if (element === '+') return { kind: 'slot', role: 'target' }
  if (element === '^') return { kind: 'skip' }
  if (element.startsWith('&')) {
    const members = synsets[element.slice(1)]
    if (!members) unknown.add(element)
    return wordsElement(members ?? [])
  }
  return wordsElement(/^[a-z'-]+(\/[a-z'-]+)+$/.test(element) ? element.split('/') : [element])
}

/** Compiles each distinct element once: a synonym set is used by hundreds of patterns. */
function elementCompiler(synsets: Record<string, string[]>, unknown: Set<string>): { compile: (element: PatternElement) => CompiledElement; compiled: () => Iterable<CompiledElement> } {
  const compiled = new Map<PatternElement, CompiledElement>()
  return {
    compile: (element) => {
      let found = compiled.get(element)
      if (!found) compiled.set(element, (found = compileElement(element, synsets, unknown)))
      return found
    },
    compiled: () => compiled.values(),
  }
}

const INFLECTIONS: [suffix: string, replacement: string][] = [
  ['s', ''],
  ['es', ''],
  ['ed', ''],
  ['d', ''],
  ['ing', ''],
  ['ing', 'e'],
  ["'s", ''],
  ['’s', ''],
  ['ies', 'y'],
  ['ied', 'y'],
]

/**
 * The dictionary words a token may stand for: itself, and its stem without a regular inflection.
 *
 * @example
 * lookupKeys('troops') // ['troops', 'troop']
 */
export function lookupKeys(token: string): string[] {
  const keys = [token]
  for (const [suffix, replacement] of INFLECTIONS) {
    if (token.length > suffix.length + 1 && token.endsWith(suffix)) keys.push(token.slice(0, -suffix.length) + replacement)
  }
  return keys
}

/** Sets each pattern's rank: most words first, then patterns written for some verbs, for fewer verbs, listed first. */
function rankPatterns(patterns: CompiledPattern[]): void {
  const ranked = [...patterns].sort(
    (a, b) => b.weight - a.weight || Number(b.origin.size > 0) - Number(a.origin.size > 0) || a.origin.size - b.origin.size || a.order - b.order,
  )
  ranked.forEach((pattern, rank) => (pattern.rank = rank))
}

function compileGroups(groups: PatternGroup[], element: (e: PatternElement) => CompiledElement): CompiledGroup[] {
  return groups.map((group) => {
    if (typeof group === 'string') return { kind: 'single', elements: [element(group)] }
    if ('np' in group) return { kind: 'np', elements: group.np.map(element) }
    return { kind: 'pp', elements: group.pp.map(element) }
  })
}

function weightOf(groups: CompiledGroup[]): number {
  let weight = 0
  for (const group of groups) for (const element of group.elements) if (element.kind !== 'skip') weight++
  return weight
}

/**
 * The dictionary verbs whose block code holds without a pattern: verbs that name a political act by
 * themselves ("accused", "shelled", "arrested", "visited"). Every other verb of the dictionary (its
 * WordNet synonyms such as "want" → 030, "see" → 010, "beat" → 190, "lead" → 060, "link" → 060,
 * "going to" → 040) codes an event only through one of its patterns.
 */
const TRUSTED_DEFAULT_VERBS = new Set([
  'accuse', 'blame', 'condemn', 'denounce', 'criticize', 'criticise', 'rebuke', 'reprimand', 'deplore', 'praise', 'hail', 'commend',
  'applaud', 'congratulate', 'welcome', 'thank', 'endorse', 'apologize', 'apologise', 'forgive', 'threaten', 'warn', 'demand',
  'appeal', 'ask for', 'invite', 'visit', 'host', 'meet', 'discuss', 'consult', 'confer', 'telephone', 'phone', 'agree', 'cooperate',
  'collaborate', 'support', 'recognize', 'recognise', 'veto', 'boycott', 'expel', 'deport', 'arrest', 'detain', 'jail', 'imprison',
  'prosecute', 'sue', 'indict', 'convict', 'sentence', 'kidnap', 'abduct', 'torture', 'kill', 'murder', 'assassinate', 'massacre',
  'bomb', 'shell', 'bombard', 'attack', 'strike', 'assault', 'invade', 'occupy', 'annex', 'besiege', 'blockade', 'raid', 'ambush', 'shoot',
  'shoot down', 'gun down', 'fight', 'clash', 'battle', 'retaliate', 'destroy', 'wipe out', 'blow up', 'seize', 'capture',
  'confiscate', 'loot', 'stab', 'rape', 'hijack', 'behead', 'protest', 'demonstrate', 'riot', 'mobilize', 'mobilise', 'patrol',
  'evacuate', 'rescue', 'donate', 'finance', 'lend', 'free', 'pardon', 'acquit', 'exonerate', 'investigate', 'probe', 'inspect',
  'spy', 'extradite', 'rebuff', 'snub', 'mock', 'disrupt', 'undermine', 'betray', 'secede', 'ban', 'prohibit', 'censor', 'punish',
  'suppress', 'crack down', 'call off', 'fine', 'surrender', 'retreat', 'pledge', 'promise', 'oppose', 'complain', 'lament', 'regret',
])

/** A pattern serves the verbs it was written for, or the whole block when it records none. */
function serves(pattern: CompiledPattern, lemma: string): boolean {
  return pattern.anyVerb || pattern.origin.has(lemma)
}

/**
 * Compiles the verb blocks of the CAMEO model for matching. A pattern naming a synonym set the
 * dictionary lacks can never match (its set is empty). Only the trusted verbs keep their default code,
 * and verb forms that can never code an event (no code, and no pattern of their block serves them)
 * are left out of the form index.
 *
 * @example
 * const dictionary = compileVerbDictionary(loadCameoModel().verbs)
 * dictionary.forms.get('deployed')?.[0].kind // 'ed'
 */
export function compileVerbDictionary(source: Pick<PetrarchVerbDictionary, 'synsets' | 'blocks'>): VerbDictionary {
  const forms = new Map<string, VerbFormEntry[]>()
  const unknown = new Set<string>()
  const elements = elementCompiler(source.synsets, unknown)
  const element = elements.compile
  const blocks: CompiledBlock[] = source.blocks.map((block) => {
    const verbs: CompiledVerb[] = block.verbs.map((verb) => ({
      lemma: verb.lemma,
      code: !TRUSTED_DEFAULT_VERBS.has(verb.lemma) ? null : verb.code === undefined ? block.code : verb.code,
    }))
    const patterns = block.patterns.map((p, order) => {
      const pre = compileGroups(p.pre, element)
      const post = compileGroups(p.post, element)
      const origin = new Set(p.origin)
      return { pre, post, code: p.code, reverse: p.reverse, origin, anyVerb: origin.size === 0, weight: weightOf(pre) + weightOf(post), order, rank: 0 }
    })
    rankPatterns(patterns)
    const byFirstWord = new Map<string, CompiledPattern[]>()
    const unindexed: CompiledPattern[] = []
    for (const pattern of patterns) {
      const first = pattern.post[0]?.elements[0]
      if (!first || first.kind !== 'words') {
        unindexed.push(pattern)
        continue
      }
      for (const word of first.byFirst.keys()) push(byFirstWord, word, pattern)
    }
    unindexed.sort((a, b) => a.rank - b.rank)
    return { name: block.name, verbs, patterns, byFirstWord, unindexed }
  })
  const patternsByFirstWord = new Map<string, Map<CompiledBlock, CompiledPattern[]>>()
  for (const block of blocks) {
    for (const [word, patterns] of block.byFirstWord) {
      let byBlock = patternsByFirstWord.get(word)
      if (!byBlock) patternsByFirstWord.set(word, (byBlock = new Map()))
      byBlock.set(block, patterns)
    }
  }
  const firstWords = new Map<string, number>()
  for (const compiled of elements.compiled()) {
    if (compiled.kind !== 'words') continue
    for (const word of compiled.byFirst.keys()) if (!firstWords.has(word)) firstWords.set(word, firstWords.size)
  }
  for (const compiled of elements.compiled()) {
    if (compiled.kind === 'words') compiled.firstWords = bitSet(firstWords.size, [...compiled.byFirst.keys()].map((word) => firstWords.get(word)!))
  }
  /** The indexed patterns of a block that serve a verb. */
  const servingPatterns = (block: CompiledBlock, lemma: string): ServingPatterns => {
    const byFirstWord = new Map<number, CompiledPattern[]>()
    for (const [word, patterns] of block.byFirstWord) {
      const serving = patterns.filter((p) => serves(p, lemma))
      if (serving.length > 0) byFirstWord.set(firstWords.get(word)!, serving)
    }
    return { firstWords: bitSet(firstWords.size, byFirstWord.keys()), byFirstWord }
  }
  const seen = new Set<string>()
  source.blocks.forEach((block, b) => {
    const compiled = blocks[b]
    block.verbs.forEach((verb, v) => {
      const { lemma, code } = compiled.verbs[v]
      if (code === null && !compiled.patterns.some((p) => serves(p, lemma))) return
      const unindexed = compiled.unindexed.filter((p) => serves(p, lemma))
      const indexed = servingPatterns(compiled, lemma)
      for (const kind of ['base', 's', 'ed', 'ing'] as const) {
        for (const form of verb.forms[kind]) {
          const key = `${b} ${v} ${form}`
          if (seen.has(key)) continue
          seen.add(key)
          const words = form.split(' ')
          push(forms, words[0], { words, size: words.length, kind, block: compiled, verb: compiled.verbs[v], unindexed, indexed })
        }
      }
    })
  })
  return { forms, blocks, patternsByFirstWord, firstWords }
}
