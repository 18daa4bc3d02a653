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

/** A known name of several words whose last word is written joined to a hyphen: "Hong Kong" in "Hong Kong-based". */
export interface SpannedHyphenName {
  /** tokens start..end, the last one the hyphenated word */
  start: number
  end: number
  /** character offsets of the name in the document */
  chars: [number, number]
  type: EntityType
  entry: number
}

// How many words before the hyphenated one a name may hold.
const MAX_WORDS_BEFORE = 3

/**
 * The name the knowledge base knows that ends in the first part of the hyphenated word at token
 * `index` and starts with the capitalised words right before it, the longest first: "Hong Kong"
 * in "Hong Kong-based", "Sri Lanka" in "Sri Lanka-flagged", "Saudi Arabia" in "Saudi Arabia-led";
 * null when there is none. `isFree` says whether a token is still free of mentions.
 */
export function spannedHyphenName(kb: KnowledgeBase, doc: DocumentWords, index: number, floor: number, isFree: (i: number) => boolean): SpannedHyphenName | null {
  const token = doc.tokens[index]
  const hyphen = token.text.indexOf('-')
  if (token.kind !== 'word' || hyphen < 2 || !UPPER_START.test(token.text)) return null
  const head = tokenKey(token.text.slice(0, hyphen))
  let first = index
  while (first - 1 >= floor && index - (first - 1) <= MAX_WORDS_BEFORE && isFree(first - 1) && doc.tokens[first].spaceBefore && doc.isCapitalised(first - 1) && !doc.tokens[first - 1].text.includes('-')) first--
  for (let start = first; start < index; start++) {
    const keys: string[] = []
    for (let k = start; k < index; k++) keys.push(doc.key(k))
    keys.push(head)
    const reading = kb.names.lookup(keys).find((c) => !(c.flags & AliasFlag.needsArticle) && NAMED_TYPES.has(kb.entry(c.value).type))
    if (reading) return { start, end: index + 1, chars: [doc.tokens[start].start, token.start + hyphen], type: kb.entry(reading.value).type, entry: reading.value }
  }
  return null
}
