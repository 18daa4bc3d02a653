import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import type { EntityType } from '../../../report/schema.ts'
import type { DocumentWords } from './document-words.ts'
import type { MentionSource } from './mention.ts'
import type { NameRun } from './name-runs.ts'
import { tagRuns, type NameTagger, type TaggedName } from './ner-mentions.ts'
import { givenNameAndPlace, isKoreanName } from './given-names.ts'
import { readsAsPlace } from './place-context.ts'
import { isOnlyTitles } from './titles.ts'
import { COMMON_WORD } from './word-facts.ts'

/** A name the knowledge base does not know, with the type something else gave it. */
export interface ResolvedName {
  start: number
  end: number
  type: EntityType
  source: MentionSource
  confidence: number
  sentence: number
  /** the knowledge-base entry it names, when the tagger's reading is one ("Ukrainian" as MISC) */
  entries: number[]
}

export interface UnknownNameContext {
  doc: DocumentWords
  kb: KnowledgeBase
  tagger: NameTagger | null
  /** words of the people already named in full ("zhang", "ming"), extended as more are found */
  personWords: Set<string>
}

const NER_TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'location' }
// Below an even chance the tagger is guessing ("Jordan Bardella" is no place because "Jordan" is one).
const MIN_TAGGER_SCORE = 0.5
// MISC names (events, laws, products) become 'other' entities only when the tagger is sure.
const MIN_OTHER_SCORE = 0.7

interface Reading {
  /** offsets from the run's first token */
  from: number
  to: number
  type: EntityType
  confidence: number
  entries: number[]
}

// A capitalised word of letters with digits after them, as companies write their names ("Nex1", "Tech5"), not a model ("F-35A").
const LETTERS_AND_DIGITS = /^\p{Lu}\p{Ll}+\d+$/u

/** Endings of place names: Lincolnshire, Kyrgyzstan, Jalalabad, Stalingrad, Annapolis (not "-ville", a surname ending too). */
const PLACE_ENDING = /^\p{Lu}\p{Ll}{2,}(?:shire|stan|abad|grad|polis)$/u

/**
 * Types the runs of capitalised words the rules left open, sentence by sentence: a known
 * person's surname is that person; a sentence's first word that is an ordinary English word is
 * skipped; the rest go to the tagger, once per distinct spelling in the document (a name reads the
 * same way each time it comes back, and the tagger is the slowest step).
 */
