import type { VerbFormKind } from '../../../knowledge/cameo/verb-forms.ts'
import type { Token } from '../../../text/types.ts'
import { WORD_CLASS, wordClasses } from './function-words.ts'
import type { MentionIndex } from './mentions.ts'

export interface VerbReading {
  /** the token before the form, skipping adverbs such as "also" or "reportedly" */
  previous: number
  /** true for "was attacked", "has been shelled" */
  passive: boolean
}

/** The closed classes of token k (WORD_CLASS bits of its own lower case). */
function classesAt(tokens: readonly Token[], classes: Int32Array | undefined, k: number): number {
  return classes ? classes[k] : wordClasses(tokens[k].text.toLowerCase())
}

function previousWord(tokens: readonly Token[], classes: Int32Array | undefined, i: number, floor: number): number {
  let p = i - 1
  while (p >= floor && classesAt(tokens, classes, p) & WORD_CLASS.adverbial) p--
  return p
}

/** "-s" forms of appeals that a name before them makes verbs when their particle follows: "Poland calls on NATO". */
const APPEAL_FORMS = new Set(['calls', 'appeals'])
/** Their base forms, verbs after "and" when their particle follows: "condemn … and call on". */
const APPEAL_BASES = new Set(['call', 'appeal'])
/** Their "-ing" forms, verbs after "and" when their particle follows: "a resolution condemning … and calling on the Council to …". */
const APPEAL_INGS = new Set(['calling', 'appealing'])
const APPEAL_PARTICLES = new Set(['on', 'upon', 'for', 'to'])

/** Token i is one of `forms` with an appeal's particle after it ("calls on", "appeal to"). */
function isAppealAt(tokens: readonly Token[], i: number, forms: ReadonlySet<string>): boolean {
  return forms.has(tokens[i].text.toLowerCase()) && i + 1 < tokens.length && APPEAL_PARTICLES.has(tokens[i + 1].text.toLowerCase())
}

/**
 * Decides, without a parser, whether a dictionary verb form reads as a verb where it stands. Inflected
 * forms that English also uses as nouns ("attack", "strikes", "meeting") count only in verbal company: a
 * pronoun, modal, "to" or entity before them, or an object right after an "-s" form. "-ed" forms count
 * unless a determiner makes them adjectives ("the detained activists"). `classes`, when given, holds
 * each token's WORD_CLASS bits (of its own lower case), which spares lower-casing the tokens again.
 *
 * @example
 * readsAsVerb(tokenize('Russia attacks Kyiv'), 1, 'base', mentions, 0) // { previous: 0, passive: false }
 * readsAsVerb(tokenize('the attacks on Kyiv'), 1, 's', mentions, 0)   // null
 */
export function readsAsVerb(tokens: readonly Token[], i: number, kind: VerbFormKind, mentions: MentionIndex, floor: number, classes?: Int32Array): VerbReading | null {
  const p = previousWord(tokens, classes, i, floor)
  const prevIs = p >= floor ? classesAt(tokens, classes, p) : 0
  const before = p >= floor ? mentions.at(p) : undefined
  // "Russian forces", "NATO troops": a nationality is an adjective, and an "-s" form after a name is a plural noun
  // unless an object follows it ("Russia strikes Kyiv", "Russia says that …").
  const afterEntity = before !== undefined && before.entity.type !== 'nationality'
  if (mentions.at(i) !== undefined) return null
  // Not "first" or "new": "had first shelled" is a verb.
  if (prevIs & (WORD_CLASS.nounOpener | WORD_CLASS.possessive)) return null
  switch (kind) {
    case 'ed':
      return { previous: p, passive: (prevIs & WORD_CLASS.be) !== 0 }
    case 'ing':
      if (prevIs & (WORD_CLASS.be | WORD_CLASS.ingVerbContext | WORD_CLASS.subjectPronoun) || afterEntity) return { previous: p, passive: false }
      if (p >= floor && tokens[p].text.toLowerCase() === 'and' && isAppealAt(tokens, i, APPEAL_INGS)) return { previous: p, passive: false }
      return null
    case 'base':
      if (prevIs & (WORD_CLASS.modal | WORD_CLASS.do | WORD_CLASS.subjectPronoun | WORD_CLASS.contractedNegation | WORD_CLASS.to) || afterEntity) {
        return { previous: p, passive: false }
      }
      // "We condemn … and call on the international community": an appeal joined by "and" to a verb before it.
      if (p >= floor && tokens[p].text.toLowerCase() === 'and' && isAppealAt(tokens, i, APPEAL_BASES)) return { previous: p, passive: false }
      return null
    case 's': {
      const nextIs = i + 1 < tokens.length ? classesAt(tokens, classes, i + 1) : 0
      // "… a ruling Beijing rejects.": after a name, at the end of its clause.
      if (prevIs & WORD_CLASS.subjectPronoun || (afterEntity && nextIs & WORD_CLASS.clauseEndMark)) return { previous: p, passive: false }
      // "Poland calls on NATO …", "the EU appeals for calm": an appeal after a name, its particle after it.
      if (afterEntity && isAppealAt(tokens, i, APPEAL_FORMS)) return { previous: p, passive: false }
      if (p >= floor && !(prevIs & (WORD_CLASS.preposition | WORD_CLASS.have | WORD_CLASS.be)) && tokens[p].kind === 'word' && (nextIs & WORD_CLASS.objectOpener || mentions.at(i + 1) !== undefined)) {
        return { previous: p, passive: false }
      }
      return null
    }
  }
}
