import type { Entity, Speaker } from '../../../report/schema.ts'
import type { Token } from '../../../text/types.ts'
import type { EntityIndex, IndexedMention } from './entity-index.ts'
import { ORGANISATION_HEADS, type ReportingCues } from './reporting-cues.ts'
import { isNameWord, type SpeakerPhrase } from './speaker-phrase.ts'

/** A speaker as the report gives it, plus whether it is a person (for "he said" later on). */
export interface SpeakerInfo extends Speaker {
  person: boolean
}

const SPEAKING_TYPES = new Set(['person', 'organization', 'group'])
const PARTICLES = new Set(['bin', 'al', 'el', 'de', 'van', 'von', 'der', 'den', 'da', 'di', 'la', 'le', 'du', 'del', 'dos', 'ibn', 'abu', 'ben'])
const POSSESSIVES = new Set(['’s', "'s"])
const HONORIFICS = new Set(['dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'shri', 'smt', 'smt.', 'shrimati', 'hon', 'hon.', 'rev', 'rev.'])
/**
 * Military ranks. A rank before the name says less than the post between commas after it: "Lt. Gen.
 * Mark Harrison, commander of the 3rd Infantry Division" has the role "commander of …".
 */
const RANKS = new Set([
  'general', 'gen', 'gen.', 'lieutenant', 'lt', 'lt.', 'colonel', 'col', 'col.', 'major', 'maj', 'maj.', 'captain', 'capt', 'capt.', 'sergeant', 'sgt', 'sgt.',
  'admiral', 'adm', 'adm.', 'brigadier', 'brig', 'brig.', 'commodore', 'marshal', 'corporal', 'cpl', 'cpl.', 'rear', 'vice', 'air', 'field', 'staff',
])
const ACRONYM = /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u

function cleanRole(s: string): string | null {
  const role = s
    .replace(/\s+/g, ' ')
    .trim()
    // "Our spokesperson": the issuer's own post is the post.
    .replace(/^(?:the|a|an|our)(?:\s+|$)/i, '')
    .replace(/(?:\s*,|\s+(?:of|for|from|at|on|the|and)|\s*[’']s?)+$/i, '')
    .trim()
  return role.length > 0 ? role : null
}

/** True when a title is only an honorific or a rank ("Dr", "Lt. Gen.", "Rear Admiral"). */
export function isRankOrHonorific(title: string): boolean {
  return title.toLowerCase().split(/\s+/).every((w) => HONORIFICS.has(w) || RANKS.has(w))
}

/**
 * True when a role names a post a person holds: a singular title word that is no honorific, rank,
 * organisation or document ("Hungarian Prime Minister", "his lawyer"; not "Ms.", "members", "the report").
 */
export function namesPost(role: string, cues: ReportingCues): boolean {
  const words = role.toLowerCase().split(/[\s-]+/)
  if (CLAUSE_LEADS.has(words[0])) return false
  return words.some((w) => cues.isRoleWord(w) && !HONORIFICS.has(w) && !RANKS.has(w) && !QUALIFIERS.has(w) && !ORGANISATION_HEADS.has(w) && !isPlural(w, cues) && !PEOPLE.has(w))
}

/** True when the last word of a title is a title word but no honorific or rank: "Prime Minister", not "advisor to Mrs.". */
export function endsInTitle(role: string, cues: ReportingCues): boolean {
  const last = role.toLowerCase().split(/\s+/).pop() ?? ''
  return cues.isRoleWord(last) && !HONORIFICS.has(last) && !RANKS.has(last)
}

/** Role words that only qualify a post ("former", "senior", "national"): no post by themselves. */
const QUALIFIERS = new Set(['senior', 'foreign', 'defence', 'defense', 'interior', 'military', 'press', 'state', 'national', 'security', 'top', 'former', 'acting', 'regional', 'local', 'federal', 'presidential', 'parliamentary', 'opposition', 'prime', 'vice', 'deputy', 'campaign', 'shadow'])
/** Words that open a clause or an adjunct between commas rather than a role: "who heads the institute", "according to the report". */
const CLAUSE_LEADS = new Set(['who', 'which', 'whose', 'according', 'in', 'at', 'on', 'after', 'before', 'during', 'speaking', 'as', 'when', 'while'])

/** Honorifics that close a title before the name ("Committee Chair Dame"); not "Lord", which ends posts ("First Sea Lord"). */
const TRAILING_HONORIFICS = new Set([...HONORIFICS].filter((w) => w !== 'lord' && w !== 'lady'))

/** Rank words that only ever lead another rank word: "Staff Sergeant", "Air Marshal", "Rear Admiral". */
const RANK_LEADS: Readonly<Record<string, readonly string[]>> = {
  staff: ['sergeant', 'sgt', 'sgt.'], air: ['marshal', 'commodore', 'vice', 'chief'], field: ['marshal'], rear: ['admiral', 'adm', 'adm.'], vice: ['admiral', 'adm', 'adm.', 'marshal'],
}
/** Posts that a rank word completes rather than follows: "Attorney General", "Provost Marshal", "Group Captain". */
const POSTS_BEFORE_RANK: Readonly<Record<string, readonly string[]>> = {
  general: ['attorney', 'secretary', 'surgeon', 'inspector', 'solicitor', 'governor', 'director', 'postmaster', 'consul', 'auditor', 'comptroller', 'accountant', 'procurator', 'advocate', 'paymaster', 'registrar', 'commissioner'],
  marshal: ['provost', 'fire'],
  captain: ['group'],
  lieutenant: ['flight'],
  corporal: ['lance'],
}

/**
 * The post in a title, without a rank after it or an honorific: "Air Command spokesperson Lieutenant
 * Colonel" → "Air Command spokesperson", "Chief of Staff Gen." → "Chief of Staff"; null when the title
 * is only a rank or an honorific ("Lt. Gen.", "Mr"), which is no role by itself.
 */
export function postOf(title: string | null): string | null {
  if (!title || isRankOrHonorific(title)) return null
  const words = title.split(' ')
  let end = words.length
  while (end > 1) {
    const w = words[end - 1].toLowerCase()
    const lead = RANK_LEADS[w]
    if (!(RANKS.has(w) || TRAILING_HONORIFICS.has(w)) || (lead ? end === words.length || !lead.includes(words[end].toLowerCase()) : false)) break
    if (POSTS_BEFORE_RANK[w.replace(/\.$/, '')]?.includes(words[end - 2].toLowerCase())) break
    end--
  }
  return end === words.length ? title : cleanRole(words.slice(0, end).join(' '))
}

/** The words with spaces made single and a leading article left out: "the Minister of Trade" → "Minister of Trade". */
export const withoutArticle = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an)\s+/i, '')

function isPersonRole(words: string, cues: ReportingCues): boolean {
  const last = words.toLowerCase().split(/[\s-]+/).pop() ?? ''
  return cues.isRoleWord(last) && !ORGANISATION_HEADS.has(last)
}

/** Plurals of people that are no role word's plural in "-s" or "-ies". */
const PEOPLE = new Set(['people', 'spokespeople', 'spokesmen', 'staff'])

/**
 * True when a speaker is a group of people: unlinked ("MEPs", "lawmakers", "the ministers", "senior
 * officials") or speaking for an organisation ("EU foreign ministers"). A later "he" or "she" does not
 * speak for it.
 */
export function isGroup(speaker: SpeakerInfo, cues: ReportingCues): boolean {
  const words = speaker.entity ? speaker.role : speaker.name
  // The head comes before what it is of: "ministers of the member states".
  return !!words && isPlural(words.split(/\s+(?:of|for|from|at|in|on)\s+/)[0], cues)
}

function isPlural(words: string, cues: ReportingCues): boolean {
  const last = (words.split(/\s+/).pop() ?? '').toLowerCase()
  if (PEOPLE.has(last)) return true
  if (last.length < 3 || !last.endsWith('s') || last.endsWith('ss')) return false
  return cues.isRoleWord(last.slice(0, -1)) || (last.endsWith('ies') && cues.isRoleWord(`${last.slice(0, -3)}y`))
}

function fromEntity(entity: Entity, role: string | null, person: boolean): SpeakerInfo {
  return { name: entity.name, entity: entity.id, role, person }
}

/**
 * Turns a speaker phrase into a speaker: name, the matching entity (by mention overlap, else by
 * name or alias), and the role the text gives ("the Secretary-General of the SCO Zhang Ming" →
 * name "Zhang Ming", role "Secretary-General of the SCO"). Pronoun phrases are resolved by the caller.
 */
export function describeSpeaker(text: string, tokens: readonly Token[], phrase: SpeakerPhrase, entities: EntityIndex, cues: ReportingCues): SpeakerInfo | null {
  const start = tokens[phrase.from].start
  const end = tokens[phrase.to - 1].end
  const appositive = phrase.appositive ? cleanRole(text.slice(tokens[phrase.appositive.from].start, tokens[phrase.appositive.to - 1].end)) : null
  const mentions = entities.overlapping(start, end)
  const person = mentions.filter((m) => m.entity.type === 'person').pop()
  if (person) {
    // "the party's spokeswoman, Dr Ana Kovač,": an honorific or a rank gives way to the role between the commas.
    return fromEntity(person.entity, postOf(cleanRole(text.slice(start, Math.max(start, person.start)))) ?? appositive, true)
  }
  // "Treasury's Office of Foreign Assets Control": after a possessive, the organisation that speaks.
  let owned = start
  for (let k = phrase.from; k < phrase.to; k++) if (POSSESSIVES.has(tokens[k].text)) owned = tokens[k].end
  const speaking = mentions.filter((m) => SPEAKING_TYPES.has(m.entity.type))
  const afterOwner = speaking.filter((m) => m.start >= owned)
  const organisations = afterOwner.length ? afterOwner : speaking
  const organisation = organisations[organisations.length - 1]
  // "The United Kingdom Maritime Trade Operations agency (UKMTO)": the acronym in brackets names the speaker.
  if (phrase.acronym !== undefined && !organisation) {
    const named = entities.overlapping(tokens[phrase.acronym].start, tokens[phrase.acronym].end).find((m) => SPEAKING_TYPES.has(m.entity.type))
    if (named) return { name: withoutArticle(text.slice(start, end)), entity: named.entity.id, role: appositive, person: false }
  }
  if (organisation && !speaksThroughPerson(tokens, phrase, organisations, cues)) {
    // "figures released by the Commission last week", "data published by the ministry": the body that published them speaks.
    if (/\bby\s+(?:the\s+)?$/i.test(text.slice(start, organisations[0].start))) return fromEntity(organisations[0].entity, null, false)
    // "the Kyrgyz Ministry of Defence" even when it was found in pieces: the phrase names the organisation.
    return { name: withoutArticle(text.slice(start, end)), entity: organisations[0].entity.id, role: appositive, person: false }
  }
  if (organisation) {
    // "Parliament's rapporteur Petras Auštrevičius": a name after the role, even one the entities missed, speaks.
    const named = nameAfterRole(tokens, phrase, organisations, cues)
    if (named >= 0) {
      const name = text.slice(tokens[named].start, end)
      const entity = entities.byName(name)
      return { name: entity?.name ?? name, entity: entity?.id ?? null, role: cleanRole(text.slice(start, tokens[named].start)) ?? appositive, person: true }
    }
    // "a spokesperson for the Defence Ministry", "the ministry's spokesperson": the organisation speaks through a role.
    const role = cleanRole(`${text.slice(start, organisation.start)} ${text.slice(organisation.end, end)}`.replace(/^\s*[’']s\b/, '').replace(/\b(?:for|of|at|from)\s*$/i, ''))
    const roleWords = role ? cleanRole(role.replace(/^[’']s\s+/, '')) : null
    return fromEntity(organisation.entity, roleWords ?? appositive, roleWords !== null && isPersonRole(roleWords, cues))
  }
  // "Russia", "Neighbouring Austria": a country or city at the head of the phrase speaks for its government.
  const place = mentions.find((m) => m.end >= end && (m.start <= start + 4 || isNameWord(tokens[phrase.to - 1])))
  if (place) return fromEntity(place.entity, appositive, false)
  return describeByWords(text, tokens, phrase, start, end, appositive, entities, cues)
}

/** The first token of a name that ends the phrase right after a person role, outside the organisation mentions; -1 when none. */
function nameAfterRole(tokens: readonly Token[], phrase: SpeakerPhrase, organisations: readonly IndexedMention[], cues: ReportingCues): number {
  let k = phrase.to - 1
  for (; k >= phrase.from; k--) {
    const t = tokens[k]
    const lw = t.text.toLowerCase()
    if (!isNameWord(t) || cues.isRoleWord(lw) || ORGANISATION_HEADS.has(lw) || organisations.some((m) => m.start < t.end && m.end > t.start)) break
  }
  if (k === phrase.to - 1 || k < phrase.from) return -1
  const role = tokens[k].text.toLowerCase()
  return cues.isRoleWord(role) && !ORGANISATION_HEADS.has(role) ? k + 1 : -1
}

/** True when a person role stands in the phrase outside the organisation mentions ("a spokesperson for NATO"). */
function speaksThroughPerson(tokens: readonly Token[], phrase: SpeakerPhrase, organisations: readonly IndexedMention[], cues: ReportingCues): boolean {
  for (let k = phrase.from; k < phrase.to; k++) {
    const t = tokens[k]
    if (organisations.some((m) => m.start < t.end && m.end > t.start)) continue
    const lw = t.text.toLowerCase()
    if (cues.isRoleWord(lw) && !ORGANISATION_HEADS.has(lw)) return true
  }
  return false
}

function describeByWords(text: string, tokens: readonly Token[], phrase: SpeakerPhrase, start: number, end: number, appositive: string | null, entities: EntityIndex, cues: ReportingCues): SpeakerInfo {
  // The name is the run of capitalised non-title words at the end: "Foreign Minister [Sergei Lavrov]".
  let k = phrase.to - 1
  let run = phrase.to
  while (k >= phrase.from) {
    const t = tokens[k]
    const lw = t.text.toLowerCase()
    const acronym = ACRONYM.test(t.text)
    if (isNameWord(t) && !cues.isRoleWord(lw.replace(/\.$/, '')) && !(acronym && run < phrase.to)) run = k
    // "Workers’ Front": a plural possessive inside the name.
    else if (run === k + 1 && t.kind === 'quote' && !t.spaceBefore && k - 1 >= phrase.from && /s$/.test(tokens[k - 1].text) && isNameWord(tokens[k - 1])) run = k
    else if (!(PARTICLES.has(lw) && run < phrase.to)) break
    k--
  }
  while (run < phrase.to && (PARTICLES.has(tokens[run].text.toLowerCase()) || /^(?:the|a|an)$/i.test(tokens[run].text))) run++
  // "the Ministry of Energy", "the foreign ministry of Ruritania": the name after "of" completes the
  // organisation's name rather than naming someone.
  const connector = run - 1 > phrase.from ? tokens[run - 1].text.toLowerCase() : ''
  if (run < phrase.to && (connector === 'of' || connector === 'for') && ORGANISATION_HEADS.has(tokens[run - 2].text.toLowerCase())) {
    const name = withoutArticle(text.slice(start, end))
    const entity = entities.byName(name)
    return entity ? { name: entity.name, entity: entity.id, role: appositive, person: entity.type === 'person' } : { name, entity: null, role: appositive, person: false }
  }
  if (run < phrase.to) {
    const name = text.slice(tokens[run].start, end)
    const lastWord = tokens[phrase.to - 1].text
    const organisation = ORGANISATION_HEADS.has(lastWord.toLowerCase()) || ACRONYM.test(lastWord)
    const role = postOf(cleanRole(text.slice(start, tokens[run].start))) ?? appositive
    const entity = entities.byName(name)
    if (entity) return { name: entity.name, entity: entity.id, role, person: entity.type === 'person' }
    return { name, entity: null, role, person: !organisation }
  }
  const name = withoutArticle(text.slice(start, end))
  const entity = entities.byName(name)
  if (entity) return { name: entity.name, entity: entity.id, role: appositive, person: entity.type === 'person' }
  return { name, entity: null, role: appositive, person: isPersonRole(name, cues) }
}

/** Marks after which a word opens a sentence. */
const SENTENCE_OPENS_AFTER = new Set(['.', '!', '?', '…', ':'])

/**
 * "Diplomats in New York said …": a role word that is capitalised only because it opens the sentence
 * is a description, not a name, and loses the capital ("diplomats"); "MEPs", or a word inside the
 * sentence, stays as written. Applied once the speaker is otherwise read, so that it links no differently.
 */
export function sentenceCaseOff(tokens: readonly Token[], phrase: SpeakerPhrase, name: string, cues: ReportingCues): string {
  if (phrase.to - phrase.from !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(name) || !cues.isRoleWord(name.toLowerCase())) return name
  const before = tokens[phrase.from - 1]
  const opens = !before || tokens[phrase.from].lineStart || SENTENCE_OPENS_AFTER.has(before.text) || (before.kind === 'quote' && SENTENCE_OPENS_AFTER.has(tokens[phrase.from - 2]?.text ?? ''))
  return opens ? name.charAt(0).toLowerCase() + name.slice(1) : name
}
