import type { Quote } from '../../../report/schema.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import { DETERMINERS, LOCATIVE, PLACE_MODIFIERS } from './function-words.ts'
import type { MentionIndex } from './mentions.ts'

export interface SubjectScope {
  lower: readonly string[]
  mentions: MentionIndex
  sentences: readonly Sentence[]
  quotes: readonly Quote[]
  /** the quote a token lies in, or -1 */
  quoteOfToken: Int32Array
  /** the entity that issued the document (see {@link issuerEntity}), worked out when a "we" first asks */
  issuer: () => string | null
  /** the document's tokens, to see quotation marks the quote finder left without a quote */
  tokens: readonly Token[]
}

/** Whether a sentence holds a quotation mark: its "we" may be a speaker's, not the issuer's. */
function hasQuotationMark(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (tokens[k].kind === 'quote') return true
  return false
}

/**
 * The entity that issued the document: the one whose name, or a mention of it, the issuer line holds
 * ("Press Office of the People's Front for Neutrality" → People's Front for Neutrality); the longest
 * such name wins; null without an issuer or a match.
 */
export function issuerEntity(issuer: string | null | undefined, mentions: MentionIndex): string | null {
  if (!issuer) return null
  const line = issuer.toLowerCase()
  let best: { id: string; length: number } | null = null
  const seen = new Set<string>()
  for (const { entity } of mentions.all) {
    if (seen.has(entity.id) || (entity.type !== 'organization' && entity.type !== 'group' && entity.type !== 'location')) continue
    seen.add(entity.id)
    for (const name of [entity.name, ...entity.mentions.map((m) => m.text)]) {
      if (name.length > (best?.length ?? 2) && line.includes(name.toLowerCase())) best = { id: entity.id, length: name.length }
    }
  }
  return best?.id ?? null
}

function placedByPreposition(lower: readonly string[], token: number): boolean {
  let k = token - 1
  while (k >= 0 && (DETERMINERS.has(lower[k]) || PLACE_MODIFIERS.has(lower[k]))) k--
  return k >= 0 && LOCATIVE.has(lower[k])
}

/**
 * Who a pronoun or role-noun subject stands for: "we" in a quote is its speaker, and outside quotes the
 * document's issuer when one of the entities is named in it; "he" and "she" the
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
    // Outside quotes, a press release's "we" is whoever issued it.
    if (quote >= 0) return scope.quotes[quote].speaker?.entity ?? null
    return hasQuotationMark(scope.tokens, sentence) ? null : scope.issuer()
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
