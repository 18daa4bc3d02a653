import type { DocumentWords } from './document-words.ts'
import { DATE_LEAD, MONTH, WEEKDAY } from './word-facts.ts'

/** True when a month name at token `i` reads as a date: "in May", "May 5", "May 2019"; a weekday always does. */
export function isDateWord(doc: DocumentWords, i: number): boolean {
  const facts = doc.facts[i]
  if (facts & WEEKDAY) return true
  if (!(facts & MONTH)) return false
  const { tokens } = doc
  if (i + 1 < tokens.length && tokens[i + 1].kind === 'number') return true
  if (i > 0 && tokens[i - 1].kind === 'number') return true
  return i > 0 && (doc.facts[i - 1] & DATE_LEAD) !== 0
}
