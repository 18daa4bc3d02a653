import { tokenize } from '../../text/tokenize.ts'
import { cueKey } from './cue-key.ts'
import { nounForms, verbForms } from './inflect.ts'

/** One step of a compiled construction: a token whose key is one of `keys`, or a gap of `min`–`max` tokens. */
export type Step = { keys: ReadonlySet<string> } | { min: number; max: number }

export const isGap = (step: Step): step is { min: number; max: number } => 'min' in step

/** Word classes a pattern names as `@class`: class name → its words. */
export type WordClasses = ReadonlyMap<string, readonly string[]>

type Node = { kind: 'word'; text: string; inflect: boolean } | { kind: 'group'; options: Node[][]; optional: boolean } | { kind: 'gap'; min: number; max: number }

const DEFAULT_GAP = { min: 1, max: 10 }
const MAX_ALTERNATIVES = 20000

class PatternError extends Error {
  constructor(pattern: string, problem: string) {
    super(`Pattern ${JSON.stringify(pattern)}: ${problem}`)
  }
}

function lex(pattern: string): string[] {
  return pattern
    .split(/\s+|([()[\]|])/)
    .filter((part): part is string => part !== undefined && part !== '')
}

function parseSequence(pattern: string, lexemes: string[], at: { i: number }, closers: string): Node[] {
  const nodes: Node[] = []
  while (at.i < lexemes.length && !closers.includes(lexemes[at.i])) {
    const lexeme = lexemes[at.i++]
    if (lexeme === '(' || lexeme === '[') {
      const close = lexeme === '(' ? ')' : ']'
      const options: Node[][] = [parseSequence(pattern, lexemes, at, `|${close}`)]
      while (lexemes[at.i] === '|') {
        at.i++
        options.push(parseSequence(pattern, lexemes, at, `|${close}`))
      }
      if (lexemes[at.i] !== close) throw new PatternError(pattern, `'${lexeme}' is never closed with '${close}'`)
      at.i++
      nodes.push({ kind: 'group', options, optional: lexeme === '[' })
    } else if (lexeme === ')' || lexeme === ']' || lexeme === '|') {
      throw new PatternError(pattern, `unexpected '${lexeme}'`)
    } else if (lexeme === '…' || lexeme === '...') {
      nodes.push({ kind: 'gap', ...DEFAULT_GAP })
    } else if (/^\{\d+,\d+\}$/.test(lexeme)) {
      const [min, max] = lexeme.slice(1, -1).split(',').map(Number)
      if (max < min || max === 0) throw new PatternError(pattern, `gap ${lexeme} needs 0 ≤ min ≤ max and max ≥ 1`)
      nodes.push({ kind: 'gap', min, max })
    } else {
      const inflect = lexeme.length > 1 && lexeme.endsWith('~')
      nodes.push({ kind: 'word', text: inflect ? lexeme.slice(0, -1) : lexeme, inflect })
    }
  }
  return nodes
}

function tokenKeysOf(text: string): string[] {
  return tokenize(text).map((t) => cueKey(t.text))
}

/** A term written with hyphens also matches when the text writes the parts apart: far-right, far right. Patterns spell out such variants themselves ("would-be" is not "would be"). */
function withHyphenVariants(sequences: string[][]): string[][] {
  const out: string[][] = []
  for (const seq of sequences) {
    out.push(seq)
    if (seq.some((k) => k.length > 2 && /\w-\w/.test(k))) out.push(seq.flatMap((k) => (/\w-\w/.test(k) ? k.split('-') : [k])))
  }
  return out
}

function expandClasses(pattern: string, text: string, classes: WordClasses): string[] {
  const at = text.indexOf('@')
  if (at === -1) return [text]
  const name = /^@([a-z][a-z0-9-]*)/.exec(text.slice(at))?.[1]
  const words = name === undefined ? undefined : classes.get(name)
  if (name === undefined || words === undefined) {
    throw new PatternError(pattern, `unknown word class in '${text}'; known classes: ${[...classes.keys()].join(', ') || 'none'}`)
  }
  const before = text.slice(0, at)
  const after = text.slice(at + 1 + name.length)
  return words.flatMap((w) => expandClasses(pattern, before + w + after, classes))
}

