import { formKind, regularVerbForms, type VerbForms } from './verb-forms.ts'

/**
 * One element of a verb pattern, as written in the dictionary but lower-cased: a word ('raid'; a
 * trailing '_' asks for the exact word, an inner '_' joins words: 'armed_forces'), alternatives
 * ('by/with'), a synonym set ('&MILITARY'), or a marker: '$' source actor, '+' target actor,
 * '%' compound actor, '^' skip.
 */
export type PatternElement = string

/** A pattern piece: a single element, a noun phrase `{…}` (consecutive words) or a prepositional phrase `(…)`. */
export type PatternGroup = PatternElement | { np: PatternElement[] } | { pp: PatternElement[] }

export interface VerbPattern {
  /** what must come before the verb, in order */
  pre: PatternGroup[]
  /** what must come after the verb, in order */
  post: PatternGroup[]
  /** the event the source does to the target; null when the pattern codes no such event */
  code: string | null
  /** the event the target does to the source (PETRARCH's `[primary:reverse]`), e.g. a visit is hosted */
  reverse: string | null
  /** the verbs the pattern was first written for (from its comment), lower-case */
  origin: string[]
}

export interface DictionaryVerb {
  /** lower-case, words joined by spaces: 'deploy', 'ask for' */
  lemma: string
  forms: VerbForms
  /** the verb's own code; undefined: the block's code applies; null: no event unless a pattern gives one */
  code?: string | null
}

export interface VerbBlock {
  /** the block heading, e.g. 'EXPLAIN_VERBAL' */
  name: string
  code: string | null
  verbs: DictionaryVerb[]
  patterns: VerbPattern[]
}

export interface PetrarchVerbDictionary {
  /** synonym-set name (without '&') → members, lower-case, words joined by '_' */
  synsets: Record<string, string[]>
  blocks: VerbBlock[]
  /** lines that could not be used, with the reason */
  warnings: string[]
}

interface ParsedCode {
  code: string | null
  reverse: string | null
}

const CODE_PART = /^\d{2,4}$/

function parseCode(raw: string, isKnown: (code: string) => boolean): ParsedCode | string {
  const inside = raw.trim()
  if (/^-+$/.test(inside)) return { code: null, reverse: null }
  const [primary = '', reverse = ''] = inside.split(':').map((part) => part.replace(/[^\d]/g, ''))
  for (const part of [primary, reverse]) {
    if (part !== '' && (!CODE_PART.test(part) || !isKnown(part))) return `unknown event code '${part}' in [${raw}]`
  }
  if (primary === '' && reverse === '') return `no event code in [${raw}]`
  return { code: primary || null, reverse: reverse || null }
}

