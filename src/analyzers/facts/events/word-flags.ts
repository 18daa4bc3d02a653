/*
 * The per-token flags of the events analyzer, one byte per token (see WordTypes.forDocument): what a
 * word may begin, and what it is, so that the rules scanning a clause read one byte per token.
 */

/**
 * What a word may begin: a PETRARCH verb, a hand-written pattern's verb or noun. `patternAfterVerb`, on
 * any token, says that the word may begin what a PETRARCH pattern asks for after its verb (its word
 * type's `beginsPatternAfter`).
 */
export const TRIGGER_WORD = { dictionaryVerb: 1, patternVerb: 2, patternNoun: 4, patternAfterVerb: 8 } as const

/** What a token is, beside what it may begin (TRIGGER_WORD). */
export const WORD_FLAG = {
  /** "by" */
  by: 16,
  /** a subject pronoun that may stand for a named actor: "it", "they", "he", "she", "we" */
  pronoun: 32,
  /** the token is written in lower case (its text is its lower case) */
  writtenLower: 64,
  /** the token is written in capitals, or has no letters (its text is its upper case) */
  writtenUpper: 128,
} as const

/**
 * The kinds of PETRARCH verb forms that begin with a word, as bits of the per-token classes (beside
 * the WORD_CLASS bits of function-words.ts), so that a verb is judged in its place before its forms are read.
 */
export const VERB_FORM = { base: 1 << 16, s: 1 << 17, ed: 1 << 18, ing: 1 << 19 } as const

/** A bit of the per-token classes: the word may make an event background before its predicate (see isBackgroundCue). */
export const BACKGROUND_CUE = 1 << 20
