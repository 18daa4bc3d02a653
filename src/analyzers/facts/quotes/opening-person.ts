import type { Sentence, Token } from '../../../text/types.ts'
import type { EntityIndex } from './entity-index.ts'
import { ORGANISATION_HEADS, type ReportingCues } from './reporting-cues.ts'
import { isRankOrHonorific, postOf, withoutArticle, type SpeakerInfo } from './speaker.ts'
import { isNameWord } from './speaker-phrase.ts'
import { lowerOf } from './token-words.ts'

/** How far into a sentence its subject may start: titles before the name ("Chief of the Defence Staff Gen. …"). */
const MAX_TITLE_TOKENS = 8
const TITLE_FILLERS = new Set(['the', 'of', 'for', "'s", '’s', '-'])

/** True when every token of `[from, to)` can stand in a title before a name ("Defence Minister", "Lt. Gen."); a filler word only inside it. */
function titleOnly(tokens: readonly Token[], from: number, to: number, cues: ReportingCues): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]
    const lw = lowerOf(t)
    if (!(isNameWord(t) || cues.isRoleWord(lw) || (k > from && TITLE_FILLERS.has(lw)))) return false
  }
  return true
}

/** The post in the title before the name ("Defence Minister" of "Defence Minister Tomas", not a rank after it), or null when it has none. */
function titleRole(text: string, tokens: readonly Token[], from: number, to: number, cues: ReportingCues): string | null {
  for (let k = to - 1; k >= from; k--) {
    if (cues.isRoleWord(lowerOf(tokens[k]))) return postOf(withoutArticle(text.slice(tokens[from].start, tokens[k].end)))
  }
  return null
}

/** The person a sentence opens with, and whether the sentence introduces them: with a title, or named for the first time. */
export interface OpeningPerson {
  speaker: SpeakerInfo
  introduced: boolean
}

/**
 * The person a sentence opens with, titles allowed before the name: "Defence Minister Tomas Lind
 * visited the base on Monday." gives Tomas Lind with the role "Defence Minister". A following "he
 * said" speaks for that person rather than for someone quoted before. Null when the sentence opens
 * with anything else.
 */
export function openingPerson(text: string, tokens: readonly Token[], sentence: Sentence, entities: EntityIndex, cues: ReportingCues): OpeningPerson | null {
  const first = sentence.tokenStart
  const last = Math.min(sentence.tokenEnd, first + MAX_TITLE_TOKENS)
  if (last <= first) return null
  const appositive = roleBetweenCommas(text, tokens, sentence, entities, cues)
  if (appositive) return appositive
  for (const m of entities.overlapping(tokens[first].start, tokens[last - 1].end)) {
    let k = first
    while (k < last && tokens[k].end <= m.start) k++
    if (!titleOnly(tokens, first, k, cues)) return null
    if (m.entity.type !== 'person') continue
    const speaker = { name: m.entity.name, entity: m.entity.id, role: titleRole(text, tokens, first, k, cues), person: true }
    return { speaker, introduced: k > first || m.entity.mentions.every((other) => other.start >= m.start) }
  }
  return null
}

/** How many tokens a role before a comma may have at the start of a sentence: "The Minister of National Defence of Lithuania,". */
const MAX_ROLE_TOKENS = 12

/** How many rank words may stand between the comma and the name: "Lieutenant General", "Rear Adm.". */
const MAX_RANK_TOKENS = 3

/** True when a token is an apostrophe that makes the word before it a plural possessive: "the Greens' spokesperson". */
function pluralPossessive(tokens: readonly Token[], k: number): boolean {
  return tokens[k].kind === 'quote' && !tokens[k].spaceBefore && /s$/.test(tokens[k - 1]?.text ?? '') && tokens[k + 1]?.kind === 'word'
}

/**
 * "The Lithuanian Minister of National Defence, Rūta Kazlauskienė, visited …", "Ukraine's foreign
 * minister, Andriy Kostenko, welcomed …", "The Chief of Army, Lieutenant General Simon Fraser,
 * attended …", "The Greens' spokesperson, Miriam Kohl, disagreed …": a sentence that opens with a
 * role, then a person between commas, ranks allowed before the name. The role holds a title word;
 * the person is introduced.
 */
function roleBetweenCommas(text: string, tokens: readonly Token[], sentence: Sentence, entities: EntityIndex, cues: ReportingCues): OpeningPerson | null {
  const first = sentence.tokenStart
  let comma = first
  while (comma < sentence.tokenEnd && comma - first <= MAX_ROLE_TOKENS && tokens[comma].text !== ',') comma++
  if (comma === first || tokens[comma]?.text !== ',') return null
  let title = false
  for (let k = first; k < comma; k++) {
    if (tokens[k].kind !== 'word' && !TITLE_FILLERS.has(tokens[k].text) && !(k > first && pluralPossessive(tokens, k))) return null
    title ||= cues.isRoleWord(lowerOf(tokens[k])) && !ORGANISATION_HEADS.has(lowerOf(tokens[k]))
  }
  if (!title) return null
  let name = comma + 1
  while (name < sentence.tokenEnd && name - comma <= MAX_RANK_TOKENS && tokens[name].kind === 'word' && isRankOrHonorific(tokens[name].text)) name++
  const m = entities.overlapping(tokens[name]?.start ?? 0, tokens[name]?.end ?? 0).find((x) => x.entity.type === 'person' && x.start === tokens[name].start)
  if (!m || text.slice(m.end).trimStart().charAt(0) !== ',') return null
  if (entities.overlapping(tokens[first].start, tokens[comma - 1].end).some((x) => x.entity.type === 'person')) return null
  const role = postOf(withoutArticle(text.slice(tokens[first].start, tokens[comma - 1].end)))
  return { speaker: { name: m.entity.name, entity: m.entity.id, role, person: true }, introduced: true }
}
