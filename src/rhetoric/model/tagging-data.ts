import { splitParagraphs, splitSentences } from '../../text/sentences.ts'
import { tokenize } from '../../text/tokenize.ts'
import type { Sentence, Span, Token } from '../../text/types.ts'
import { mergeSpans } from '../ptc/score-si.ts'
import type { CueHit, CueMatcher } from './cue-hits.ts'

/** Techniques whose spans are mostly a word or a short phrase; the others mostly span a clause or more. */
export const PHRASE_TECHNIQUES: ReadonlySet<string> = new Set([
  'Loaded_Language', 'Name_Calling,Labeling', 'Repetition', 'Slogans', 'Thought-terminating_Cliches', 'Flag-Waving', 'Exaggeration,Minimisation',
])

/** Token classes of the span tagger: outside, inside a phrase-level technique, inside a clause-level one. */
export const OUTSIDE = 0
export const PHRASE = 1
export const CLAUSE = 2

/** A text split into tokens and sentences, with the gold class of each token. */
export interface TaggedDocument {
  id: string
  text: string
  tokens: Token[]
  sentences: Sentence[]
  /** gold propaganda spans (span identification) */
  spans: readonly Span[]
  /** 1 where the token overlaps a gold span */
  inside: Uint8Array
  /** OUTSIDE, PHRASE or CLAUSE: the kind of the shortest gold span over the token */
  classes: Uint8Array
  /** gold technique spans (PTC labels), when known */
  techniques: ReadonlyArray<Span & { technique: string }>
  cues: readonly CueHit[]
}

/**
 * Tokenizes a text as the analyzers see it and marks the tokens that overlap gold spans; with
 * technique spans, also whether the shortest span over a token is phrase- or clause-level; with a
 * cue matcher, keeps its hits as features.
 *
 * @example
 * prepareTaggedDocument('1', 'They are traitors.', [{ start: 9, end: 17 }]).inside // [0, 0, 1, 0]
 */
export function prepareTaggedDocument(
  id: string,
  text: string,
  gold: readonly Span[],
  techniques: ReadonlyArray<Span & { technique: string }> = [],
  cueMatcher?: CueMatcher,
): TaggedDocument {
  const tokens = tokenize(text)
  const cues = cueMatcher ? cueMatcher(text, tokens) : []
  const sentences = splitSentences(text, tokens, splitParagraphs(text))
  const inside = new Uint8Array(tokens.length)
  const classes = new Uint8Array(tokens.length)
  let first = 0
  for (const span of mergeSpans(gold)) {
    while (first < tokens.length && tokens[first].end <= span.start) first++
    for (let i = first; i < tokens.length && tokens[i].start < span.end; i++) {
      inside[i] = 1
      classes[i] = PHRASE
    }
  }
  if (techniques.length > 0) {
    const shortest = new Float64Array(tokens.length).fill(Infinity)
    const sorted = [...techniques].sort((a, b) => a.start - b.start)
    first = 0
    for (const span of sorted) {
      while (first < tokens.length && tokens[first].end <= span.start) first++
      const length = span.end - span.start
      for (let i = first; i < tokens.length && tokens[i].start < span.end; i++) {
        if (length >= shortest[i]) continue
        shortest[i] = length
        classes[i] = PHRASE_TECHNIQUES.has(span.technique) ? PHRASE : CLAUSE
      }
    }
  }
  return { id, text, tokens, sentences, spans: gold, inside, classes, techniques, cues }
}
