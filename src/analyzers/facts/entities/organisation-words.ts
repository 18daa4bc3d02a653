import type { DocumentWords } from './document-words.ts'
import { ORGANISATION_WORD } from './word-facts.ts'

/** True when tokens `start`..`end` hold a word of organisation names, describing words included ("National Rally"). */
export function hasOrganisationWord(doc: DocumentWords, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (doc.facts[i] & ORGANISATION_WORD) return true
  return false
}
