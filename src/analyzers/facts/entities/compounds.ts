import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import type { TokenKeys } from '../../../knowledge/token-key.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import type { Coverage, MentionCandidate } from './mention.ts'
import { isOrganisationWord } from './organisation-words.ts'
import { isCapitalised } from './token-context.ts'

// Words that may sit between capitalised words of an organisation's name.
const INSIDE = new Set(['of', 'the', 'and', 'for', 'on', '&'])

const NAMEABLE = new Set(['location', 'nationality', 'organization', 'group'])

/**
 * Knowledge-base mentions that are only part of an organisation's name: a nationality, place or
 * organisation before one ("Estonian Defence Forces", "Russian Foreign Ministry", "Kenya National
 * Commission on Human Rights", "ECOWAS Commission", "Islamic Revolutionary Guard Corps"), or a
 * place or body after "of" ("Embassy of China", "Council of the European Union"). Returns their
 * candidate indices, for the name-run finder to read the whole name instead.
 */
export function partsOfOrganisationNames(candidates: readonly MentionCandidate[], tokens: readonly Token[], keys: TokenKeys, sentences: readonly Sentence[], coverage: Coverage, kb: KnowledgeBase): Set<number> {
  const parts = new Set<number>()
  const typeOf = (m: MentionCandidate) => (m.source === 'kb' && m.entries.length > 0 ? kb.entry(m.entries[0]).type : null)
  candidates.forEach((m, index) => {
    const type = typeOf(m)
    if (!type || !NAMEABLE.has(type) || parts.has(index)) return
    const sentence = sentences[m.sentence]
    const inside: number[] = [index]
    for (let k = m.end; k < sentence.tokenEnd && tokens[k].spaceBefore; ) {
      const owner = coverage.ownerOf(k)
      if (owner !== -1) {
        const other = candidates[owner]
        const otherType = typeOf(other)
        if (!otherType || !NAMEABLE.has(otherType) || other.chars) break
        inside.push(owner)
        k = other.end
        continue
      }
      if (isCapitalised(tokens[k]) && isOrganisationWord(keys(k))) {
        for (const part of inside) parts.add(part)
        return
      }
      if (!isCapitalised(tokens[k]) && !(k > m.end && INSIDE.has(tokens[k].text))) break
      k++
    }
    if (type === 'nationality') return
    let k = m.start - 1
    if (k >= sentence.tokenStart && keys(k) === 'the') k--
    if (k < sentence.tokenStart || tokens[k].text !== 'of') return
    k--
    if (k >= sentence.tokenStart && coverage.ownerOf(k) === -1 && isCapitalised(tokens[k]) && isOrganisationWord(keys(k))) parts.add(index)
  })
  return parts
}
