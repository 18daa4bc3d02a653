import type { PatternElement, PatternGroup, PetrarchVerbDictionary } from '../../../knowledge/cameo/petrarch-verbs.ts'
import type { VerbFormKind } from '../../../knowledge/cameo/verb-forms.ts'

/** A word sequence from the dictionary; `exact[k]` forbids inflections of word k. */
export interface WordSequence {
  words: string[]
  exact: boolean[]
}

/** A word element: its sequences by first word, so that a token finds its candidates in one lookup. */
export type CompiledElement =
  | { kind: 'words'; byFirst: ReadonlyMap<string, WordSequence[]> }
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
  /** how many words the pattern asks for: more words, more specific */
  weight: number
  order: number
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
  /** patterns that cannot be found by a first word (nothing after the verb, or an actor slot first) */
  unindexed: CompiledPattern[]
}

export interface VerbFormEntry {
  words: string[]
  kind: VerbFormKind
  block: CompiledBlock
  verb: CompiledVerb
}

/** The PETRARCH verb dictionary ready for matching: forms by their first word, patterns compiled. */
export interface VerbDictionary {
  forms: ReadonlyMap<string, readonly VerbFormEntry[]>
  blocks: readonly CompiledBlock[]
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

function wordsElement(texts: string[]): CompiledElement {
  const byFirst = new Map<string, WordSequence[]>()
  for (const seq of texts.map(sequence)) {
    if (seq.words.length === 0) continue
    byFirst.set(seq.words[0], [...(byFirst.get(seq.words[0]) ?? []), seq])
  }
  return { kind: 'words', byFirst }
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

function compileGroups(groups: PatternGroup[], synsets: Record<string, string[]>, unknown: Set<string>): CompiledGroup[] {
  return groups.map((group) => {
    if (typeof group === 'string') return { kind: 'single', elements: [compileElement(group, synsets, unknown)] }
    if ('np' in group) return { kind: 'np', elements: group.np.map((e) => compileElement(e, synsets, unknown)) }
    return { kind: 'pp', elements: group.pp.map((e) => compileElement(e, synsets, unknown)) }
  })
}

function weightOf(groups: CompiledGroup[]): number {
  let weight = 0
  for (const group of groups) for (const element of group.elements) if (element.kind !== 'skip') weight++
  return weight
}

/**
 * Everyday verbs that the dictionary's WordNet synonym sets give a political code they rarely carry in
 * news ("want" → 030, "see" → 010, "beat" → 190, "lead" → 060). They code an event only through a
 * pattern ("take part (IN TALKS)"), never by their default.
 */
const GENERIC_VERBS = new Set([
  'want', 'need', 'see', 'saw', 'watch', 'note', 'notice', 'observe', 'view', 'witness', 'go', 'leave', 'depart', 'travel', 'journey',
  'take', 'catch', 'grab', 'get', 'give', 'provide', 'issue', 'supply', 'accord', 'add', 'lead', 'head', 'control', 'rule', 'handle',
  'direct', 'command', 'conduct', 'manage', 'govern', 'steer', 'beat', 'best', 'master', 'break', 'dominate', 'overshadow', 'overtake',
  'overcome', 'surmount', 'press', 'push', 'bid', 'campaign', 'consider', 'think', 'reason', 'weigh', 'muse', 'speculate', 'choose',
  'pick', 'opt', 'select', 'address', 'hit', 'match', 'pit', 'hammer', 'face', 'place', 'put', 'set', 'post', 'base', 'pass', 'clear',
  'enable', 'empower', 'approve', 'verify', 'tolerate', 'win', 'lose', 'run', 'hold', 'keep', 'make', 'find', 'call', 'ask', 'tell',
  'say', 'report', 'state', 'look', 'come', 'bring', 'move', 'carry', 'send', 'ship', 'transport', 'transfer', 'shuttle', 'mention',
  'refer', 'describe', 'cite', 'define', 'depict', 'detail', 'comment', 'inform', 'convey', 'communicate', 'remark', 'express',
  'quarrel', 'struggle', 'conflict', 'combat', 'wrestle', 'stone', 'storm', 'kick', 'crush', 'smash', 'shatter', 'ruin',
  'collapse', 'fire', 'blast', 'blow', 'torch', 'pelt', 'tour', 'attend', 'encounter', 'confront', 'contact', 'brave',
])

/**
 * Compiles the verb blocks of the CAMEO model for matching. A pattern naming a synonym set the
 * dictionary lacks can never match (its set is empty). Everyday verbs lose their default code, and
 * verb forms that can never code an event (no code, no pattern) are left out of the form index.
 *
 * @example
 * const dictionary = compileVerbDictionary(loadCameoModel().verbs)
 * dictionary.forms.get('deployed')?.[0].kind // 'ed'
 */
export function compileVerbDictionary(source: Pick<PetrarchVerbDictionary, 'synsets' | 'blocks'>): VerbDictionary {
  const forms = new Map<string, VerbFormEntry[]>()
  const unknown = new Set<string>()
  const blocks: CompiledBlock[] = source.blocks.map((block) => {
    const verbs: CompiledVerb[] = block.verbs.map((verb) => ({
      lemma: verb.lemma,
      code: GENERIC_VERBS.has(verb.lemma) ? null : verb.code === undefined ? block.code : verb.code,
    }))
    const patterns = block.patterns.map((p, order) => {
      const pre = compileGroups(p.pre, source.synsets, unknown)
      const post = compileGroups(p.post, source.synsets, unknown)
      return { pre, post, code: p.code, reverse: p.reverse, origin: new Set(p.origin), weight: weightOf(pre) + weightOf(post), order }
    })
    const byFirstWord = new Map<string, CompiledPattern[]>()
    const unindexed: CompiledPattern[] = []
    for (const pattern of patterns) {
      const first = pattern.post[0]?.elements[0]
      if (!first || first.kind !== 'words') {
        unindexed.push(pattern)
        continue
      }
      for (const word of first.byFirst.keys()) byFirstWord.set(word, [...(byFirstWord.get(word) ?? []), pattern])
    }
    return { name: block.name, verbs, patterns, byFirstWord, unindexed }
  })
  source.blocks.forEach((block, b) => {
    const compiled = blocks[b]
    block.verbs.forEach((verb, v) => {
      if (compiled.verbs[v].code === null && compiled.patterns.length === 0) return
      for (const kind of ['base', 's', 'ed', 'ing'] as const) {
        for (const form of verb.forms[kind]) {
          const words = form.split(' ')
          const list = forms.get(words[0]) ?? []
          if (!list.some((e) => e.block === compiled && e.verb === compiled.verbs[v] && e.words.join(' ') === form)) list.push({ words, kind, block: compiled, verb: compiled.verbs[v] })
          forms.set(words[0], list)
        }
      }
    })
  })
  return { forms, blocks }
}
