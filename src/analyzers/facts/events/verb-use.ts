import type { VerbFormKind } from '../../../knowledge/cameo/verb-forms.ts'
import type { Token } from '../../../text/types.ts'
import { WORD_CLASS, wordClasses } from './function-words.ts'
import type { MentionIndex } from './mentions.ts'

/** A punctuation mark that ends a clause right after a verb: "… a ruling Beijing rejects." */
const CLAUSE_END_MARKS = new Set(['.', ',', ';', ':', '!', '?'])

/** The tokens' own lower case and its closed classes (WORD_CLASS bits), when the caller has them at hand. */
export interface ClassedWord {
  readonly own: string
  readonly ownClasses: number
}

export interface VerbReading {
  /** the token before the form, skipping adverbs such as "also" or "reportedly" */
  previous: number
  /** true for "was attacked", "has been shelled" */
  passive: boolean
}

/** Token k lower-cased on its own. */
function ownLower(tokens: readonly Token[], words: readonly ClassedWord[] | undefined, k: number): string {
  return words ? words[k].own : tokens[k].text.toLowerCase()
}

/** The closed classes of token k (WORD_CLASS bits). */
function classesAt(tokens: readonly Token[], words: readonly ClassedWord[] | undefined, k: number): number {
  return words ? words[k].ownClasses : wordClasses(tokens[k].text.toLowerCase())
}

function previousWord(tokens: readonly Token[], words: readonly ClassedWord[] | undefined, i: number, floor: number): number {
  let p = i - 1
  while (p >= floor && classesAt(tokens, words, p) & WORD_CLASS.adverbial) p--
  return p
}

/**
 * Decides, without a parser, whether a dictionary verb form reads as a verb where it stands. Inflected
 * forms that English also uses as nouns ("attack", "strikes", "meeting") count only in verbal company: a
 * pronoun, modal, "to" or entity before them, or an object right after an "-s" form. "-ed" forms count
 * unless a determiner makes them adjectives ("the detained activists"). `words`, when given, holds the
 * tokens lower-cased with their classes, which spares lower-casing them again.
 *
 * @example
 * readsAsVerb(tokenize('Russia attacks Kyiv'), 1, 'base', mentions, 0) // { previous: 0, passive: false }
 * readsAsVerb(tokenize('the attacks on Kyiv'), 1, 's', mentions, 0)   // null
 */
export function readsAsVerb(tokens: readonly Token[], i: number, kind: VerbFormKind, mentions: MentionIndex, floor: number, words?: readonly ClassedWord[]): VerbReading | null {
  const p = previousWord(tokens, words, i, floor)
  const prev = p >= floor ? ownLower(tokens, words, p) : ''
  const prevIs = p >= floor ? classesAt(tokens, words, p) : 0
  const next = i + 1 < tokens.length ? ownLower(tokens, words, i + 1) : ''
  const before = p >= floor ? mentions.at(p) : undefined
  // "Russian forces", "NATO troops": a nationality is an adjective, and an "-s" form after a name is a plural noun
  // unless an object follows it ("Russia strikes Kyiv", "Russia says that …").
  const afterEntity = before !== undefined && before.entity.type !== 'nationality'
  if (mentions.at(i) !== undefined) return null
  // Not "first" or "new": "had first shelled" is a verb.
  if (prevIs & WORD_CLASS.nounOpener || prev === "'s" || prev === '’s') return null
  switch (kind) {
    case 'ed':
      return { previous: p, passive: (prevIs & WORD_CLASS.be) !== 0 }
    case 'ing':
      if (prevIs & (WORD_CLASS.be | WORD_CLASS.ingVerbContext | WORD_CLASS.subjectPronoun) || afterEntity) return { previous: p, passive: false }
      return null
    case 'base':
      if (prevIs & (WORD_CLASS.modal | WORD_CLASS.do | WORD_CLASS.subjectPronoun | WORD_CLASS.contractedNegation) || prev === 'to' || afterEntity) {
        return { previous: p, passive: false }
      }
      return null
    case 's': {
      // "… a ruling Beijing rejects.": after a name, at the end of its clause.
      if (prevIs & WORD_CLASS.subjectPronoun || (afterEntity && CLAUSE_END_MARKS.has(next))) return { previous: p, passive: false }
      const nextIs = i + 1 < tokens.length ? classesAt(tokens, words, i + 1) : 0
      if (p >= floor && !(prevIs & (WORD_CLASS.preposition | WORD_CLASS.have | WORD_CLASS.be)) && tokens[p].kind === 'word' && (nextIs & WORD_CLASS.objectOpener || mentions.at(i + 1) !== undefined)) {
        return { previous: p, passive: false }
      }
      return null
    }
  }
}
