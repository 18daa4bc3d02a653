import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import { tokenKeys } from '../../../knowledge/token-key.ts'
import type { Entity, EntityType } from '../../../report/schema.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import { initialsVariants } from '../../../knowledge/sources/name-case.ts'
import { acronymAfter, acronymLetters, longFormAfter } from './acronyms.ts'
import { buildEntities } from './build-entities.ts'
import { groupMentions } from './coreference.ts'
import { disambiguate } from './disambiguation.ts'
import { kbMentions } from './kb-mentions.ts'
import { Coverage, type MentionCandidate, type MentionSource } from './mention.ts'
import { nameRuns, type NameRun } from './name-runs.ts'
import { tagRuns, type NameTagger } from './ner-mentions.ts'
import { hasOrganisationWord, isOrganisationWord } from './organisation-words.ts'
import { qualifierBefore } from './qualifiers.ts'

export interface EntityFinderInput {
  text: string
  tokens: readonly Token[]
  sentences: readonly Sentence[]
}

export interface EntityFinderTools {
  kb: KnowledgeBase
  /** the named-entity tagger for names the knowledge base does not know; null to use the rules alone */
  tagger: NameTagger | null
}

const NER_TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'location' }
const MIN_TAGGER_SCORE = 0.5
// MISC names (events, laws, products) become 'other' entities only when the tagger is sure.
const MIN_OTHER_SCORE = 0.7

/**
 * Finds the entities of a document: knowledge-base names first, then names the knowledge base
 * does not know (after a title, with an organisation word, defined by an acronym, a known
 * person's surname, or found by the tagger), then groups their mentions into entities.
 */
export function findEntities({ text, tokens, sentences }: EntityFinderInput, { kb, tagger }: EntityFinderTools): Entity[] {
  const candidates: MentionCandidate[] = []
  const keys = tokenKeys(tokens)
  const coverage = new Coverage(tokens.length)
  const add = (start: number, end: number, type: EntityType, source: MentionSource, confidence: number, sentence: number, entries: number[] = [], linkedTo: number | null = null) => {
    if (start >= end || !coverage.isFree(start, end)) return -1
    candidates.push({ start, end, type, entries, source, confidence, qualifier: null, sentence, linkedTo })
    coverage.claim(start, end, candidates.length - 1)
    return candidates.length - 1
  }

  for (const sentence of sentences) {
    for (const m of kbMentions(kb, tokens, keys, sentence)) add(m.start, m.end, m.type, 'kb', m.confidence, m.sentence, m.entries)
  }
  disambiguate(candidates, kb, tokens)

  const runs = sentences.flatMap((s) => nameRuns(tokens, keys, s, coverage))
  const pending: NameRun[] = []
  for (const run of runs) {
    const texts = wordTexts(tokens, run.start, run.end)
    const acronym = acronymAfter(tokens, run.start, run.end)
    if (acronym >= 0) add(run.start, run.end, hasOrganisationWord(texts) || run.end - run.start > 1 ? 'organization' : 'other', 'acronym', 0.7, run.sentence)
    else if (run.titled && !hasOrganisationWord(texts)) add(run.start, run.end, 'person', 'title', 0.7, run.sentence)
    else if (hasOrganisationWord(texts) && (run.end - run.start > 1 || (!run.initial && isOrganisationWord(texts[0])))) add(run.start, run.end, 'organization', 'organisation-word', 0.6, run.sentence)
    else pending.push(run)
  }

  let lowerWords: Set<string> | undefined
  // A sentence's first word that is an ordinary English word, or that the document also writes in
  // lower case, is capitalised only because it opens the sentence.
  const ordinary = (i: number) => {
    const lower = keys(i)
    if (kb.isCommonWord(lower)) return true
    if (!lowerWords) {
      lowerWords = new Set()
      for (const t of tokens) if (t.kind === 'word' && t.text.charCodeAt(0) >= 97 && t.text.charCodeAt(0) <= 122) lowerWords.add(t.text)
    }
    return lowerWords.has(lower)
  }
  const personWords = () => {
    const words = new Set<string>()
    for (const m of candidates) if (m.type === 'person' && m.end - m.start > 1) for (let i = m.start; i < m.end; i++) words.add(keys(i))
    return words
  }
  const known = personWords()
  const needTagging: NameRun[] = []
  for (const run of pending) {
    const single = run.end - run.start === 1
    if (single && known.has(keys(run.start))) add(run.start, run.end, 'person', 'surname', 0.7, run.sentence)
    else if (single && run.initial && ordinary(run.start)) continue
    else needTagging.push(run)
  }
  const untagged: NameRun[] = []
  if (tagger && needTagging.length > 0) {
    const tagged = tagRuns(tagger, tokens, sentences, needTagging)
    for (const run of needTagging) {
      let found = false
      for (const name of tagged) {
        const start = Math.max(name.start, run.start)
        const end = Math.min(name.end, run.end)
        if (start >= end) continue
        // Below an even chance the tagger is guessing; "Jordan Bardella" is no place because "Jordan" is one.
        if (name.score < MIN_TAGGER_SCORE) continue
        let type = NER_TYPES[name.label]
        if (!type) {
          if (name.score < MIN_OTHER_SCORE) continue
          type = 'other'
        }
        if (add(start, end, type, 'ner', Math.round(name.score * 100) / 100, run.sentence) >= 0) found = true
      }
      if (!found) untagged.push(run)
    }
  } else untagged.push(...needTagging)
  const surnames = personWords()
  for (const run of untagged) {
    if (run.end - run.start === 1 && surnames.has(keys(run.start))) add(run.start, run.end, 'person', 'surname', 0.7, run.sentence)
  }

  linkAcronyms(candidates, tokens, sentences, coverage, add)
  for (const m of candidates) {
    if (m.type !== 'location') continue
    const sentence = sentences[m.sentence]
    const previous = coverage.ownerOf(m.start - 1)
    if (previous === -1) m.qualifier = qualifierBefore(tokens, keys, m.start, sentence.tokenStart)
  }
  return buildEntities(groupMentions(candidates, tokens, keys), candidates, text, tokens, kb)
}

