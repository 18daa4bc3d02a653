import type { Token } from '../../../text/types.ts'
import { DETERMINERS, LOCATIVE, PLACE_MODIFIERS, PREPOSITIONS, VERB_ADVERBS, BE_FORMS, HAVE_FORMS, MODALS, isNegation } from './function-words.ts'
import type { MentionIndex, MentionRef } from './mentions.ts'
import type { Trigger } from './trigger.ts'
import { countedSubject } from './coreference.ts'

/** Entity ids filling an event's slots. */
export interface Roles {
  actor: string | null
  target: string | null
  /** every party of a coordinated actor ("Hungary and Poland voted against") */
  actors: string[]
  /** every party of a coordinated target ("sanctions on Russia and Belarus") */
  targets: string[]
  location: string | null
  participants: string[]
  /** the subject is a pronoun or a role noun ("It said", "they held", "the ministry said"): the actor may be named before */
  pronounSubject: string | null
}

export interface RoleScope {
  tokens: readonly Token[]
  lower: readonly string[]
  mentions: MentionIndex
  /** token range the roles may come from: the clause, or the sentence when it states one event */
  from: number
  to: number
  /**
   * true: participants come only from lists a cue introduces ("from A, B and C", "made up of …"), not
   * from every coordinated list of the range (for a sentence that only points back at an event)
   */
  cuedParticipantsOnly?: boolean
}

/** Mentions in a coordinated list ("France, Germany and Spain"), with the word that introduces the list. */
interface MentionGroup {
  members: MentionRef[]
  tokenStart: number
  tokenEnd: number
  /** the preposition or cue before the list, lower-case; null for a bare noun phrase (subject or object) */
  cue: string | null
  possessive: boolean
}

/** Words that make the entities after them take part in the event: "troops from A, B and C", "members X and Y". */
const PARTICIPANT_CUES = new Set(['including', 'involving', 'alongside', 'among', 'between', 'members', 'comprising', 'participants', 'partners', 'countries', 'states', 'nations'])
const MADE_UP_OF = new Set(['made', 'consisting', 'composed', 'comprised'])
const PLACE_NOUNS = new Set(['village', 'town', 'city', 'district', 'region', 'province', 'area', 'outskirts', 'suburb', 'port', 'island', 'state', 'county', 'oblast', 'governorate'])
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we'])
/** "A spokesperson urged …", "its troops had taken …": a party the sentence before has named. */
export const ROLE_NOUNS = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'ministry', 'alliance', 'government', 'official', 'officials', 'troops', 'forces', 'army',
  'military', 'bloc', 'committee', 'agency', 'department', 'office', 'mission', 'authorities', 'leadership', 'regime', 'administration',
  'organisation', 'organization', 'union', 'community', 'commission', 'council', 'court', 'party', 'coalition', 'cabinet', 'parliament',
  'movement', 'front', 'group', 'faction', 'caucus', 'delegation', 'units',
])
export const ROLE_OPENERS = new Set(['a', 'an', 'the', 'its', 'their'])
const LIST_JOINERS = new Set([',', 'and', '&', 'or'])

function rootOf(code: string): number {
  return Number(code.slice(0, 2))
}

/** Codes whose "to X"/"into X" names where the actor goes rather than whom it acts on. */
function isMovement(code: string): boolean {
  return code.startsWith('15') || code === '042' || code === '192' || code === '0861' || code === '087'
}

/** Codes where the parties meet as equals: "A and B held talks" codes A with B. */
function isSymmetric(code: string): boolean {
  const root = rootOf(code)
  return root >= 3 && root <= 6
}

