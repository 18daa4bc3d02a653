import type { Quote } from '../../../report/schema.ts'
import type { Sentence } from '../../../text/types.ts'
import { DETERMINERS, LOCATIVE, PLACE_MODIFIERS } from './function-words.ts'
import type { MentionIndex } from './mentions.ts'

export interface SubjectScope {
  lower: readonly string[]
  mentions: MentionIndex
  sentences: readonly Sentence[]
  quotes: readonly Quote[]
  /** the quote a token lies in, or -1 */
  quoteOfToken: Int32Array
}

function placedByPreposition(lower: readonly string[], token: number): boolean {
  let k = token - 1
  while (k >= 0 && (DETERMINERS.has(lower[k]) || PLACE_MODIFIERS.has(lower[k]))) k--
  return k >= 0 && LOCATIVE.has(lower[k])
}

/**
 * Who a pronoun or role-noun subject stands for: "we" in a quote is its speaker; "he" and "she" the
 * nearest person named before, in the sentence or the one before it; "it", "they", "the ministry",
 * "a spokesperson", "its troops" the nearest organisation, group or place named there that is not
 * merely where something happened ("in Estonia").
 *
 * @example
 * resolveSubject('it', head, sentence, scope) // 'e3' for "The ministry of Ruritania … It said …"
 */
export function resolveSubject(pronoun: string, head: number, sentence: Sentence, scope: SubjectScope): string | null {
  if (pronoun === 'we') {
    const quote = scope.quoteOfToken[head]
    return quote >= 0 ? (scope.quotes[quote].speaker?.entity ?? null) : null
  }
  const wantsPerson = pronoun === 'he' || pronoun === 'she'
  const from = sentence.index > 0 ? scope.sentences[sentence.index - 1].tokenStart : sentence.tokenStart
  const before = scope.mentions.within(from, head)
  for (let k = before.length - 1; k >= 0; k--) {
    const { entity, tokenStart } = before[k]
    if (wantsPerson ? entity.type === 'person' : ['organization', 'group', 'location'].includes(entity.type) && !placedByPreposition(scope.lower, tokenStart)) return entity.id
  }
  return null
}
