import type { EntityType } from '../../../report/schema.ts'
import type { DocumentWords } from './document-words.ts'
import { ABOUT_HEADS, HEAD_GROUP, HEAD_OTHER, HEAD_PLACE, HEAD_SHIFT, OTHER_FIRST_WORD } from './word-facts.ts'

// Words that open a verb's object, written in lower case: after one, a name's head word ("Exercise", "Plan") is a verb.
const OBJECT_OPENERS = new Set(['your', 'their', 'our', 'its', 'his', 'her', 'my', 'the', 'a', 'an', 'this', 'these'])

/**
 * The type a name's head word gives it, or null: laws, agreements and events are 'other', cartels
 * and militias 'group', places and buildings 'location'.
 *
 * @example
 * headType(doc, start, end) // 'location' for "Senkaku Islands"
 */
export function headType(doc: DocumentWords, start: number, end: number): EntityType | null {
  if (end - start < 2) return null
  const head = (doc.facts[end - 1] >>> HEAD_SHIFT) & 3
  // "… Poll Exercise your right to vote": a head word with an object after it is a verb.
  if (head === HEAD_OTHER && end < doc.tokens.length && OBJECT_OPENERS.has(doc.tokens[end].text)) return null
  if (head === HEAD_OTHER || doc.facts[start] & OTHER_FIRST_WORD || headsOtherBeforeOf(doc, start, end)) return 'other'
  if (head === HEAD_GROUP) return 'group'
  if (head === HEAD_PLACE) return 'location'
  return null
}

// Small words after which a law's or an agreement's head word goes on with what it is about.
const ABOUT = new Set(['on', 'of', 'for'])

/**
 * True when a head word of laws and agreements ({@link ABOUT_HEADS}) goes on with "on", "of" or
 * "for" inside the name:
 * "UN Convention on the Law of the Sea", "Treaty on the Non-Proliferation of Nuclear Weapons".
 */
function headsOtherBeforeOf(doc: DocumentWords, start: number, end: number): boolean {
  for (let k = start; k + 2 < end; k++) {
    if (ABOUT_HEADS.has(doc.key(k)) && doc.isCapitalised(k) && ABOUT.has(doc.tokens[k + 1].text)) return true
  }
  return false
}