function cueBefore(scope: RoleScope, start: number): string | null {
  const { lower } = scope
  let k = start - 1
  let skipped = 0
  while (k >= scope.from && skipped < 3 && (DETERMINERS.has(lower[k]) || PLACE_MODIFIERS.has(lower[k]))) {
    k--
    skipped++
  }
  if (k < scope.from) return null
  const w = lower[k]
  if (w === 'of' && k - 2 >= scope.from && MADE_UP_OF.has(lower[k - 2]) && lower[k - 1] === 'up') return 'comprising'
  if (w === 'of' && k - 1 >= scope.from && MADE_UP_OF.has(lower[k - 1])) return 'comprising'
  // "near the village of Sotk": the place word and its "of" stand between the preposition and the name.
  if (w === 'of' && PLACE_NOUNS.has(lower[k - 1])) return cueBefore(scope, k - 1)
  // "A spokesman for the Kremlin accused …": the body a spokesperson speaks for is the subject (GUIDE: an unnamed spokesperson speaks for it).
  if (w === 'for' && SPEAKS_FOR.has(lower[k - 1])) return null
  return PREPOSITIONS.has(w) || LOCATIVE.has(w) || PARTICIPANT_CUES.has(w) || w === 'toward' || w === 'towards' ? w : null
}

/** People who speak or act for a body named after "for": "a spokesman for the Kremlin", "an official for the ministry". */
const SPEAKS_FOR = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'official', 'officials', 'representative', 'representatives', 'envoy', 'spokespeople'])

/** Whether a possessive "'s" follows the mention ending before token `end`. */
const possessiveAt = (lower: readonly string[], end: number) => lower[end] === "'s" || lower[end] === '’s'

/** Nouns after a name that make it a place's edge rather than a party: "the Lithuanian border". */
const BORDER_WORDS = new Set(['border', 'borders', 'frontier', 'frontiers', 'coast', 'coastline', 'shore'])

/**
 * Whether token `start` stands inside brackets: an aside such as a legislator's affiliation
 * ("Henrik Dahl (S&D, DK) criticised …"), whose names do not act.
 */
function insideBrackets(scope: RoleScope, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 8); k--) {
    if (scope.lower[k] === ')') return false
    if (scope.lower[k] === '(') return true
  }
  return false
}

/** Words that open an aside between commas after a subject: "who met NATO officials", "speaking to Chinese media", "backed by Russian aircraft". */
const ASIDE_OPENERS = new Set(['who', 'which', 'whose', 'whom', 'speaking', 'writing', 'citing', 'backed', 'supported', 'accompanied', 'joined', 'led', 'flanked', 'according'])
/** The most tokens an aside between commas may hold. */
const MAX_ASIDE = 16

/**
 * The aside between commas that ends right before a predicate at `head` (adverbs allowed between):
 * "The Estonian defence minister**, who met NATO officials on Monday,** condemned Russia". Its names
 * belong to the aside's own predicate, not to the main one. Null when there is none.
 */
function asideBefore(scope: RoleScope, head: number): [number, number] | null {
  let close = head - 1
  while (close > scope.from && (VERB_ADVERBS.has(scope.lower[close]) || /ly$/.test(scope.lower[close]))) close--
  if (scope.lower[close] !== ',') return null
  for (let k = close - 1; k > scope.from && k >= close - MAX_ASIDE; k--) {
    if (scope.lower[k] !== ',') continue
    // A comma list of names ("Germany, France and Poland held …") is no aside: only a word that opens one.
    return ASIDE_OPENERS.has(scope.lower[k + 1]) || isParticiple(scope.lower[k + 1]) ? [k, close + 1] : null
  }
  return null
}

/** A lower-case "-ing" or "-ed" word that opens a participle phrase: "speaking to", "backed by". */
function isParticiple(w: string): boolean {
  return /^[a-z]{3,}(?:ing|ed)$/.test(w)
}

function singleGroup(scope: RoleScope, mention: MentionRef): MentionGroup {
  return {
    members: [mention],
    tokenStart: mention.tokenStart,
    tokenEnd: mention.tokenEnd,
    cue: cueBefore(scope, mention.tokenStart),
    possessive: possessiveAt(scope.lower, mention.tokenEnd),
  }
}

