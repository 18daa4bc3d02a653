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

/** "armour on the Danube", "a drill on the Black Sea": a place after "on" and "the" is where, not who. */
function placedByPreposition(lower: readonly string[], token: number): boolean {
  let k = token - 1
  while (k >= 0 && (DETERMINERS.has(lower[k]) || PLACE_MODIFIERS.has(lower[k]))) k--
  return k >= 0 && (LOCATIVE.has(lower[k]) || (lower[k] === 'on' && lower[k + 1] === 'the'))
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
  const noun = pronoun.startsWith('the ') ? pronoun.slice(4) : null
  if (noun) {
    const named = namedKind(noun, head, sentence, scope)
    if (named) return named
  }
  const from = sentence.index > 0 ? scope.sentences[sentence.index - 1].tokenStart : sentence.tokenStart
  const before = scope.mentions.within(from, head)
  for (let k = before.length - 1; k >= 0; k--) {
    const { entity, tokenStart } = before[k]
    // A party named only inside someone's quoted words is no antecedent of "the party" in the narrative.
    if (noun && scope.quoteOfToken[tokenStart] >= 0 && scope.quoteOfToken[head] < 0) continue
    if (wantsPerson ? entity.type === 'person' : ['organization', 'group', 'location'].includes(entity.type) && !placedByPreposition(scope.lower, tokenStart)) return entity.id
  }
  return noun && MOVEMENT_NOUNS.has(noun) ? issuingMovement(scope) : null
}

/** Nouns for a political movement or party, which in its own release is the one that issued it. */
const MOVEMENT_NOUNS = new Set(['movement', 'party', 'front', 'coalition', 'campaign'])

/**
 * "The movement accused Chisinau …" in a release of the National Neutrality Front, with no body named
 * before: the issuer, when it is an organisation or a group.
 */
function issuingMovement(scope: SubjectScope): string | null {
  const issuer = scope.issuer()
  const entity = issuer ? scope.mentions.all.find((m) => m.entity.id === issuer)?.entity : undefined
  return entity && (entity.type === 'organization' || entity.type === 'group') ? entity.id : null
}

/** How many sentences back a role noun looks for a body whose name holds it: "the ministry" for the Ministry of Defence named in the lead. */
const NAMED_KIND_SENTENCES = 6

/** Words after the head of a body's name: "Ministry **of** Defence", "Committee **on** Foreign Affairs". */
const AFTER_HEAD = new Set(['of', 'for', 'on', 'in'])

/**
 * True when `noun` heads a name: its last word, or the word before "of", "for", "on" ("the committee" in
 * "House of Commons Defence Committee", "the party" in "Social Democratic Party of Germany"; not "the
 * alliance" in "Alliance 90/The Greens").
 */
function nameHolds(name: string, noun: string): boolean {
  const words = name.toLowerCase().split(/[\s/]+/)
  return words.some((w, k) => w === noun && (k === words.length - 1 || AFTER_HEAD.has(words[k + 1])))
}

/**
 * "The party", "the committee", "the movement": the nearest body named before (within a few sentences,
 * not inside a quote when the noun is outside one) whose name holds the noun, else the document's issuer
 * when its name does ("Press Office of the Peace and Neutrality Movement" for "the movement"); null when
 * neither, and the nearest body named in the sentence or the one before then stands for it.
 */
function namedKind(noun: string, head: number, sentence: Sentence, scope: SubjectScope): string | null {
  const from = scope.sentences[Math.max(0, sentence.index - NAMED_KIND_SENTENCES)].tokenStart
  const before = scope.mentions.within(from, head)
  const outside = scope.quoteOfToken[head] < 0
  for (let k = before.length - 1; k >= 0; k--) {
    const { entity, tokenStart } = before[k]
    if (outside && scope.quoteOfToken[tokenStart] >= 0) continue
    if ((entity.type === 'organization' || entity.type === 'group') && [entity.name, ...entity.aliases].some((n) => nameHolds(n, noun))) return entity.id
  }
  const issuer = scope.issuer()
  const entity = issuer ? scope.mentions.all.find((m) => m.entity.id === issuer)?.entity : undefined
  return entity && nameHolds(entity.name, noun) ? entity.id : null
}

