import { isAllCaps } from '../../../knowledge/case-fit.ts'
import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import type { TokenKeys } from '../../../knowledge/token-key.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import type { Coverage, MentionCandidate } from './mention.ts'
import { isOrganisationWord } from './organisation-words.ts'
import { isCapitalised } from './token-context.ts'

// Words that may sit between capitalised words of an organisation's name.
const INSIDE = new Set(['of', 'the', 'and', 'for', 'on', '&'])

/**
 * Knowledge-base mentions that are only part of an organisation's name: a nationality or place
 * before one ("Estonian Defence Forces", "Russian Foreign Ministry", "Kenya National Commission on
 * Human Rights"), an acronym before one ("ECOWAS Commission"), or a place or body after "of"
 * ("Embassy of China", "Council of the European Union"). Returns their candidate indices, for the
 * name-run finder to read the whole name instead.
 */
export function partsOfOrganisationNames(candidates: readonly MentionCandidate[], tokens: readonly Token[], keys: TokenKeys, sentences: readonly Sentence[], coverage: Coverage, kb: KnowledgeBase): Set<number> {
  const parts = new Set<number>()
  candidates.forEach((m, index) => {
    if (m.source !== 'kb' || m.entries.length === 0) return
    const sentence = sentences[m.sentence]
    const type = kb.entry(m.entries[0]).type
    const acronym = type === 'organization' && m.end - m.start === 1 && isAllCaps(tokens[m.start].text)
    if (type === 'location' || type === 'nationality' || acronym) {
      for (let k = m.end; k < sentence.tokenEnd && coverage.ownerOf(k) === -1 && tokens[k].spaceBefore; k++) {
        if (isCapitalised(tokens[k]) && isOrganisationWord(keys(k))) {
          parts.add(index)
          return
        }
        if (!isCapitalised(tokens[k]) && !(k > m.end && INSIDE.has(tokens[k].text))) break
      }
    }
    if (type === 'location' || type === 'organization' || type === 'group') {
      let k = m.start - 1
      if (k >= sentence.tokenStart && keys(k) === 'the') k--
      if (k < sentence.tokenStart || tokens[k].text !== 'of') return
      k--
      if (k >= sentence.tokenStart && coverage.ownerOf(k) === -1 && isCapitalised(tokens[k]) && isOrganisationWord(keys(k))) parts.add(index)
    }
  })
  return parts
}