function wordTexts(tokens: readonly Token[], start: number, end: number): string[] {
  const out: string[] = []
  for (let i = start; i < end; i++) if (tokens[i].kind === 'word') out.push(tokens[i].text)
  return out
}

type Add = (start: number, end: number, type: EntityType, source: MentionSource, confidence: number, sentence: number, entries?: number[], linkedTo?: number | null) => number

/**
 * Joins acronyms to their long forms: "Shanghai Cooperation Organisation (SCO)", "the SCO
 * (Shanghai Cooperation Organisation)", and an acronym on its own anywhere in the document that
 * spells the initials of a name given in full.
 */
function linkAcronyms(candidates: MentionCandidate[], tokens: readonly Token[], sentences: readonly Sentence[], coverage: Coverage, add: Add): void {
  const count = candidates.length
  for (let i = 0; i < count; i++) {
    const m = candidates[i]
    const acronym = acronymAfter(tokens, m.start, m.end)
    if (acronym >= 0) {
      const owner = coverage.ownerOf(acronym)
      if (owner === -1) add(acronym, acronym + 1, m.type, 'acronym', m.confidence, m.sentence, m.entries, i)
      else candidates[owner].linkedTo ??= i
      continue
    }
    if (m.end - m.start !== 1) continue
    const long = longFormAfter(tokens, m.start, sentences[m.sentence].tokenEnd)
    if (!long) continue
    const owner = coverage.ownerOf(long[0])
    if (owner >= 0 && candidates[owner].start === long[0]) candidates[owner].linkedTo ??= i
    else if (coverage.isFree(long[0], long[1])) add(long[0], long[1], m.type === 'other' ? 'organization' : m.type, 'acronym', m.confidence, m.sentence, m.entries, i)
  }
  // Acronyms standing alone: tie each to the full name it abbreviates.
  const byInitials = new Map<string, number>()
  candidates.forEach((m, index) => {
    if (m.end - m.start < 2 || (m.type !== 'organization' && m.type !== 'group')) return
    for (const letters of initialsVariants(wordTexts(tokens, m.start, m.end))) if (letters.length > 1 && !byInitials.has(letters)) byInitials.set(letters, index)
  })
  if (byInitials.size === 0) return
  for (const sentence of sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const letters = acronymLetters(tokens[i])
      if (!letters) continue
      const targetIndex = byInitials.get(letters)
      if (targetIndex === undefined) continue
      const target = candidates[targetIndex]
      const owner = coverage.ownerOf(i)
      if (owner === -1) add(i, i + 1, target.type, 'acronym', target.confidence, sentence.index, target.entries, targetIndex)
      else if (candidates[owner].entries.length === 0 && candidates[owner].end - candidates[owner].start === 1) candidates[owner].linkedTo ??= targetIndex
    }
  }
}