/**
 * Two names of different kinds joined by a comma alone name one party twice, not two: "the alliance
 * of the West, NATO, completed …" (an apposition). "Moscow, Russia" (a place and where it lies) and
 * "A, B and C" (a list with its conjunction) stay together.
 */
function isApposition(group: MentionGroup, conjoined: boolean): boolean {
  return !conjoined && group.members.length === 2 && group.members[0].entity.type !== group.members[1].entity.type
}

function groupMentions(scope: RoleScope): MentionGroup[] {
  const { lower } = scope
  const groups: MentionGroup[] = []
  const conjoined = new Set<MentionGroup>()
  for (const mention of scope.mentions.within(scope.from, scope.to)) {
    const last = groups.at(-1)
    if (last) {
      let k = last.tokenEnd
      let joined = k < mention.tokenStart
      let conjunction = false
      for (; k < mention.tokenStart; k++) {
        if (!LIST_JOINERS.has(lower[k]) && lower[k] !== 'the') joined = false
        if (lower[k] !== ',' && lower[k] !== 'the') conjunction = true
      }
      if (joined && mention.tokenStart - last.tokenEnd <= 3) {
        last.members.push(mention)
        last.tokenEnd = mention.tokenEnd
        last.possessive = possessiveAt(lower, mention.tokenEnd)
        if (conjunction) conjoined.add(last)
        continue
      }
    }
    groups.push(singleGroup(scope, mention))
  }
  return groups.flatMap((g) => (isApposition(g, conjoined.has(g)) ? g.members.map((m) => singleGroup(scope, m)) : [g]))
}

const ids = (group: MentionGroup | undefined) => (group ? group.members.map((m) => m.entity.id) : [])
const canAct = (group: MentionGroup) => group.members[0].entity.type !== 'other'

function subjectPronoun(scope: RoleScope, headStart: number): string | null {
  const counted = countedSubject(scope.lower, headStart)
  if (counted) return counted
  for (let k = headStart - 1; k >= scope.from && k >= headStart - 4; k--) {
    const w = scope.lower[k]
    if (PRONOUNS.has(w)) return w
    if (ROLE_NOUNS.has(w) && ROLE_OPENERS.has(scope.lower[k - 1]) && !scope.mentions.at(k)) return 'the ' + w
    if (!(VERB_ADVERBS.has(w) || BE_FORMS.has(w) || HAVE_FORMS.has(w) || MODALS.has(w) || isNegation(w) || w === 'did' || w === 'also' || /ly$/.test(w))) return null
  }
  return null
}

const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'claimed', 'claims', 'stated', 'states', 'added', 'announced', 'warned', 'confirmed', 'denied'])

/** Words after which a named party belongs to another predicate: "criticised the decision and said X was coming to Y". */
const NEW_PREDICATE = new Set(['that', 'which', 'who', 'because', 'after', 'before', 'when', 'while', 'and', 'but', 'said', 'says'])

/** Reporting verbs in the forms that cannot be nouns ("states" can: "member states"). */
const SPEAKING = new Set(['said', 'says', 'told', 'tells', 'reported', 'claimed', 'claims', 'added', 'announced', 'stated', 'insisted', 'warned', 'noted', 'wrote', 'according', 'confirmed'])

function reportsBetween(scope: RoleScope, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SPEAKING.has(scope.lower[k]) || (scope.lower[k] === 'that' && k > from)) return true
  return false
}

/** Nouns for the members of a body, named by the body after "in": "partners in the EU", "allies in NATO". */
const MEMBER_NOUNS = new Set(['partners', 'allies', 'counterparts', 'colleagues', 'friends'])

/** True when "in" before a mention follows a member noun right after the trigger: "calls on its partners in …". */
function partnersIn(scope: RoleScope, mentionStart: number, triggerEnd: number): boolean {
  let k = mentionStart - 1
  while (k > triggerEnd && DETERMINERS.has(scope.lower[k])) k--
  if (scope.lower[k] !== 'in' || !MEMBER_NOUNS.has(scope.lower[k - 1])) return false
  return k - 1 - triggerEnd <= 2
}