/** Turns token-key sequences into alternatives of steps, folding one-token alternatives into one step. */
function toAlternatives(sequences: string[][]): Step[][] {
  const single = new Set<string>()
  const longer: Step[][] = []
  for (const seq of sequences) {
    if (seq.length === 1) single.add(seq[0])
    else longer.push(seq.map((k) => ({ keys: new Set([k]) })))
  }
  return single.size > 0 ? [[{ keys: single }], ...longer] : longer
}

function wordAlternatives(pattern: string, node: { text: string; inflect: boolean }, classes: WordClasses): Step[][] {
  const sequences: string[][] = []
  for (const text of expandClasses(pattern, node.text, classes)) {
    const keys = tokenKeysOf(text)
    if (keys.length === 0) throw new PatternError(pattern, `'${node.text}' holds no token`)
    if (!node.inflect) {
      sequences.push(keys)
      continue
    }
    const last = keys[keys.length - 1]
    for (const form of new Set([...nounForms(last), ...verbForms(last)])) sequences.push([...keys.slice(0, -1), form])
  }
  return toAlternatives(sequences)
}

function expandNode(pattern: string, node: Node, classes: WordClasses): Step[][] {
  if (node.kind === 'gap') return [[{ min: node.min, max: node.max }]]
  if (node.kind === 'word') return wordAlternatives(pattern, node, classes)
  const options = node.options.flatMap((option) => expandSequence(pattern, option, classes))
  if (node.optional) options.push([])
  const single = new Set<string>()
  const rest: Step[][] = []
  for (const o of options) {
    if (o.length === 1 && !isGap(o[0])) for (const k of o[0].keys) single.add(k)
    else rest.push(o)
  }
  return single.size > 0 ? [[{ keys: single }], ...rest] : rest
}

function expandSequence(pattern: string, nodes: readonly Node[], classes: WordClasses): Step[][] {
  let out: Step[][] = [[]]
  for (const node of nodes) {
    const alternatives = expandNode(pattern, node, classes)
    const next: Step[][] = []
    for (const prefix of out) for (const alt of alternatives) next.push([...prefix, ...alt])
    if (next.length > MAX_ALTERNATIVES) throw new PatternError(pattern, `expands to more than ${MAX_ALTERNATIVES} alternatives; split it into several entries`)
    out = next
  }
  return out
}

function mergeGaps(steps: Step[]): Step[] {
  const out: Step[] = []
  for (const step of steps) {
    const last = out[out.length - 1]
    if (isGap(step) && last !== undefined && isGap(last)) out[out.length - 1] = { min: last.min + step.min, max: last.max + step.max }
    else out.push(step)
  }
  return out
}

/**
 * Compiles a construction into its alternatives, each a list of steps. The syntax, over tokens:
 * `word` (any case), `word~` (with its inflections), `(a|b c)` (one of), `[a|b]` (optionally one of),
 * `…` (1 to 10 tokens of the same sentence), `{m,n}` (m to n tokens), `@class` (a word of a named class).
 *
 * @example
 * parsePattern('the only (way|option) [forward] is').length // 2: with and without "forward"
 */
export function parsePattern(pattern: string, classes: WordClasses = new Map()): Step[][] {
  const lexemes = lex(pattern)
  const at = { i: 0 }
  const nodes = parseSequence(pattern, lexemes, at, '')
  if (nodes.length === 0) throw new PatternError(pattern, 'it is empty')
  const alternatives = expandSequence(pattern, nodes, classes).map(mergeGaps)
  for (const steps of alternatives) {
    if (steps.length === 0) throw new PatternError(pattern, 'one of its alternatives matches nothing')
    if (isGap(steps[0]) || isGap(steps[steps.length - 1])) throw new PatternError(pattern, 'a gap cannot begin or end a pattern')
  }
  return alternatives
}

/**
 * Compiles a term: its words in order, the last word inflected as a noun or the first as a verb.
 *
 * @example
 * parseTerm('witch hunt', 'noun') // matches "witch hunt" and "witch hunts"
 */
export function parseTerm(term: string, inflect: 'noun' | 'verb' | 'none'): Step[][] {
  const keys = tokenKeysOf(term)
  if (keys.length === 0) throw new PatternError(term, 'the term holds no token')
  const at = inflect === 'verb' ? 0 : keys.length - 1
  const forms = inflect === 'noun' ? nounForms(keys[at]) : inflect === 'verb' ? verbForms(keys[at]) : [keys[at]]
  return toAlternatives(withHyphenVariants(forms.map((form) => keys.map((k, i) => (i === at ? form : k)))))
}
