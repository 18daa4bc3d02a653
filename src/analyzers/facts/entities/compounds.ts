import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import type { EntityType } from '../../../report/schema.ts'
import type { DocumentWords } from './document-words.ts'
import type { Coverage, MentionCandidate } from './mention.ts'
import { ORGANISATION_HEAD } from './word-facts.ts'

// Words that may sit between capitalised words of an organisation's name.
const INSIDE = new Set(['of', 'the', 'and', 'for', 'on', '&'])

const NAMEABLE = new Set(['location', 'nationality', 'organization', 'group'])

function typeOf(m: MentionCandidate, kb: KnowledgeBase): EntityType | null {
  return m.source === 'kb' && m.entries.length > 0 ? kb.entry(m.entries[0]).type : null
}

// A capitalised word that heads organisation names: "Forces", "Ministry", "Commission".
function isOrganisationHead(doc: DocumentWords, k: number): boolean {
  return doc.isCapitalised(k) && (doc.facts[k] & ORGANISATION_HEAD) !== 0
}

/**
 * Knowledge-base mentions that are only part of an organisation's name: a nationality, place or
 * organisation before one ("Estonian Defence Forces", "Russian Foreign Ministry", "Kenya National
 * Commission on Human Rights", "ECOWAS Commission", "Islamic Revolutionary Guard Corps"), or a
 * place or body after "of" ("Embassy of China", "Council of the European Union"). Returns their
 * candidate indices, for the name-run finder to read the whole name instead.
 */
export function partsOfOrganisationNames(candidates: readonly MentionCandidate[], doc: DocumentWords, coverage: Coverage, kb: KnowledgeBase): Set<number> {
  const { tokens, sentences } = doc
  const parts = new Set<number>()
  candidates: for (let index = 0; index < candidates.length; index++) {
    const m = candidates[index]
    const type = typeOf(m, kb)
    if (!type || !NAMEABLE.has(type) || parts.has(index)) continue
    const sentence = sentences[m.sentence]
    const inside: number[] = [index]
    for (let k = m.end; k < sentence.tokenEnd && tokens[k].spaceBefore; ) {
      const owner = coverage.ownerOf(k)
      if (owner !== -1) {
        const other = candidates[owner]
        const otherType = typeOf(other, kb)
        if (!otherType || !NAMEABLE.has(otherType) || other.chars) break
        inside.push(owner)
        k = other.end
        continue
      }
      if (isOrganisationHead(doc, k)) {
        for (const part of inside) parts.add(part)
        continue candidates
      }
      if (!doc.isCapitalised(k) && !(k > m.end && INSIDE.has(tokens[k].text))) break
      k++
    }
    if (type === 'nationality') continue
    let k = m.start - 1
    if (k >= sentence.tokenStart && doc.key(k) === 'the') k--
    if (k < sentence.tokenStart || tokens[k].text !== 'of') continue
    k--
    if (k >= sentence.tokenStart && coverage.ownerOf(k) === -1 && isOrganisationHead(doc, k)) parts.add(index)
  }
  return parts
}