function stripComment(line: string): { body: string; comment: string } {
  const at = line.search(/[#;]/)
  return at < 0 ? { body: line, comment: '' } : { body: line.slice(0, at), comment: line.slice(at + 1) }
}

function lastBracket(body: string): { code: string | null; rest: string } {
  const m = /\[([^\]]*)\][-\s]*$/.exec(body)
  return m ? { code: m[1], rest: body.slice(0, m.index) } : { code: null, rest: body }
}

function parsePatternSide(words: string[]): PatternGroup[] | string {
  const groups: PatternGroup[] = []
  let open: { kind: 'np' | 'pp'; items: string[] } | null = null
  let depth = 0
  for (const word of words) {
    if (word === '{' || word === '(') {
      if (open) depth++
      else open = { kind: word === '{' ? 'np' : 'pp', items: [] }
      continue
    }
    if (word === '}' || word === ')') {
      if (!open) return `unbalanced '${word}'`
      if (depth > 0) depth--
      else {
        if (open.items.length > 0) groups.push(open.kind === 'np' ? { np: open.items } : { pp: open.items })
        open = null
      }
      continue
    }
    const element = word.startsWith('&') ? word.toUpperCase() : word.toLowerCase()
    if (open) open.items.push(element)
    else groups.push(element)
  }
  if (open) return 'unclosed group'
  return groups
}

function parsePattern(body: string, comment: string, isKnown: (code: string) => boolean): VerbPattern | string {
  const { code, rest } = lastBracket(body.replace(/^\s*-/, ''))
  if (code === null) return 'pattern without an [event code]'
  const parsedCode = parseCode(code, isKnown)
  if (typeof parsedCode === 'string') return parsedCode
  const words = rest
    .replace(/([{}()*])/g, ' $1 ')
    .split(/\s+/)
    .map((word) => word.replace(/^_+/, ''))
    .filter(Boolean)
  const star = words.indexOf('*')
  if (star < 0) return "pattern without the verb marker '*'"
  const pre = parsePatternSide(words.slice(0, star))
  const post = parsePatternSide(words.slice(star + 1))
  if (typeof pre === 'string') return pre
  if (typeof post === 'string') return post
  const origin = [...comment.matchAll(/\b[A-Z][A-Z_-]+\b/g)].map((m) => m[0].toLowerCase().replace(/_/g, ' '))
  return { pre, post, ...parsedCode, origin }
}

function phrase(word: string): string {
  return word.replace(/^\+/, '').replace(/_/g, ' ').toLowerCase().trim()
}

function verbForms(head: string, irregular: string[] | null): VerbForms {
  const lemma = phrase(head)
  const [verb, ...particles] = lemma.split(' ')
  const tail = particles.length ? ' ' + particles.join(' ') : ''
  if (irregular === null) {
    const regular = regularVerbForms(verb)
    return { base: [lemma], s: regular.s.map((f) => f + tail), ed: regular.ed.map((f) => f + tail), ing: regular.ing.map((f) => f + tail) }
  }
  const forms: VerbForms = { base: [], s: [], ed: [], ing: [] }
  for (const form of [lemma, ...irregular.map(phrase)]) {
    const kind = formKind(form.split(' ')[0], verb)
    if (!forms[kind].includes(form)) forms[kind].push(form)
  }
  return forms
}

function parseVerbLine(body: string, isKnown: (code: string) => boolean): DictionaryVerb | string {
  const { code, rest } = lastBracket(body)
  const m = /^\s*(\+?[A-Z][A-Z0-9_'-]*)\s*(?:\{([^}]*)\})?\s*$/i.exec(rest)
  if (!m) return `unreadable verb line`
  const irregular = m[2] === undefined ? null : m[2].split(/[\s,]+/).filter(Boolean)
  const verb: DictionaryVerb = { lemma: phrase(m[1]), forms: verbForms(m[1], irregular) }
  if (code !== null) {
    const parsed = parseCode(code, isKnown)
    if (typeof parsed === 'string') return parsed
    verb.code = parsed.code ?? parsed.reverse
  }
  return verb
}

/**
 * Reads a PETRARCH verb dictionary (CAMEO.2.0.txt format): synonym sets (`&NAME` then `+MEMBER`
 * lines), verb blocks (`--- NAME [code] ---`, then verb lines `VERB {irregular forms} [code]`, then
 * patterns `- before * after [code] # origin verbs`). Composite rules (`~`) are left out. Codes not
 * accepted by `isKnown` are reported in `warnings` and their lines skipped.
 *
 * @example
 * const dictionary = parsePetrarchVerbs(readFileSync('CAMEO.2.0.txt', 'utf8'), (code) => codebook.has(code))
 * dictionary.blocks.find((b) => b.name === 'THREATEN')?.code // '130'
 */
export function parsePetrarchVerbs(source: string, isKnown: (code: string) => boolean = () => true): PetrarchVerbDictionary {
  const synsets: Record<string, string[]> = {}
  const blocks: VerbBlock[] = []
  const warnings: string[] = []
  let inVerbs = false
  let synset: string[] | null = null
  let block: VerbBlock | null = null
  source.split(/\r?\n/).forEach((raw, index) => {
    const where = `line ${index + 1}`
    if (/^#+\s*VERB PATTERNS/.test(raw)) {
      inVerbs = true
      synset = null
      return
    }
    if (raw.trim() === '' || raw.startsWith('#') || raw.startsWith('~')) return
    if (raw.startsWith('&')) {
      const name = raw.slice(1).trim().toUpperCase()
      synset = synsets[name] = []
      return
    }
    if (!inVerbs) {
      if (synset && raw.startsWith('+')) synset.push(stripComment(raw).body.slice(1).trim().toLowerCase())
      return
    }
    const { body, comment } = stripComment(raw)
    if (body.trim() === '') return
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(body)
    if (header) {
      const parsed = parseCode(header[2], isKnown)
      if (typeof parsed === 'string') {
        warnings.push(`${where}: block ${header[1]}: ${parsed}`)
        block = { name: header[1], code: null, verbs: [], patterns: [] }
      } else block = { name: header[1], code: parsed.code, verbs: [], patterns: [] }
      blocks.push(block)
      return
    }
    if (!block) {
      warnings.push(`${where}: text before the first verb block`)
      return
    }
    if (body.startsWith('-')) {
      const pattern = parsePattern(body, comment, isKnown)
      if (typeof pattern === 'string') warnings.push(`${where}: ${pattern}`)
      else block.patterns.push(pattern)
      return
    }
    const verb = parseVerbLine(body, isKnown)
    if (typeof verb === 'string') warnings.push(`${where}: ${verb}: ${JSON.stringify(body.trim())}`)
    else block.verbs.push(verb)
  })
  for (const b of blocks) {
    const lemmas = new Set(b.verbs.map((v) => v.lemma))
    for (const p of b.patterns) p.origin = [...new Set(p.origin.filter((o) => lemmas.has(o)))]
  }
  return { synsets, blocks, warnings }
}
