import type { DocumentWords } from './document-words.ts'
import { titledApposition, type NameRun } from './name-runs.ts'

// Prepositions that put a name in a place: "an exercise in Biala Gora", "a base near Nowa Deba", "near Katherine".
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'at'])
// Verbs of saying right after a name make it a speaker: "… in Anna Berg said".
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'noted', 'warned', 'stressed', 'explained'])

/**
 * True when the words `start`..`end` of `run`, a name the knowledge base does not know, read as a
 * place rather than a person: governed by "in", "near", "outside" or "at" ("troops trained in
 * Biala Gora") with nothing marking a person: no title before or after it, no word of a
 * person named elsewhere in the document (`personWords`), no possessive ("in Anna Berg's view")
 * and no verb of saying after it.
 */
export function readsAsPlace(doc: DocumentWords, run: NameRun, start: number, end: number, personWords: ReadonlySet<string>): boolean {
  const { tokens } = doc
  const sentence = doc.sentences[run.sentence]
  if (run.titled || start - 1 < sentence.tokenStart || !PLACE_PREPOSITIONS.has(tokens[start - 1].text)) return false
  // One word after "at" is as often a person ("looked at Katherine"); after "in", "near" or "outside", a place ("near Katherine").
  if (end - start < 2 && tokens[start - 1].text === 'at') return false
  for (let i = start; i < end; i++) if (personWords.has(doc.key(i))) return false
  const next = end < sentence.tokenEnd ? tokens[end].text : ''
  if (next === "'s" || next === '’s' || SPEECH_VERBS.has(next)) return false
  return !(end === run.end && titledApposition(doc, run, sentence))
}
