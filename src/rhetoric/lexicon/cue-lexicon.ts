import type { TechniqueId } from '../../report/schema.ts'
import type { Token } from '../../text/types.ts'
import { compileLexicon, type CompiledLexicon, type CueMatch } from './compile.ts'
import type { CueFamily, LexiconEntry } from './entry.ts'
import { loadLexiconData, DEFAULT_LEXICON_DIR, type LexiconData } from './load.ts'

/** A cue hit as the models take it: span, technique and the id of the entry that matched. */
export interface CueHit {
  start: number
  end: number
  technique: TechniqueId
  cue: string
}

/** The cue lexicon, loaded and compiled once. */
export interface CueLexicon extends LexiconData {
  readonly entries: readonly LexiconEntry[]
  readonly compiled: CompiledLexicon
  entry(id: string): LexiconEntry | undefined
  family(name: string): CueFamily | undefined
  /** Every cue hit in a tokenized text, in text order. */
  matchCues(text: string, tokens: readonly Token[]): CueHit[]
}

/** Turns matches into hits: the span runs from the first matched token to the last. */
export function cueHits(text: string, tokens: readonly Token[], matches: readonly CueMatch[]): CueHit[] {
  const last = tokens[tokens.length - 1]
  if (last !== undefined && (last.end > text.length || text.slice(last.start, last.end) !== last.text)) {
    throw new Error('matchCues(text, tokens): the tokens do not belong to this text; pass tokenize(text)')
  }
  return matches.map((m) => ({ start: tokens[m.first].start, end: tokens[m.last - 1].end, technique: m.entry.technique, cue: m.entry.id }))
}

/**
 * Loads the lexicon data of a folder and compiles it.
 *
 * @example
 * const lexicon = loadCueLexicon()
 * lexicon.matchCues(text, tokenize(text))
 */
export function loadCueLexicon(dir: URL | string = DEFAULT_LEXICON_DIR): CueLexicon {
  const data = loadLexiconData(dir)
  const entries = data.families.flatMap((f) => f.entries)
  const compiled = compileLexicon(entries, data.classes)
  const byId = new Map(entries.map((e) => [e.id, e]))
  const byFamily = new Map(data.families.map((f) => [f.family, f]))
  return Object.freeze({
    ...data,
    entries,
    compiled,
    entry: (id: string) => byId.get(id),
    family: (name: string) => byFamily.get(name),
    matchCues: (text: string, tokens: readonly Token[]) => cueHits(text, tokens, compiled.match(tokens)),
  })
}

let defaultLexicon: CueLexicon | undefined

/** The project's own lexicon (data/lexicons), loaded on first use and kept. */
export function defaultCueLexicon(): CueLexicon {
  return (defaultLexicon ??= loadCueLexicon())
}

/**
 * Finds the hits of the project's cue lexicon in a tokenized text: each hit is the span of the cue
 * words, the technique they are a cue of, and the entry id. The lexicon loads on the first call; call
 * `defaultCueLexicon()` in an analyzer's setup to load it there.
 *
 * @example
 * const text = 'The so-called referendum was a sham.'
 * matchCues(text, tokenize(text))
 * // [{ start: 4, end: 13, technique: 'doubt', cue: 'doubt.so-called' }, { start: 31, end: 35, technique: 'loaded_language', cue: 'loaded.sham' }]
 */
export function matchCues(text: string, tokens: readonly Token[]): Array<{ start: number; end: number; technique: TechniqueId; cue: string }> {
  return defaultCueLexicon().matchCues(text, tokens)
}
