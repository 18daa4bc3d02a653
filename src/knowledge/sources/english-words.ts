/**
 * What the knowledge-base build needs to know about ordinary English: which words are common
 * words ("reading", "chad", "mobile"), which are given names ("tyler", "hassan") and which are
 * known as people's names at all ("austin", "darwin"), so that a name that is also one of them
 * is matched with care.
 */
export interface EnglishWords {
  isCommonWord(lower: string): boolean
  isGivenName(lower: string): boolean
  isPersonName(lower: string): boolean
}
