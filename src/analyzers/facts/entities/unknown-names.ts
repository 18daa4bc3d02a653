import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import type { TokenKeys } from '../../../knowledge/token-key.ts'
import type { EntityType } from '../../../report/schema.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import type { MentionSource } from './mention.ts'
import type { NameRun } from './name-runs.ts'
import { tagRuns, type NameTagger } from './ner-mentions.ts'
import { isTitleAt } from './titles.ts'
import { sentenceCase } from './token-context.ts'

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
  tokens: readonly Token[]
  keys: TokenKeys
  sentences: readonly Sentence[]
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

/**
 * Types the runs of capitalised words the rules left open, sentence by sentence: a known
 * person's surname is that person; a sentence's first word that is an ordinary English word is
 * skipped; the rest go to the tagger, once per distinct spelling in the document (a name reads the
 * same way each time it comes back, and the tagger is the slowest step).
 */
export function resolveUnknownNames(runs: readonly NameRun[], context: UnknownNameContext): ResolvedName[] {
  const { tokens, keys, sentences, kb, tagger, personWords } = context
  const out: ResolvedName[] = []
  const readings = new Map<string, Reading[]>()
  const leftOver: NameRun[] = []
  // A sentence's first word that is an ordinary English word ("Officials", "Apparently") is
  // capitalised only because it opens the sentence.
  const ordinary = (i: number) => {
    const key = keys(i)
    return kb.isCommonWord(key) || (key.length > 4 && key.endsWith('ly'))
  }
  const casing = new Map<number, ReturnType<typeof sentenceCase>>()
  const caseOf = (index: number) => {
    let c = casing.get(index)
    if (c === undefined) casing.set(index, (c = sentenceCase(tokens, sentences[index])))
    return c
  }
  // The tagger's label as an entity type. A MISC name that is a demonym is a nationality ("Ukrainian");
  // other MISC names (events, laws, products) count only when the tagger is sure.
  const typed = (label: string, score: number, start: number, end: number): Omit<Reading, 'from' | 'to'> | null => {
    const confidence = Math.round(score * 100) / 100
    const type = NER_TYPES[label]
    if (type) return { type, confidence, entries: [] }
    const words: string[] = []
    for (let i = start; i < end; i++) words.push(keys(i))
    const nationality = kb.names.lookup(words).find((c) => kb.entry(c.value).type === 'nationality')
    if (nationality) return { type: 'nationality', confidence, entries: [nationality.value] }
    // One capitalised adjective ("Islamist", "Authoritarian") is no name; an acronym ("PRODES") is.
    const acronym = end - start > 1 || /^[A-Z0-9]{2,}$/.test(tokens[start].text)
    return acronym && score >= MIN_OTHER_SCORE ? { type: 'other', confidence, entries: [] } : null
  }
  const onlyTitles = (run: NameRun) => {
    for (let i = run.start; i < run.end; i++) if (!isTitleAt(tokens, keys, i)) return false
    return true
  }
  const spelling = (run: NameRun) => {
    let key = keys(run.start)
    for (let i = run.start + 1; i < run.end; i++) key += ' ' + keys(i)
    return key
  }
  const apply = (run: NameRun, list: readonly Reading[]) => {
    for (const r of list) {
      out.push({ start: run.start + r.from, end: run.start + r.to, type: r.type, source: 'ner', confidence: r.confidence, sentence: run.sentence, entries: r.entries })
      if (r.type === 'person' && r.to - r.from > 1) for (let i = run.start + r.from; i < run.start + r.to; i++) personWords.add(keys(i))
    }
    if (list.length === 0) leftOver.push(run)
  }

  const resolve = (list: readonly NameRun[]) => {
    const toTag: NameRun[] = []
    // Runs spelled like one already waiting for the tagger take its reading.
    const sameSpelling = new Map<string, NameRun[]>()
    for (const run of list) {
      const single = run.end - run.start === 1
      const key = spelling(run)
      if (single && personWords.has(key)) out.push({ start: run.start, end: run.end, type: 'person', source: 'surname', confidence: 0.7, sentence: run.sentence, entries: [] })
      else if (single && run.initial && ordinary(run.start)) continue
      // A title alone ("the President", "the Prime Minister") names no one the document has not named.
      else if (onlyTitles(run)) continue
      // A lone capitalised English word that is no one's surname here ("Faith", "Constitution") is
      // emphasis or a title of respect more often than a name.
      else if (single && kb.isCommonWord(key)) continue
      else if (readings.has(key)) apply(run, readings.get(key) as Reading[])
      else if (sameSpelling.has(key)) sameSpelling.get(key)?.push(run)
      else if (!tagger || caseOf(run.sentence) === 'upper') leftOver.push(run)
      else {
        sameSpelling.set(key, [])
        toTag.push(run)
      }
    }
    if (!tagger || toTag.length === 0) return
    const tagged = tagRuns(tagger, tokens, sentences, toTag)
    const found = new Map<NameRun, Reading[]>(toTag.map((run) => [run, []]))
    let r = 0
    for (const name of [...tagged].sort((a, b) => a.start - b.start)) {
      while (r < toTag.length && toTag[r].end <= name.start) r++
      for (let q = r; q < toTag.length && toTag[q].start < name.end; q++) {
        const run = toTag[q]
        const start = Math.max(name.start, run.start)
        const end = Math.min(name.end, run.end)
        if (start >= end || name.score < MIN_TAGGER_SCORE) continue
        const reading = typed(name.label, name.score, start, end)
        if (reading) found.get(run)?.push({ from: start - run.start, to: end - run.start, type: reading.type, confidence: reading.confidence, entries: reading.entries })
      }
    }
    for (const run of toTag) {
      const list = found.get(run) ?? []
      const key = spelling(run)
      readings.set(key, list)
      apply(run, list)
      for (const other of sameSpelling.get(key) ?? []) apply(other, list)
    }
  }
  // Names of several words first: the people among them make many one-word names surnames, which
  // then need no tagging.
  resolve(runs.filter((r) => r.end - r.start > 1))
  resolve(runs.filter((r) => r.end - r.start === 1))
  // A surname seen before its full name: "Zhang said …" ahead of "Zhang Ming".
  for (const run of leftOver) {
    if (run.end - run.start === 1 && personWords.has(keys(run.start))) out.push({ start: run.start, end: run.end, type: 'person', source: 'surname', confidence: 0.7, sentence: run.sentence, entries: [] })
  }
  return out
}
