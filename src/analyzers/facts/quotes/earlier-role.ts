import type { Entity } from '../../../report/schema.ts'
import { firstStartingFrom } from '../../../text/token-search.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import type { EntityIndex } from './entity-index.ts'
import type { ReportingCues } from './reporting-cues.ts'
import { speakerAfter, speakerBefore, type SpeakerPhrase } from './speaker-phrase.ts'
import { describeSpeaker, endsInTitle, namesPost, postOf, withoutArticle } from './speaker.ts'

/** What may close a sentence-final apposition: "the Estonian Ambassador, Kadri Leppik." */
const CLOSING = new Set(['.', ';', '!', '?', ')'])

/** A role the text gives a person at one mention. */
interface RoleAt {
  start: number
  role: string
}

/** Finds the roles a document gives its people, read once per person. */
export interface EarlierRoles {
  /** the fullest role the text gives `entity` in a mention starting before `before`, or null when none does */
  before(entity: Entity, before: number): string | null
}

/**
 * Reads each mention of a person as a speaker phrase would be read: a title before the name ("Hungarian
 * Prime Minister Lajos Bereczki had threatened …"), a role between commas before it ("The Minister of
 * Trade, Aino Virtala, opened …") or after it ("Anna Berg, the deputy head of …, visited"). A later
 * "Bereczki said" or "Mr Bereczki said" then keeps the post the text gave him; of several, the one
 * with the most words.
 *
 * @example
 * earlierRoles(text, tokens, sentences, entities, cues).before(bereczki, quoteStart) // 'Hungarian Prime Minister'
 */
export function earlierRoles(text: string, tokens: readonly Token[], sentences: readonly Sentence[], entities: EntityIndex, cues: ReportingCues): EarlierRoles {
  const read = new Map<string, RoleAt[]>()
  const rolesOf = (entity: Entity): RoleAt[] => {
    let roles = read.get(entity.id)
    if (roles) return roles
    roles = []
    for (const m of entity.mentions) {
      const s = sentences.length ? sentences[Math.max(0, firstStartingFrom(sentences, m.start + 1) - 1)] : null
      const floor = s?.tokenStart ?? 0
      const limit = s?.tokenEnd ?? tokens.length
      const first = firstStartingFrom(tokens, m.start)
      const after = firstStartingFrom(tokens, m.end)
      const phrases: (SpeakerPhrase | null)[] = [speakerBefore(tokens, after, floor, cues), speakerAfter(tokens, first, limit, cues)]
      if (tokens[after]?.text === ',') phrases.push(speakerBefore(tokens, after + 1, floor, cues))
      let best: string | null = null
      for (const phrase of phrases) {
        if (!phrase || phrase.pronoun) continue
        const speaker = describeSpeaker(text, tokens, phrase, entities, cues)
        const role = speaker?.entity === entity.id ? speaker.role : null
        // A post, not "according to the report" between commas; a title before the name ends in its role
        // word: not "that" in "after concluding that Rombot's …", nor a first name the mention left out.
        if (!role || !namesPost(role, cues) || (!phrase.appositive && !endsInTitle(role, cues))) continue
        if (role.length > (best?.length ?? 0)) best = role
      }
      // "… and the Estonian Ambassador, Kadri Leppik.": a post before the comma, the name closing the sentence.
      if (tokens[first - 1]?.text === ',' && CLOSING.has(tokens[after]?.text ?? '.')) {
        const phrase = speakerBefore(tokens, first - 1, floor, cues)
        const role = phrase && !phrase.pronoun && !phrase.appositive ? postOf(withoutArticle(text.slice(tokens[phrase.from].start, tokens[phrase.to - 1].end))) : null
        const named = phrase ? entities.overlapping(tokens[phrase.from].start, tokens[phrase.to - 1].end).some((x) => x.entity.type === 'person') : true
        if (role && !named && namesPost(role, cues) && endsInTitle(role, cues) && role.length > (best?.length ?? 0)) best = role
      }
      if (best) roles.push({ start: m.start, role: best })
    }
    read.set(entity.id, roles)
    return roles
  }
  return {
    before(entity, before) {
      let best: string | null = null
      for (const r of rolesOf(entity)) if (r.start < before && r.role.split(' ').length > (best?.split(' ').length ?? 0)) best = r.role
      return best
    },
  }
}
