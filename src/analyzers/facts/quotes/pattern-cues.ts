import { readFileSync } from 'node:fs'

/** How often a cue word occurs in the attribution patterns, and their mean weight (0–1). */
export interface CueStat {
  weight: number
  patterns: number
}

/** Attribution cues derived from Quootstrap's weighted seed patterns (`$Q … $S said`). */
export interface QuotePatternCues {
  source: string
  licence: string
  patterns: number
  /** words right beside the speaker slot that report speech: "said", "told", "wrote" … */
  verbs: Record<string, CueStat>
  /** titles right before the speaker slot: "President", "Minister", "spokesman", "Chief Executive Officer" … */
  titles: Record<string, CueStat>
}

export const DEFAULT_QUOTE_PATTERNS = new URL('../../../../models/quote-patterns.json', import.meta.url)

const LINE = /^\["(.+)":\s*([0-9.eE-]+)\]\s*$/
const LOWER_WORD = /^[a-z]+$/
const TITLE_WORD = /^(?:[A-Z][A-Za-z.-]*|[a-z][a-z-]+)$/
const IRREGULAR_REPORTING = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'quoted'])
// Words that sit beside the speaker slot without reporting anything.
const NOT_CUES = new Set([
  'is', 'was', 'has', 'as', 'this', 'his', 'its', 'was', 'yesterday', 'reportedly', 'who', 'whose', 'and', 'the', 'of', 'in', 'on', 'at', 'by', 'to', 'for', 'with', 'during', 'from',
])
const TITLE_STOPS = new Set(['and', 'the', 'a', 'an', 'of', 'by', 'said', 'says', 'told', 'quoted', 'wrote', 'explained', 'according', 'to', 'as', 'with'])

function isReportingWord(word: string): boolean {
  if (!LOWER_WORD.test(word) || NOT_CUES.has(word) || word.endsWith('ly')) return false
  return IRREGULAR_REPORTING.has(word) || (word.length > 4 && word.endsWith('ed')) || (word.length > 3 && word.endsWith('s') && !word.endsWith('ss'))
}

function add(stats: Map<string, { sum: number; n: number }>, key: string, weight: number) {
  const s = stats.get(key) ?? { sum: 0, n: 0 }
  s.sum += weight
  s.n++
  stats.set(key, s)
}

// A present-tense form ("explains") counts only beside its past form ("explained"): plural nouns
// such as "operations" also end in -s.
function dropUnpairedPresentForms(verbs: Map<string, { sum: number; n: number }>) {
  for (const word of [...verbs.keys()]) {
    if (!word.endsWith('s') || IRREGULAR_REPORTING.has(word)) continue
    const stem = word.slice(0, -1)
    if (!verbs.has(stem + 'ed') && !verbs.has(stem + 'd')) verbs.delete(word)
  }
}

function finish(stats: Map<string, { sum: number; n: number }>): Record<string, CueStat> {
  const out: Record<string, CueStat> = {}
  for (const key of [...stats.keys()].sort()) {
    const s = stats.get(key)!
    out[key] = { weight: Math.round((s.sum / s.n) * 1000) / 1000, patterns: s.n }
  }
  return out
}

/**
 * Reads Quootstrap seed patterns (one `["$Q $* President $S said": 0.908]` per line) and collects
 * the reporting words next to the speaker slot and the titles right before it, with their mean weight.
 *
 * @example
 * compileQuotePatternCues('["$Q , $S said": 1]\n["$Q $* President $S told": 0.8]').verbs.told
 * // { weight: 0.8, patterns: 1 }
 */
export function compileQuotePatternCues(patternsText: string): QuotePatternCues {
  const verbs = new Map<string, { sum: number; n: number }>()
  const titles = new Map<string, { sum: number; n: number }>()
  let patterns = 0
  for (const line of patternsText.split(/\r?\n/)) {
    const m = LINE.exec(line.trim())
    if (!m) continue
    const weight = Number(m[2])
    if (!Number.isFinite(weight)) continue
    patterns++
    const words = m[1].split(' ')
    const s = words.indexOf('$S')
    if (s < 0) continue
    const next = words[s + 1]
    if (next !== undefined && isReportingWord(next)) add(verbs, next, weight)
    const prev = words[s - 1]
    if (prev !== undefined && isReportingWord(prev) && prev !== 'quoted') add(verbs, prev, weight)
    // The title is the run of plain words just before the speaker slot ("Chief Executive Officer $S").
    const run: string[] = []
    for (let i = s - 1; i >= 0 && run.length < 3; i--) {
      const w = words[i]
      if (!TITLE_WORD.test(w) || TITLE_STOPS.has(w.toLowerCase()) || isReportingWord(w)) break
      run.unshift(w)
    }
    if (run.length > 0) add(titles, run.join(' '), weight)
  }
  dropUnpairedPresentForms(verbs)
  return {
    source: 'Quootstrap seed patterns (dlab-epfl/quootstrap), quootstrap-seedPatterns.txt',
    licence: 'MIT, Copyright (c) 2021 DLAB',
    patterns,
    verbs: finish(verbs),
    titles: finish(titles),
  }
}

/** Loads the compiled cue file (models/quote-patterns.json by default). */
export function loadQuotePatternCues(path: string | URL = DEFAULT_QUOTE_PATTERNS): QuotePatternCues {
  let raw: string
  try {
    raw = readFileSync(path, 'utf8')
  } catch (error) {
    throw new Error(`Cannot read quote attribution cues at ${String(path)} (${(error as Error).message}). Rebuild them with: node --import tsx scripts/build-quote-patterns.ts`)
  }
  const data = JSON.parse(raw) as QuotePatternCues
  if (typeof data.verbs !== 'object' || typeof data.titles !== 'object') throw new Error(`${String(path)} is not a quote cue file: it has no "verbs" and "titles" tables.`)
  return data
}
