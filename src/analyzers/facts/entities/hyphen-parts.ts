import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import { tokenKey } from '../../../knowledge/token-key.ts'
import { AliasFlag } from '../../../knowledge/types.ts'
import type { EntityType } from '../../../report/schema.ts'
import type { Token } from '../../../text/types.ts'

/** A name that is part of a hyphenated word: "Kurdish" in "Kurdish-led", "US" and "China" in "US-China". */
export interface HyphenPart {
  token: number
  /** character offsets of the part in the document */
  start: number
  end: number
  type: EntityType
  entry: number
}

const NAMED_TYPES = new Set<EntityType>(['location', 'nationality', 'organization', 'group'])
const UPPER_START = /^\p{Lu}/u
const LOWER = /\p{Ll}/u

/**
 * The parts of a hyphenated word that the knowledge base knows as places, nationalities,
 * organisations or groups, written as names: "Saudi-led", "Houthi-controlled", "Russia-Ukraine".
 * The word itself is not one name ("Guinea-Bissau" and "Indo-Pacific" are found whole before this).
 */
export function hyphenParts(kb: KnowledgeBase, token: Token, index: number): HyphenPart[] {
  const text = token.text
  if (token.kind !== 'word' || !text.includes('-')) return []
  const parts: HyphenPart[] = []
  let offset = 0
  for (const part of text.split('-')) {
    const at = offset
    offset += part.length + 1
    if (part.length < 2 || !UPPER_START.test(part)) continue
    const reading = kb.names.lookup([tokenKey(part)]).find((c) => {
      if (c.flags & AliasFlag.needsArticle) return false
      if (c.flags & AliasFlag.exactCase && LOWER.test(part)) return false
      return NAMED_TYPES.has(kb.entry(c.value).type)
    })
    if (reading) parts.push({ token: index, start: token.start + at, end: token.start + at + part.length, type: kb.entry(reading.value).type, entry: reading.value })
  }
  return parts
}