/** Words that join the parties of a coordinated subject: "Kyrgyzstan and Tajikistan", "France, Italy and Spain". */
const SUBJECT_JOINERS = new Set([',', 'and', '&'])

/**
 * Every party "they" stands for: the antecedent {@link resolveSubject} finds and the parties coordinated
 * with it ("Kyrgyzstan and Tajikistan fought a border war in 2022. They signed a treaty …" gives both);
 * for other pronouns and role nouns, the one party.
 *
 * @example
 * resolveSubjects('they', head, sentence, scope) // ['e1', 'e2'] after "Kyrgyzstan and Tajikistan fought …"
 */
export function resolveSubjects(pronoun: string, head: number, sentence: Sentence, scope: SubjectScope): string[] {
  if (pronoun.startsWith('two ')) return countedParties(pronoun, head, sentence, scope)
  const one = resolveSubject(pronoun, head, sentence, scope)
  if (!one) return []
  if (pronoun !== 'they') return [one]
  const from = sentence.index > 0 ? scope.sentences[sentence.index - 1].tokenStart : sentence.tokenStart
  const before = scope.mentions.within(from, head)
  let k = before.length - 1
  while (k >= 0 && before[k].entity.id !== one) k--
  if (k < 0) return [one]
  const ids = [one]
  for (let j = k - 1; j >= 0; j--) {
    const gap = scope.lower.slice(before[j].tokenEnd, before[j + 1].tokenStart)
    if (gap.length === 0 || gap.length > 2 || !gap.every((w) => SUBJECT_JOINERS.has(w)) || before[j].entity.type !== before[k].entity.type) break
    if (!ids.includes(before[j].entity.id)) ids.unshift(before[j].entity.id)
  }
  return ids
}

/** Plural nouns for people a subject may count: "the two ministers", "both leaders". */
const COUNTED_PEOPLE = new Set(['ministers', 'leaders', 'presidents', 'diplomats', 'envoys', 'officials', 'counterparts', 'men', 'women', 'heads'])
/** Plural nouns for states or bodies a subject may count: "the two countries", "both sides". */
const COUNTED_PARTIES = new Set(['countries', 'sides', 'governments', 'nations', 'neighbours', 'neighbors', 'parties', 'delegations'])

/**
 * The noun of a subject that counts two parties named before ("The two ministers agreed …", "both
 * sides accused …") when it ends right before `verb`: "two ministers", or null.
 *
 * @example
 * countedSubject(['the', 'two', 'ministers', 'agreed'], 3) // 'two ministers'
 */
export function countedSubject(lower: readonly string[], verb: number): string | null {
  const noun = lower[verb - 1]
  if (!noun || !(COUNTED_PEOPLE.has(noun) || COUNTED_PARTIES.has(noun))) return null
  if (lower[verb - 2] === 'both') return 'two ' + noun
  if (lower[verb - 2] === 'two' && (lower[verb - 3] === 'the' || lower[verb - 3] === 'both')) return 'two ' + noun
  return null
}

/**
 * The two parties a counting subject stands for (see {@link countedSubject}): the last two people named
 * before it, in its sentence or the one before, for "the two ministers"; the last two states, bodies or
 * groups named there, not as the place of something, for "both sides". Empty unless exactly two are found.
 *
 * @example
 * countedParties('two ministers', head, sentence, scope) // ['e9', 'e14'] after "Vaitkus discussed … with … Zieliński"
 */
export function countedParties(subject: string, head: number, sentence: Sentence, scope: SubjectScope): string[] {
  const people = COUNTED_PEOPLE.has(subject.slice(4))
  const from = sentence.index > 0 ? scope.sentences[sentence.index - 1].tokenStart : sentence.tokenStart
  const before = scope.mentions.within(from, head)
  const ids: string[] = []
  for (let k = before.length - 1; k >= 0 && ids.length < 2; k--) {
    const { entity, tokenStart } = before[k]
    if (ids.includes(entity.id)) continue
    const fits = people ? entity.type === 'person' : ['organization', 'group', 'location'].includes(entity.type) && !placedByPreposition(scope.lower, tokenStart)
    if (fits) ids.unshift(entity.id)
  }
  return ids.length === 2 ? ids : []
}
