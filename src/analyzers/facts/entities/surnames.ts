import type { DocumentWords } from './document-words.ts'
import type { MentionCandidate } from './mention.ts'
import { WORD } from './token-classes.ts'

// Generational suffixes and honours written after a surname: "Robert Dover Jr.", "Anna Holm III".
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'mp', 'td', 'mep', 'phd'])

// Words after which a one-word name is a place even when a person of that surname is in the text:
// "in Lisbon", "flew to Jordan", "near Kingston".
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'from', 'to', 'into', 'across', 'throughout', 'around', 'within', 'toward', 'towards', 'via', 'inside'])

// Knowledge-base types a surname may be mistaken for: a city or country ("Lisbon", "Jordan") or an organisation ("Ford").
const SURNAME_LOOKALIKES = new Set(['location', 'organization'])

// Words that make a run no plain personal name: "Robert Smith of the Diocese of Madison".
const NOT_IN_NAMES = new Set(['of', 'the'])

/**
 * The position of the surname among a full name's word keys: the last one that is no suffix
 * ("Dover" in "Robert J. Dover Jr."), or -1 when there is none or the words hold more than a name.
 */
export function surnamePosition(keys: readonly string[]): number {
  for (const key of keys) if (NOT_IN_NAMES.has(key)) return -1
  let k = keys.length - 1
  while (k > 0 && NAME_SUFFIXES.has(keys[k])) k--
  return keys.length > 1 && k > 0 ? k : -1
}

/** The surname keys of the people the document names in full (two words or more). */
function surnamesOfPeople(candidates: readonly MentionCandidate[], doc: DocumentWords): Set<string> {
  const surnames = new Set<string>()
  for (const m of candidates) {
    if (m.type !== 'person' || m.end - m.start < 2 || m.chars) continue
    const keys: string[] = []
    for (let i = m.start; i < m.end; i++) if (doc.classes[i] & WORD) keys.push(doc.key(i))
    const at = surnamePosition(keys)
    if (at >= 0) surnames.add(keys[at])
  }
  return surnames
}

/** True when the mention at `start` reads as a place: after "in", "to", "near" (but not "according to"). */
function afterPlacePreposition(doc: DocumentWords, start: number, sentenceStart: number): boolean {
  const before = start - 1
  if (before < sentenceStart || !PLACE_PREPOSITIONS.has(doc.tokens[before].text)) return false
  return !(doc.tokens[before].text === 'to' && before - 1 >= sentenceStart && doc.key(before - 1) === 'according')
}

// Words that join the places of a list: "Jordan, Syria and Iraq".
const LIST_JOINERS = new Set([',', 'and', 'or'])

/** The tokens that mentions of places cover. */
function placeTokens(candidates: readonly MentionCandidate[], size: number): Uint8Array {
  const places = new Uint8Array(size)
  for (const m of candidates) if (m.type === 'location' && m.entries.length > 0) places.fill(1, m.start, m.end)
  return places
}

/** True when the mention at `start` stands in a list of places: "Jordan, Syria and Iraq", "Perth, Australia". */
function inListOfPlaces(doc: DocumentWords, places: Uint8Array, start: number): boolean {
  const { tokens } = doc
  const next = start + 1
  if (next + 1 < tokens.length && LIST_JOINERS.has(tokens[next].text) && places[next + 1]) return true
  return start >= 2 && LIST_JOINERS.has(tokens[start - 1].text) && places[start - 2] === 1
}

/**
 * Place and organisation names of one word, known to the knowledge base or read so by the tagger,
 * that are the surname of a person the document names in full become mentions of that person:
 * "Lisbon said" after "Defence Minister Carla Lisbon" is not the city, nor "Jordan told reporters"
 * after "Michael Jordan" the country. A name right after a place preposition ("in Lisbon", "to
 * Jordan") or in a list of places ("Jordan, Syria and Iraq") stays the place. Changes the
 * candidates in place, for coreference to join them to the full name.
 */
export function surnamesOverPlaces(candidates: MentionCandidate[], doc: DocumentWords): void {
  let surnames: Set<string> | undefined
  let places: Uint8Array | undefined
  for (const m of candidates) {
    if (m.end - m.start !== 1 || m.chars || !SURNAME_LOOKALIKES.has(m.type)) continue
    surnames ??= surnamesOfPeople(candidates, doc)
    if (surnames.size === 0) return
    if (!surnames.has(doc.key(m.start)) || afterPlacePreposition(doc, m.start, doc.sentences[m.sentence].tokenStart)) continue
    places ??= placeTokens(candidates, doc.tokens.length)
    if (inListOfPlaces(doc, places, m.start)) continue
    m.type = 'person'
    m.entries = []
    m.source = 'surname'
    m.confidence = 0.7
  }
}
