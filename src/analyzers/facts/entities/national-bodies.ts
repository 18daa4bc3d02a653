import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import type { DocumentWords } from './document-words.ts'
import type { Coverage, MentionCandidate } from './mention.ts'
import { isPossessiveAt } from './possessive-names.ts'
import { WORD } from './token-classes.ts'
import { COMMON_WORD, OFFICE_DOMAIN, ORGANISATION_HEAD, ORGANISATION_WORD } from './word-facts.ts'

/**
 * Bodies that many countries have under one name ("Security Council", "National Security
 * Council") are not the one body the knowledge base knows by it (the UN's, the United States')
 * when the text gives them another owner: "Armenia's Security Council", "the Security Council of
 * Kyrgyzstan", "Armenian Security Council".
 */

/**
 * True when the words of tokens `start`..`end` are those of a kind of body rather than a proper
 * name: ordinary words, words of organisation names and of what offices are for, ending in a
 * body's head word ("Security Council", "National Security Council"; not "Red Cross", "UN
 * Security Council").
 */
export function isGenericBodyName(doc: DocumentWords, start: number, end: number): boolean {
  let last = -1
  for (let i = start; i < end; i++) {
    if (!(doc.classes[i] & WORD)) continue
    if (!(doc.facts[i] & (COMMON_WORD | ORGANISATION_WORD | OFFICE_DOMAIN))) return false
    last = i
  }
  return last >= 0 && (doc.facts[last] & ORGANISATION_HEAD) !== 0
}

/** The country of a knowledge-base place or nationality mention, or null. */
function countryOf(m: MentionCandidate | undefined, kb: KnowledgeBase): string | null {
  if (!m || m.entries.length !== 1 || (m.type !== 'location' && m.type !== 'nationality')) return null
  return kb.entry(m.entries[0]).country
}

/**
 * The country the text makes a body's owner, or null: a country's possessive right before it
 * ("Armenia's Security Council") or a country after "of" ("the Security Council of Kyrgyzstan").
 */
function ownerOf(m: MentionCandidate, candidates: readonly MentionCandidate[], doc: DocumentWords, coverage: Coverage): string | null {
  const { kb } = doc
  const sentence = doc.sentences[m.sentence]
  if (m.start - 2 >= sentence.tokenStart && isPossessiveAt(doc, m.start - 1)) {
    const owner = coverage.ownerOf(m.start - 2)
    if (owner !== -1) return countryOf(candidates[owner], kb)
  }
  let k = m.end
  if (k < sentence.tokenEnd && doc.tokens[k].text === 'of') {
    k++
    if (k < sentence.tokenEnd && doc.tokens[k].text === 'the') k++
    const owner = k < sentence.tokenEnd ? coverage.ownerOf(k) : -1
    if (owner !== -1 && candidates[owner].start === k) return countryOf(candidates[owner], kb)
  }
  return null
}

/** True when the document names the UN, or one of its bodies by a name of its own ("UN Security Council", "UNICEF"). */
function mentionsTheUn(candidates: readonly MentionCandidate[], doc: DocumentWords): boolean {
  for (const m of candidates) {
    if (m.entries.length !== 1) continue
    const cameo = doc.kb.entry(m.entries[0]).cameo
    if (cameo && cameo.startsWith('IGOUNO') && !isGenericBodyName(doc, m.start, m.end)) return true
  }
  return false
}

/**
 * Unlinks the mentions of a body known by a generic name ({@link isGenericBodyName}) that the text
 * gives to another owner than the body the knowledge base knows: a country's possessive or "of"
 * and a country of another code ("Armenia's Security Council", "Pakistan's National Security
 * Council"). An international body known by such a name (the UN's "Security Council") keeps its
 * link only when the text names the UN elsewhere or writes the UN into the name ("UN Security
 * Council"). Unlinked mentions stay organisations and group by their spelling.
 */
export function unlinkOtherCountriesBodies(candidates: MentionCandidate[], doc: DocumentWords, coverage: Coverage): void {
  const { kb } = doc
  let un: boolean | undefined
  for (const m of candidates) {
    if (m.type !== 'organization' || m.entries.length !== 1 || m.source !== 'kb' || !isGenericBodyName(doc, m.start, m.end)) continue
    const entry = kb.entry(m.entries[0])
    const owner = ownerOf(m, candidates, doc, coverage)
    const unBody = entry.country === null && entry.cameo !== null && entry.cameo.startsWith('IGOUNO')
    if (owner !== null) {
      if (entry.country !== null ? owner !== entry.country : unBody) {
        m.entries = []
        m.owner = owner
      }
      continue
    }
    if (!unBody) continue
    // The bare name of a UN body: the UN's only where the text speaks of the UN.
    un ??= mentionsTheUn(candidates, doc)
    if (!un) m.entries = []
  }
}
