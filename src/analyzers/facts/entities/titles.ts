import type { DocumentWords } from './document-words.ts'
import { TITLE_MODIFIER } from './word-facts.ts'

/**
 * The length of the title that starts at token `i` and ends in a title's head ("Foreign Minister",
 * "President"), or 0: "Defence" alone, as in "Estonian Defence Forces", is no title.
 */
export function titleAt(doc: DocumentWords, i: number): number {
  let k = i
  while (k < doc.tokens.length && doc.isTitleAt(k)) k++
  return k > i && !(doc.facts[k - 1] & TITLE_MODIFIER) ? k - i : 0
}

/**
 * Words after which "General" names a body, not a rank: "General Staff", "General Assembly", and
 * companies: "General Dynamics", "General Atomics", "General Electric", "General Motors".
 */
export const GENERAL_BODIES = new Set(['staff', 'assembly', 'secretariat', 'directorate', 'council', 'command', 'headquarters', 'prosecutor', 'inspectorate', 'dynamics', 'atomics', 'electric', 'motors'])

/** Number of title tokens at the start of tokens `start`..`end` ("President" in "President Xi Jinping"). */
export function leadingTitles(doc: DocumentWords, start: number, end: number): number {
  // "General Staff of the Armed Forces", "General Assembly": a body's name, not a general's.
  if (doc.key(start) === 'general' && start + 1 < end && GENERAL_BODIES.has(doc.key(start + 1))) return 0
  let k = start
  while (k < end - 1 && doc.isTitleAt(k)) k++
  // "Chief" before "Executive" only modifies; before "of" it is the title: "Chief of Naval Operations"
  // (but "A Defense of the Catholic Tradition" is no office).
  if (k > start && doc.facts[k - 1] & TITLE_MODIFIER && (doc.tokens[k].text !== 'of' || doc.key(k - 1) !== 'chief')) return 0
  return k - start
}

/** True when every token of `start`..`end` is a title word: "Chairman", "Prime Minister" alone name no one. */
export function isOnlyTitles(doc: DocumentWords, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!doc.isTitleAt(i)) return false
  return true
}