/** True when a comma stands between two tokens. */
function commaBetween(scope: RoleScope, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (scope.lower[k] === ',') return true
  return false
}

function opensNewClause(scope: RoleScope, from: number, to: number, code: string): boolean {
  for (let k = from; k < to; k++) {
    const w = scope.lower[k]
    if (!NEW_PREDICATE.has(w)) continue
    if (w === 'and' && scope.mentions.at(k - 1) && scope.mentions.at(k + 1)) continue
    // "demanded that the United States release …": whom a demand or appeal is made of follows its "that".
    if (w === 'that' && k === from && ['02', '10', '13'].includes(code.slice(0, 2))) continue
    return true
  }
  // "call on the government to withdraw Slovakia from NATO": past the "to" of an appeal or demand
  // come the parties of the act asked for, not the one asked.
  if (['02', '10'].includes(code.slice(0, 2))) {
    for (let k = from + 1; k < to; k++) if (scope.lower[k] === 'to' && !scope.mentions.at(k + 1) && scope.lower[k + 1] !== 'the') return true
  }
  return false
}

/** The named party inside an event noun's own phrase: "Russian air strikes", "Israel's raid", "US-led strikes". */
function attributive(groups: MentionGroup[], scope: RoleScope, nounStart: number): MentionGroup | undefined {
  return groups.findLast((g) => {
    // "Northern Shield drills": a named thing before the noun names the event; it does not do it.
    if (g.tokenEnd > nounStart || nounStart - g.tokenEnd > 3 || !canAct(g)) return false
    for (let k = g.tokenEnd; k < nounStart; k++) {
      const w = scope.lower[k]
      if (w === "'s" || w === '’s') continue
      if (PREPOSITIONS.has(w) || DETERMINERS.has(w) || REPORTING.has(w) || scope.tokens[k].kind === 'punct' || scope.tokens[k].kind === 'quote') return false
    }
    return true
  })
}

/** A list that a cue says takes part: "from A, B and C", "made up of …", "including …", "members …". */
function isListedAsTakingPart(group: MentionGroup): boolean {
  return group.cue !== null && (group.cue === 'from' || group.cue === 'comprising' || PARTICIPANT_CUES.has(group.cue))
}

/**
 * The parties a cue lists as taking part anywhere in the range, whatever their place relative to a
 * verb: "troops from A, B and C took part", "a force made up of A and B", "including A".
 *
 * @example
 * listedParticipants(scope) // ['e2', 'e3', 'e4'] for "About 2,500 servicemen from Russia, Belarus and Armenia took part"
 */
export function listedParticipants(scope: RoleScope): string[] {
  return [...new Set(groupMentions(scope).filter(isListedAsTakingPart).flatMap(ids))]
}

/**
 * "Polish Foreign Minister Marek Zieliński": a nationality that opens a person's title describes the
 * person, who is the party; the nationality alone stays the party when no person follows its title.
 */
function titledPerson(scope: RoleScope, groups: readonly MentionGroup[], group: MentionGroup | undefined): MentionGroup | undefined {
  if (!group || group.members.length !== 1 || group.members[0].entity.type !== 'nationality') return group
  const person = groups.find((g) => g.tokenStart > group.tokenEnd && g.tokenStart - group.tokenEnd <= 4 && g.members[0].entity.type === 'person')
  if (!person) return group
  for (let k = group.tokenEnd; k < person.tokenStart; k++) if (!/^\p{Lu}/u.test(scope.tokens[k].text)) return group
  return person
}

/**
 * Fills who did what to whom, and where: the actor is the nearest named party before the predicate
 * that no preposition puts elsewhere (or the agent of a passive "by X"); the target is the first named
 * party after it as a direct object or after "against", "on", "at", "to", "with"; the location is a
 * place after "in", "at", "near", "across" (or "to"/"into" for movements); coordinated lists and
 * "from/including/involving/members" lists become participants.
 *
 * @example
 * findRoles(trigger, scope) // "Russia and Belarus held drills near the Polish border" → { actor: 'e1', participants: ['e1', 'e2'], … }
 */
