import { MONTHS, WEEKDAYS } from '../dates/calendar.ts'
import type { Chunk } from './chunks.ts'
import { IRREGULAR_PLURALS, PHRASE_STOPS, S_ADJECTIVES } from './lexicon.ts'

// A word, not a possessive ("one side's view" counts no "side's"); a model name with digits is a
// word too ("six Su-30MKI fighters", "two M142 rocket systems").
const WORD = /^\p{L}[\p{L}\p{M}'’.-]*$|^\p{Lu}[\p{L}\p{N}]*-?[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*$/u
// Made once: compiled down for an older runtime, a \p{…} literal in a function is rebuilt at each call.
const STARTS_UPPER = /^\p{Lu}/u
const POSSESSIVE = /['’]s?$/
// Singular nouns that follow "one" without counting anything: "one day", "at one point".
const NOT_COUNTED = new Set(['day', 'time', 'point', 'way', 'side', 'hand', 'thing', 'another', 'other', 'moment', 'stage', 'case', 'reason', 'word', 'place'])

/** True for a lower-cased word that reads as a plural noun: "troops", "batteries", "people", "aircraft". */
export function looksPlural(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true
  return lower.length > 3 && lower.endsWith('s') && !/(?:ss|us|is|'s|’s)$/.test(lower) && !S_ADJECTIVES.has(lower)
}

const isVerbForm = (lower: string) => !IRREGULAR_PLURALS.has(lower) && lower.length > 4 && (lower.endsWith('ed') || lower.endsWith('ing'))

function isPhraseWord(c: Chunk): boolean {
  if (c.punct || PHRASE_STOPS.has(c.lower) || !WORD.test(c.text) || POSSESSIVE.test(c.text)) return false
  const bare = c.lower.replace(/\.$/, '')
  return !MONTHS.has(bare) && !WEEKDAYS.has(bare)
}

/**
 * Finds the counted noun after a number: the head of the noun phrase starting at chunk `from`,
 * skipping modifiers ("1,200 Russian troops" → troops, "5 armoured personnel carriers" → carriers).
 * For a count of one the head is singular ("one soldier"). Returns the chunk index, or -1.
 */
export function findCountedNoun(chunks: readonly Chunk[], from: number, count: number): number {
  let limit = Math.min(chunks.length, from + 4)
  let singular = -1
  for (let k = from; k < limit; k++) {
    // A name used as a modifier may run longer: "two M142 High Mobility Artillery Rocket Systems".
    if (k === limit - 1 && limit < Math.min(chunks.length, from + 7) && STARTS_UPPER.test(chunks[k].text)) limit++
    const c = chunks[k]
    if (!isPhraseWord(c)) break
    if (isVerbForm(c.lower)) {
      if (k === from && k + 1 < limit && isPhraseWord(chunks[k + 1])) continue
      break
    }
    if (count !== 1 && looksPlural(c.lower)) {
      // A plural noun used as a modifier: "12 United Nations peacekeepers", "5 armoured personnel carriers".
      const next = chunks[k + 1]
      // Inside a name that runs on, a plural-looking word is no head: "High Mobility Artillery Rocket Systems".
      // Only a word that is plural by the list, not by its -s, reads so: a Title Case headline keeps "Two DREAMERs Caught …".
      if (next && k + 1 < limit && IRREGULAR_PLURALS.has(c.lower) && STARTS_UPPER.test(c.text) && isPhraseWord(next) && STARTS_UPPER.test(next.text)) continue
      if (next && k + 1 < from + 5 && isPhraseWord(next) && looksPlural(next.lower) && !isVerbForm(next.lower)) return k + 1
      return k
    }
    // For a count of one the head is the last word before the phrase ends: "one senior official said".
    if (count === 1) {
      if (NOT_COUNTED.has(c.lower) || looksPlural(c.lower)) return singular
      singular = k
    }
  }
  return singular
}
