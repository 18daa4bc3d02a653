import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import { tokenKey } from '../../../knowledge/token-key.ts'
import { AliasFlag } from '../../../knowledge/types.ts'
import type { EntityType } from '../../../report/schema.ts'
import { WordValues } from '../../../text/vocabulary.ts'
import type { DocumentWords } from './document-words.ts'

/** A name that is part of a hyphenated word: "Kurdish" in "Kurdish-led", "US" and "China" in "US-China". */
export interface HyphenPart {
  token: number
  /** character offsets of the part in the document */
  start: number
  end: number
  type: EntityType
  entry: number
}

/** A known name inside a word's text: where it starts in the text, its length, and its reading. */
interface NamePart {
  at: number
  length: number
  type: EntityType
  entry: number
}

const NAMED_TYPES = new Set<EntityType>(['location', 'nationality', 'organization', 'group'])
const UPPER_START = /^\p{Lu}/u
const LOWER = /\p{Ll}/u
const NO_PARTS: readonly never[] = []

// The name parts of each word, per knowledge base, kept by word id.
const partsByKb = new WeakMap<KnowledgeBase, WordValues<readonly NamePart[]>>()

function namePartsOf(kb: KnowledgeBase, text: string): readonly NamePart[] {
  if (!text.includes('-')) return NO_PARTS
  const parts: NamePart[] = []
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
    if (reading) parts.push({ at, length: part.length, type: kb.entry(reading.value).type, entry: reading.value })
  }
  return parts.length > 0 ? parts : NO_PARTS
}

/**
 * The parts of the hyphenated word at token `index` that the knowledge base knows as places,
 * nationalities, organisations or groups, written as names: "Saudi-led", "Houthi-controlled",
 * "Russia-Ukraine". The word itself is not one name ("Guinea-Bissau" and "Indo-Pacific" are found
 * whole before this).
 */
export function hyphenParts(kb: KnowledgeBase, doc: DocumentWords, index: number): readonly HyphenPart[] {
  const token = doc.tokens[index]
  if (token.kind !== 'word') return NO_PARTS
  let table = partsByKb.get(kb)
  if (!table) partsByKb.set(kb, (table = new WordValues((text) => namePartsOf(kb, text))))
  const parts = table.at(doc.words, index)
  if (parts.length === 0) return NO_PARTS
  return parts.map((part) => ({ token: index, start: token.start + part.at, end: token.start + part.at + part.length, type: part.type, entry: part.entry }))
}