export function resolveUnknownNames(runs: readonly NameRun[], context: UnknownNameContext): ResolvedName[] {
  const { doc, kb, tagger, personWords } = context
  const { tokens, facts, sentences } = doc
  const out: ResolvedName[] = []
  const readings = new Map<string, Reading[]>()
  const leftOver: NameRun[] = []
  // Spellings the words around one of their runs read as a place ("near Katherine").
  const placesInContext = new Set<string>()
  // The tagger's label as an entity type. A MISC name that is a demonym is a nationality ("Ukrainian");
  // other MISC names (events, laws, products) count only when the tagger is sure.
  const typed = (label: string, score: number, start: number, end: number): Omit<Reading, 'from' | 'to'> | null => {
    const confidence = Math.round(score * 100) / 100
    const type = NER_TYPES[label]
    // "RAF Coningsby in Lincolnshire": a one-word name with a place-name ending is a place whatever the tagger says.
    if (type && end - start === 1 && PLACE_ENDING.test(tokens[start].text)) return { type: 'location', confidence, entries: [] }
    if (type) return { type, confidence, entries: [] }
    const nationality = kb.names.lookupWords(doc.names, start, end).find((c) => kb.entry(c.value).type === 'nationality')
    if (nationality) return { type: 'nationality', confidence, entries: [nationality.value] }
    // One capitalised adjective ("Islamist", "Authoritarian") is no name; an acronym ("PRODES") is.
    const acronym = end - start > 1 || /^[A-Z0-9]{2,}$/.test(tokens[start].text)
    return acronym && score >= MIN_OTHER_SCORE ? { type: 'other', confidence, entries: [] } : null
  }
  const apply = (run: NameRun, list: readonly Reading[]) => {
    for (const r of list) {
      const start = run.start + r.from
      const end = run.start + r.to
      // "an exercise in Biala Gora": an unknown name after "in" with no sign of a person is a place.
      const type = r.type === 'person' && readsAsPlace(doc, run, start, end, personWords) ? 'location' : r.type
      if (type !== r.type) placesInContext.add(spelling(doc, run))
      out.push({ start, end, type, source: 'ner', confidence: r.confidence, sentence: run.sentence, entries: r.entries })
      if (type === 'person' && r.to - r.from > 1) for (let i = start; i < end; i++) personWords.add(doc.key(i))
    }
    if (list.length === 0) leftOver.push(run)
  }

  const resolve = (list: readonly NameRun[]) => {
    const toTag: NameRun[] = []
    const spellings: string[] = []
    // Runs spelled like one already waiting for the tagger take its reading.
    const sameSpelling = new Map<string, NameRun[]>()
    for (const run of list) {
      const single = run.end - run.start === 1
      const key = spelling(doc, run)
      if (single && personWords.has(key)) out.push({ start: run.start, end: run.end, type: 'person', source: 'surname', confidence: 0.7, sentence: run.sentence, entries: [] })
      // "Lloyd Austin said": a given name and a surname that is also a place, whatever the tagger
      // would say; "Park Min-jun": a Korean name.
      else if (!single && (givenNameAndPlace(doc, run) || isKoreanName(doc, run))) {
        out.push({ start: run.start, end: run.end, type: 'person', source: 'name-word', confidence: 0.7, sentence: run.sentence, entries: [] })
        for (let i = run.start; i < run.end; i++) personWords.add(doc.key(i))
      }
      else if (single && run.initial && isOrdinary(doc, run.start)) continue
      // A title alone ("the President", "the Prime Minister") names no one the document has not named.
      else if (isOnlyTitles(doc, run.start, run.end)) continue
      // A lone capitalised English word that is no one's surname here ("Faith", "Constitution") is
      // emphasis or a title of respect more often than a name.
      else if (single && facts[run.start] & COMMON_WORD) continue
      else {
        const known = readings.get(key)
        if (known) apply(run, known)
        else {
          const waiting = sameSpelling.get(key)
          if (waiting) waiting.push(run)
          else if (!tagger || doc.sentenceCase(sentences[run.sentence]) === 'upper') leftOver.push(run)
          else {
            sameSpelling.set(key, [])
            toTag.push(run)
            spellings.push(key)
          }
        }
      }
    }
    if (!tagger || toTag.length === 0) return
    const tagged = tagRuns(tagger, doc, toTag)
    // The names in document order (a stable sort would leave names already in order as they are).
    if (!startsInOrder(tagged)) tagged.sort((a, b) => a.start - b.start)
    const found: Reading[][] = toTag.map(() => [])
    let r = 0
    for (const name of tagged) {
      while (r < toTag.length && toTag[r].end <= name.start) r++
      for (let q = r; q < toTag.length && toTag[q].start < name.end; q++) {
        const run = toTag[q]
        const start = Math.max(name.start, run.start)
        let end = Math.min(name.end, run.end)
        // "LIG Nex1": a word of letters and digits the tagger leaves out after a name it finds goes on with the name.
        while (end < run.end && end === name.end && LETTERS_AND_DIGITS.test(tokens[end].text)) end++
        if (start >= end || name.score < MIN_TAGGER_SCORE) continue
        const reading = typed(name.label, name.score, start, end)
        if (reading) found[q].push({ from: start - run.start, to: end - run.start, type: reading.type, confidence: reading.confidence, entries: reading.entries })
      }
    }
    toTag.forEach((run, q) => {
      const list = found[q]
      const key = spellings[q]
      readings.set(key, list)
      apply(run, list)
      for (const other of sameSpelling.get(key) ?? []) apply(other, list)
    })
  }
  // Names of several words first: the people among them make many one-word names surnames, which
  // then need no tagging.
  resolve(runs.filter((r) => r.end - r.start > 1))
  resolve(runs.filter((r) => r.end - r.start === 1))
  // A name read as a place where the words around it show one is that place wherever else the
  // document writes it alone ("near Katherine", then "residents of Katherine").
  if (placesInContext.size > 0) {
    for (const name of out) {
      if (name.type !== 'person' || name.source !== 'ner') continue
      let key = doc.key(name.start)
      for (let i = name.start + 1; i < name.end; i++) key += ' ' + doc.key(i)
      if (placesInContext.has(key)) name.type = 'location'
    }
  }
  // A surname seen before its full name: "Zhang said …" ahead of "Zhang Ming".
  for (const run of leftOver) {
    if (run.end - run.start === 1 && personWords.has(doc.key(run.start))) out.push({ start: run.start, end: run.end, type: 'person', source: 'surname', confidence: 0.7, sentence: run.sentence, entries: [] })
  }
  return out
}

// The keys of a run's words joined with spaces: runs spelled alike read alike.
function spelling(doc: DocumentWords, run: NameRun): string {
  let key = doc.key(run.start)
  for (let i = run.start + 1; i < run.end; i++) key += ' ' + doc.key(i)
  return key
}

/**
 * True for a sentence's first word that is an ordinary English word ("Officials", "Apparently",
 * "Later"): it is capitalised only because it opens the sentence.
 */
export function isOrdinary(doc: DocumentWords, i: number): boolean {
  if (doc.facts[i] & COMMON_WORD) return true
  const key = doc.key(i)
  return key.length > 4 && key.endsWith('ly')
}

function startsInOrder(names: readonly TaggedName[]): boolean {
  for (let k = 1; k < names.length; k++) if (names[k - 1].start > names[k].start) return false
  return true
}