export function findRoles(trigger: Trigger, scope: RoleScope): Roles {
  const groups = groupMentions(scope)
  const before = groups.filter((g) => g.tokenEnd <= trigger.headStart)
  // After the trigger itself, not after the words a pattern matched: "struck Kurdish positions" keeps "Kurdish".
  const after = groups.filter((g) => g.tokenStart >= trigger.tokenEnd)
  const nominal = trigger.nominal
  // Force used on someone (coercion, assault, fighting): "from X" names where it came from, "at X" whom it hit.
  const conflict = rootOf(trigger.code) >= 17

  let actorGroup: MentionGroup | undefined
  let targetGroup: MentionGroup | undefined
  let locationGroup: MentionGroup | undefined
  const participantGroups: MentionGroup[] = []

  const agent = after.find((g) => g.cue === 'by')
  // "called on Washington to lift the blockade": the one asked is the one who would act.
  const askedTo = before.findLast((g) => scope.lower[g.tokenEnd] === 'to' && g.tokenEnd + 1 === trigger.headStart && canAct(g))
  // "The minister, who met NATO officials on Monday, condemned Russia": the names of an aside are not the subject.
  const aside = asideBefore(scope, trigger.headStart)
  const inAside = (g: MentionGroup) => aside !== null && g.tokenStart >= aside[0] && g.tokenEnd <= aside[1]
  const nearest = before.findLast((g) => (g.cue === null || g.cue === 'of' || g.cue === 'members') && canAct(g) && !insideBrackets(scope, g.tokenStart) && !inAside(g))
  // "Volkova said the alliance had deployed …": a name before a reporting verb is the speaker, not the doer.
  const subject = askedTo ?? (nearest && !reportsBetween(scope, nearest.tokenEnd, trigger.headStart) ? nearest : undefined)
  if (trigger.passive) {
    actorGroup = agent
    targetGroup = subject
  } else {
    // An event noun standing alone takes its actor from its own phrase: in "Ukraine said Russian air strikes hit
    // Kharkiv" the subject before it is the one reporting, not the one striking.
    actorGroup = nominal ? (attributive(groups, scope, trigger.tokenStart) ?? agent) : (subject ?? agent)
    // "About 2,000 servicemen from Russia … concluded the CSTO exercise": with no subject, the party in the noun's own phrase.
    if (!actorGroup && trigger.headStart < trigger.tokenStart) {
      const own = attributive(groups, scope, trigger.tokenStart)
      if (own && own.tokenStart >= trigger.headStart + 1) actorGroup = own
    }
  }
  if (trigger.boundSource !== undefined) actorGroup = groups.find((g) => g.tokenStart <= trigger.boundSource! && trigger.boundSource! < g.tokenEnd) ?? actorGroup

  for (const group of after) {
    if (group === actorGroup) continue
    const cue = group.cue
    const isPlace = group.members[0].entity.type === 'location'
    // "calls on its partners in the European Union and NATO": the bodies the partners sit in are the ones called on.
    if (cue === 'in' && !targetGroup && !isPlace && canAct(group) && partnersIn(scope, group.tokenStart, trigger.tokenEnd)) {
      targetGroup = group
      continue
    }
    if (cue && LOCATIVE.has(cue) && !(conflict && (cue === 'at' || cue === 'over') && !targetGroup && !isPlace)) {
      if (isPlace && !locationGroup) locationGroup = group
      continue
    }
    if ((cue === 'to' || cue === 'into' || cue === 'toward' || cue === 'towards') && isMovement(trigger.code)) {
      if (isPlace && !locationGroup) locationGroup = group
      else if (!targetGroup) targetGroup = group
      continue
    }
    // "30 kilometres from the Lithuanian border": a border measures a distance; it takes no part.
    if (BORDER_WORDS.has(scope.lower[group.tokenEnd])) continue
    if (cue && (PARTICIPANT_CUES.has(cue) || (cue === 'from' && !conflict) || (cue === 'with' && (trigger.code.startsWith('15') || rootOf(trigger.code) === 6)))) {
      participantGroups.push(group)
      continue
    }
    // A named thing (an exercise's name, a weapon, a law) is no party the event is aimed at.
    if (!canAct(group)) continue
    if (targetGroup || trigger.passive || group.tokenStart - trigger.tokenEnd > 12 || opensNewClause(scope, trigger.tokenEnd, group.tokenStart, trigger.code)) continue
    // "In response to the Chinese drills, Taiwan deployed …": a name after a comma with no preposition is the
    // next clause's subject (or an aside), never the object; no comma parts a verb or a noun from its object.
    if (cue === null && commaBetween(scope, trigger.tokenEnd, group.tokenStart)) continue
    const direct = cue === null && group.tokenStart - trigger.tokenEnd <= 4
    const prepositional = cue !== null && ['against', 'on', 'upon', 'at', 'to', 'with', 'toward', 'towards', 'into', 'over'].includes(cue)
    if (cue === 'of' && nominal && !conflict && trigger.code !== '192') {
      // "the exercise of the SCO member states": whose exercise it is, not whom it is aimed at.
      actorGroup ??= group
      continue
    }
    if (direct || prepositional || (cue === 'of' && nominal)) targetGroup = group
  }
  if (!locationGroup) {
    locationGroup = groups.find((g) => g !== actorGroup && g !== targetGroup && g.cue !== null && LOCATIVE.has(g.cue) && g.members[0].entity.type === 'location')
  }
  if (trigger.boundTarget !== undefined) targetGroup = groups.find((g) => g.tokenStart <= trigger.boundTarget! && trigger.boundTarget! < g.tokenEnd) ?? targetGroup

  // "More than 1,200 troops from Russia and Belarus took part in the drills": the forces' countries take
  // part. Only for shows of force: elsewhere "from" before the verb names where a person or a statement comes from.
  if (trigger.code.startsWith('15')) {
    for (const group of before) {
      if (isListedAsTakingPart(group) && group.members[0].entity.type !== 'person' && !participantGroups.includes(group)) participantGroups.push(group)
    }
  }
  if (actorGroup && actorGroup.members.length > 1 && !scope.cuedParticipantsOnly) participantGroups.unshift(actorGroup)
  for (const group of scope.cuedParticipantsOnly ? [] : groups) {
    if (group.members.length > 1 && group !== locationGroup && group !== targetGroup && !participantGroups.includes(group) && !BORDER_WORDS.has(scope.lower[group.tokenEnd])) participantGroups.push(group)
  }
  actorGroup = titledPerson(scope, groups, actorGroup)
  targetGroup = titledPerson(scope, groups, targetGroup)
  const actor = actorGroup ? actorGroup.members[0].entity.id : null
  const aimedAt = targetGroup ? targetGroup.members[0].entity.id : null
  // "fired rockets at Israel": the place hit is the target, not where the event happened.
  const location = locationGroup && locationGroup.members[0].entity.id !== aimedAt ? locationGroup.members[0].entity.id : null
  const participants = [...new Set(participantGroups.flatMap(ids))].filter((id) => id !== location)
  let target = targetGroup ? targetGroup.members[0].entity.id : null
  if (target === actor) target = null
  if (!target && isSymmetric(trigger.code)) target = participants.find((id) => id !== actor) ?? null
  const targets = targetGroup && target ? ids(targetGroup).filter((id) => id !== actor && id !== location) : []
  return { actor, target, actors: ids(actorGroup), targets, location, participants, pronounSubject: actor ? null : subjectPronoun(scope, trigger.headStart) }
}
