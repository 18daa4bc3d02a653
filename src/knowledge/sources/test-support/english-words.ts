import type { EnglishWords } from '../english-words.ts'

const COMMON = new Set(['reading', 'mobile', 'nice', 'split', 'care', 'pentagon', 'senate', 'congress', 'may', 'man', 'orange'])
const GIVEN = new Set(['catherine', 'tyler', 'hassan', 'michael', 'jordan', 'chad'])
const PEOPLE = new Set([...GIVEN, 'darwin', 'austin', 'sydney'])

/** A small stand-in for the English lexicon the build reads. */
export const testWords: EnglishWords = {
  isCommonWord: (w) => COMMON.has(w),
  isGivenName: (w) => GIVEN.has(w),
  isPersonName: (w) => PEOPLE.has(w),
}
