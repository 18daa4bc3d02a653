import type { VerbFormKind } from '../../../knowledge/cameo/verb-forms.ts'
import type { Token } from '../../../text/types.ts'
import { BE_FORMS, DETERMINERS, DO_FORMS, HAVE_FORMS, MODALS, NOUN_OPENERS, PREPOSITIONS, SUBJECT_PRONOUNS, VERB_ADVERBS, isNegation } from './function-words.ts'
import type { MentionIndex } from './mentions.ts'

/** Words after which an "-ing" form is a verb: "was shelling", "after meeting", "by attacking". */
const ING_VERB_CONTEXT = new Set(['after', 'before', 'while', 'since', 'by', 'without', 'for', 'of', 'from', 'continue', 'continued', 'continues', 'began', 'begun', 'started', 'stopped', 'kept'])

/** Words that open an object after a verb: "accuses the West", "says that", "strikes Kyiv". */
const OBJECT_OPENERS = new Set([...DETERMINERS, 'that', 'him', 'them', 'us', 'me', 'it', 'what', 'how', 'why', 'whether', 'to'])

export interface VerbReading {
  /** the token before the form, skipping adverbs such as "also" or "reportedly" */
  previous: number
  /** true for "was attacked", "has been shelled" */
  passive: boolean
}

function previousWord(tokens: readonly Token[], i: number, floor: number): number {
  let p = i - 1
  while (p >= floor) {
    const w = tokens[p].text.toLowerCase()
    if (!(VERB_ADVERBS.has(w) || w.endsWith('ly') || isNegation(w))) break
    p--
  }
  return p
}

/**
 * Decides, without a parser, whether a dictionary verb form reads as a verb where it stands. Inflected
 * forms that English also uses as nouns ("attack", "strikes", "meeting") count only in verbal company: a
 * pronoun, modal, "to" or entity before them, or an object right after an "-s" form. "-ed" forms count
 * unless a determiner makes them adjectives ("the detained activists").
 *
 * @example
 * readsAsVerb(tokenize('Russia attacks Kyiv'), 1, 'base', mentions, 0) // { previous: 0, passive: false }
 * readsAsVerb(tokenize('the attacks on Kyiv'), 1, 's', mentions, 0)   // null
 */
export function readsAsVerb(tokens: readonly Token[], i: number, kind: VerbFormKind, mentions: MentionIndex, floor: number): VerbReading | null {
  const p = previousWord(tokens, i, floor)
  const prev = p >= floor ? tokens[p].text.toLowerCase() : ''
  const next = i + 1 < tokens.length ? tokens[i + 1].text.toLowerCase() : ''
  const before = p >= floor ? mentions.at(p) : undefined
  // "Russian forces", "NATO troops": a nationality is an adjective, and an "-s" form after a name is a plural noun
  // unless an object follows it ("Russia strikes Kyiv", "Russia says that …").
  const afterEntity = before !== undefined && before.entity.type !== 'nationality'
  if (mentions.at(i) !== undefined) return null
  // Not "first" or "new": "had first shelled" is a verb.
  if (NOUN_OPENERS.has(prev) || prev === "'s" || prev === '’s') return null
  switch (kind) {
    case 'ed':
      return { previous: p, passive: BE_FORMS.has(prev) }
    case 'ing':
      if (BE_FORMS.has(prev) || ING_VERB_CONTEXT.has(prev) || SUBJECT_PRONOUNS.has(prev) || afterEntity) return { previous: p, passive: false }
      return null
    case 'base':
      if (MODALS.has(prev) || prev === 'to' || DO_FORMS.has(prev) || SUBJECT_PRONOUNS.has(prev) || afterEntity || /n['’]t$/.test(prev)) {
        return { previous: p, passive: false }
      }
      return null
    case 's':
      // "… a ruling Beijing rejects.": after a name, at the end of its clause.
      if (SUBJECT_PRONOUNS.has(prev) || (afterEntity && /^[.,;:!?]$/.test(next))) return { previous: p, passive: false }
      if (p >= floor && !PREPOSITIONS.has(prev) && !HAVE_FORMS.has(prev) && !BE_FORMS.has(prev) && tokens[p].kind === 'word' && (OBJECT_OPENERS.has(next) || mentions.at(i + 1) !== undefined)) {
        return { previous: p, passive: false }
      }
      return null
  }
}
