import type { EntityType } from '../../../report/schema.ts'
import type { DocumentWords } from './document-words.ts'
import { HEAD_GROUP, HEAD_OTHER, HEAD_PLACE, HEAD_SHIFT, OTHER_FIRST_WORD } from './word-facts.ts'

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
  if (head === HEAD_OTHER || doc.facts[start] & OTHER_FIRST_WORD) return 'other'
  if (head === HEAD_GROUP) return 'group'
  if (head === HEAD_PLACE) return 'location'
  return null
}
