import type { DocumentWords } from './document-words.ts'

/** Compass and position words that narrow a place ("northern Syria", "north-east Nigeria", "central Mali"). */
const QUALIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest',
  'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'upper', 'lower',
  'coastal', 'rural', 'mid-western', 'midwestern', 'greater', 'inner',
])

/**
 * The qualifier written right before a place mention starting at token `start`, lower-cased
 * ("northern" for "northern Syria", also for a capitalised "Northern Syria" that is no name of its
 * own), or null. The mention itself covers only the place.
 */
export function qualifierBefore(doc: DocumentWords, start: number, floor: number): string | null {
  if (start - 1 < floor) return null
  if (doc.tokens[start - 1].kind !== 'word') return null
  const key = doc.key(start - 1)
  return QUALIFIERS.has(key) ? key : null
}
