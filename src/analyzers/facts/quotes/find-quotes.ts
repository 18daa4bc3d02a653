import { TRANSCRIPT_TURN_CUE, type Entity, type Quote } from '../../../report/schema.ts'
import type { Paragraph, Sentence, Token } from '../../../text/types.ts'
import { lastStartingAtOrBefore } from '../../../text/token-search.ts'
import { bodyOfEarlierGroup, openingBody } from './body-antecedent.ts'
import { attributionAfter, attributionBefore, labelAttribution, type Attribution } from './attribution.ts'
import { earlierRoles, type EarlierRoles } from './earlier-role.ts'
import { pronounGender, readGenders, type Genders } from './gender.ts'
import { indexEntities, isBody, type EntityIndex } from './entity-index.ts'
import { openingPerson } from './opening-person.ts'
import { findQuotedParts, type QuotedPart } from './quote-marks.ts'
import { reportedSpeechAt, reportedSpeechHints, type SpeechScope } from './reported-speech.ts'
import { ORGANISATION_HEADS, type ReportingCues } from './reporting-cues.ts'
import { describeSpeaker, isGroup, namesPost, sentenceCaseOff, type SpeakerInfo } from './speaker.ts'
import type { SpeakerPhrase } from './speaker-phrase.ts'
import { transcriptTurns } from './transcript-turns.ts'
import { tokenFlags } from './word-flags.ts'
import type { WordIds } from '../../../text/vocabulary.ts'

/** What the quotes finder reads from the analysis context. */
export interface QuoteInput {
  text: string
  tokens: readonly Token[]
  sentences: readonly Sentence[]
  paragraphs: readonly Paragraph[]
  entities: readonly Entity[]
  issuer: string | null
  /** the tokens as ids of the shared vocabulary (read from the tokens when absent) */
  words?: WordIds
}

interface Item {
  start: number
  parts: { start: number; end: number }[]
  direct: boolean
  attribution: Attribution | null
  paragraph: number
  /** paragraph of the last part (a quote running over paragraphs ends in a later one) */
  lastParagraph: number
  /** the quote opens its paragraph (news style for a quote continuing the previous speaker's words) */
  opensParagraph: boolean
  marked: boolean
  /** words of a crowd or a document ("chanting “Reject the bill”"): no speaker is carried over to them */
  unattributed?: boolean
  /** a transcript turn's speaker ("Lin Jian: …"), named by the label before the colon */
  turn?: Entity
}

type AttributionKind = 'explicit' | 'turn' | 'pronoun' | 'carried' | 'none'

// Words before a quotation that make it a name or a label, not speech: the so-called ‘peacekeepers’.
const NAMING_LEADS = /(?:so-called|so called|dubbed|called|termed|labell?ed|named|titled|entitled|known as|branded|the word|the term|the phrase)\s*$/i
/** Words before a quotation that make it a term, whoever is reported around it: a "so-called ‘peacekeepers’" is no one's speech. */
const TERM_LEADS = /(?:so-called|so called|known as|the word|the term|the phrase)\s*$/i
const MAX_SCARE_QUOTE_WORDS = 3
/** Words before a quotation that make it a crowd's words, however short (GUIDE: chants are quotes): chanting “Reject the bill”, banners reading “…”. */
const CHANT_LEADS = /(?:\b(?:chant(?:ing|ed|s)?|shout(?:ing|ed|s)?|sing(?:ing|s)?|sang|(?:banners?|placards?|signs?|posters?|slogans?)\s+(?:reading|saying|that\s+read)|(?:chants|cries|shouts|slogans)\s+of)\s*[:,]?\s*)$/i
/**
 * A document that prescribes, as the subject of its sentence, before a quotation of its words (GUIDE:
 * words quoted from a document are quotes): "The bill requires platforms … to take “reasonable steps”".
 */
const DOCUMENT_SUBJECT = /^(?:(?:the|this|that|its|their|a|an|under\s+the)\s+)(?:[\p{L}\p{N}’'-]+\s+){0,4}?(?:bill|law|act|treaty|agreement|accord|resolution|text|regulation|directive|decree|constitution|charter|statute|code|amendment|guidelines|rules|order|ruling|judgment|declaration)\s+(?:(?:also|now|still|would|will)\s+)?(?:requires?|obliges?|compels?|commits?|states?|says?|provides?|stipulates?|calls?\s+(?:for|on)|urges?|demands?|asks?|bans?|prohibits?|forbids?|allows?|permits?|empowers?|directs?|orders?)\b/iu
// A quoted name or title: every word capitalised but for short function words ("Peace Through Strength Initiative").
const TITLE_CASE = /^\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|of|the|and|for|in|on|to|a|an|at|by|with))*$/u

// A quoted name, its year or number included: "Iron Shield 2026", "Zapad-2026".
const NAME_CASE = /^\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’-]*|of|the|and|for|in|on|to|a|an|at|by|with))*$/u

/** Marks that end a sentence: a quote ending in one ends its sentence. */
const SENTENCE_END_MARKS = '.!?…'

const WORD = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu

/**
 * True when one quotation in title case stands as a name inside a sentence, not as speech: `the
 * "Iron Shield 2026" exercise`, `the exercise "Zapad-2026" on Monday`, `The report, "Ready When
 * Needed", is …`. A title-case quotation that a colon opens or a comma and a reporting verb close
 * (`said: "Victory"`, `"Never Again," said …`) stays speech.
 */
function quotesAName(text: string, chain: readonly { start: number; end: number; open: number; close: number | null }[], quoted: string): boolean {
  if (chain.length !== 1 || !NAME_CASE.test(quoted)) return false
  const { open, close } = chain[0]
  if (close === null) return false
  const before = text.slice(Math.max(0, open - 24), open).trimEnd()
  if (before === '' || /[:.!?…]$/.test(before) || /\n\s*$/.test(text.slice(Math.max(0, open - 4), open))) return false
  const after = text.slice(close + 1, close + 24)
  // "…," said the minister: a quotation closed by a comma before a reporting verb is speech.
  if (/^,\s*(?:\p{Ll}+\s+)?(?:said|says|told|added|asked|declared|wrote|stated|insisted|warned)\b/u.test(after)) return false
  return /^(?:\s+\p{Ll}|\s*[,;)]|\s*$|\s+(?:on|in|at)\b)/u.test(after)
}

/** True when the quoted words are few enough for a scare quote or label. */
function isShort(quoted: string): boolean {
  let words = 0
  WORD.lastIndex = 0
  while (words <= MAX_SCARE_QUOTE_WORDS && WORD.exec(quoted)) words++
  return words <= MAX_SCARE_QUOTE_WORDS
}


/** Where each token starts: the searches below read these numbers rather than the token objects. */
function tokenStarts(tokens: readonly Token[]): Int32Array {
  const starts = new Int32Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) starts[i] = tokens[i].start
  return starts
}

/** Index of the first token starting at or after `offset`. */
function firstTokenAt(starts: Int32Array, offset: number): number {
  let lo = 0
  let hi = starts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (starts[mid] < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * True when a quotation lies inside a reported clause: "said its forces were “ready”, adding that the
 * drills were “purely defensive”". Its words are the reporting speaker's (GUIDE: reported speech with
 * quoted words gives both), however short.
 */
function insideReported(reported: readonly Item[], start: number, end: number): boolean {
  return reported.some((r) => r.attribution !== null && r.parts[0].start <= start && end <= r.parts[r.parts.length - 1].end)
}

function directItems(input: QuoteInput, parts: QuotedPart[], cues: ReportingCues, starts: Int32Array, entities: EntityIndex, reported: readonly Item[]): Item[] {
  const { text, tokens, sentences, paragraphs } = input
  const named = (phrase: SpeakerPhrase) => !phrase.pronoun && entities.overlapping(tokens[phrase.from].start, tokens[phrase.to - 1].end).some((m) => m.entity.type !== 'other' && m.entity.type !== 'nationality')
  const chains = new Map<number, number[]>()
  parts.forEach((p, index) => {
    const chain = chains.get(p.chain)
    if (chain) chain.push(index)
    else chains.set(p.chain, [index])
  })
  const items: Item[] = []
  for (const indices of chains.values()) {
    const chain = indices.map((index) => parts[index])
    const p = chain[0]
    // "called the measure “too little and too late”": a label in the speaker's words comes first.
    const firstOpen = firstTokenAt(starts, p.open)
    const firstSentence = sentences.length ? sentences[lastStartingAtOrBefore(sentences, p.open)].tokenStart : 0
    let attribution: Attribution | null = labelAttribution(tokens, Math.max(firstSentence, firstTokenAt(starts, paragraphs[lastStartingAtOrBefore(paragraphs, p.open)].start)), firstOpen, cues, named)
    for (const index of attribution ? [] : indices) {
      const q = parts[index]
      const paragraph = paragraphs[lastStartingAtOrBefore(paragraphs, q.open)]
      const paragraphStart = firstTokenAt(starts, paragraph.start)
      const paragraphEnd = firstTokenAt(starts, paragraph.end)
      const next = parts[index + 1]
      const limit = next && next.open < paragraph.end ? Math.min(paragraphEnd, firstTokenAt(starts, next.open)) : paragraphEnd
      const open = firstTokenAt(starts, q.open)
      const previous = parts[index - 1]
      const sentenceStart = sentences.length ? sentences[lastStartingAtOrBefore(sentences, q.open)].tokenStart : 0
      let floor = Math.max(paragraphStart, sentenceStart)
      if (previous && previous.close !== null && previous.close >= paragraph.start) floor = Math.max(floor, firstTokenAt(starts, previous.close + 1))
      const endsSentence = q.end > q.start && SENTENCE_END_MARKS.includes(text.charAt(q.end - 1))
      const after = q.close !== null ? attributionAfter(tokens, firstTokenAt(starts, q.close + 1), limit, cues, endsSentence) : null
      attribution = after ?? attributionBefore(tokens, floor, open, cues)
      if (attribution) break
    }
    // "Deputy Doherty said:" ending one paragraph introduces the quotation that opens the next.
    const opening = firstTokenAt(starts, p.open)
    if (!attribution && opening > 0 && tokens[opening - 1].text === ':' && paragraphs[lastStartingAtOrBefore(paragraphs, p.open)]?.start === p.open) {
      const lead = sentences.length ? sentences[lastStartingAtOrBefore(sentences, tokens[opening - 1].start)].tokenStart : 0
      attribution = attributionBefore(tokens, lead, opening, cues)
    }
    const quoted = chain.map((q) => text.slice(q.start, q.end)).join(' ')
    if (!/\p{L}/u.test(quoted)) continue
    if (quotesAName(text, chain, quoted)) continue
    if (chain.length === 1 && TERM_LEADS.test(text.slice(Math.max(0, p.open - 24), p.open))) continue
    // "chanting “Reject the bill”", "The bill requires … to take “reasonable steps”": words of a crowd or
    // of a document, kept however short, and spoken by no one the finder can name.
    let unattributed = false
    if (!attribution) {
      // A short quoted sentence stands on its own (“We are ready.”); inside running text it is a label.
      const ownSentence = /[.!?…]$/.test(quoted) && /(?:^|[.!?:…]["”’»]?)\s*$/.test(text.slice(Math.max(0, p.open - 3), p.open))
      const fragment = chain.length === 1 && insideReported(reported, p.start, p.end)
      const sentenceFrom = sentences.length ? sentences[lastStartingAtOrBefore(sentences, p.open)].start : 0
      unattributed = CHANT_LEADS.test(text.slice(Math.max(sentenceFrom, p.open - 40), p.open)) || DOCUMENT_SUBJECT.test(text.slice(sentenceFrom, p.open))
      if (!unattributed && ((chain.length === 1 && !ownSentence && ((isShort(quoted) && !fragment) || TITLE_CASE.test(quoted))) || NAMING_LEADS.test(text.slice(Math.max(0, p.open - 24), p.open)))) continue
    }
    const paragraphIndex = lastStartingAtOrBefore(paragraphs, p.open)
    items.push({
      start: p.start, parts: chain.map((q) => ({ start: q.start, end: q.end })), direct: true, attribution,
      paragraph: paragraphIndex, lastParagraph: lastStartingAtOrBefore(paragraphs, chain[chain.length - 1].open), opensParagraph: paragraphs[paragraphIndex]?.start === p.open, marked: true, unattributed,
    })
  }
  return items
}

function indirectItems(input: QuoteInput, parts: QuotedPart[], entities: EntityIndex, cues: ReportingCues): Item[] {
  const { tokens, sentences, paragraphs } = input
  if (sentences.length === 0) return []
  const ranges = parts.map((p) => ({ start: p.open, end: p.close === null ? p.end : p.close + 1 }))
  const rangeAt = (offset: number) => {
    if (ranges.length === 0) return null
    const r = ranges[lastStartingAtOrBefore(ranges, offset)]
    return r.start <= offset && offset < r.end ? r : null
  }
  const flags = tokenFlags(tokens, input.words)
  const scope: SpeechScope = { tokens, flags, cues, inName: (i) => entities.overlapping(tokens[i].start, tokens[i].end).length > 0 }
  const items: Item[] = []
  const seen = new Set<string>()
  let s = 0
  for (const v of reportedSpeechHints(flags)) {
    const at = tokens[v].start
    // Words inside a direct quote are the speaker's own.
    if (rangeAt(at)) continue
    while (s < sentences.length - 1 && sentences[s].end <= at) s++
    for (const found of reportedSpeechAt(scope, sentences[s], v)) {
      const start = tokens[found.from].start
      const end = tokens[found.to - 1].end
      // A clause that is all one quotation is the direct quote alone.
      const quoted = rangeAt(start)
      if (quoted && end <= quoted.end) continue
      const key = `${start}:${end}`
      if (seen.has(key)) continue
      seen.add(key)
      const paragraph = lastStartingAtOrBefore(paragraphs, start)
      items.push({ start, parts: [{ start, end }], direct: false, attribution: found.attribution, paragraph, lastParagraph: paragraph, opensParagraph: false, marked: found.marked })
    }
  }
  return items
}

const round = (n: number) => Math.round(n * 100) / 100

function confidence(item: Item, kind: AttributionKind, speaker: SpeakerInfo | null, cues: ReportingCues): number {
  const w = item.attribution ? cues.weight(item.attribution.cue) : 0
  if (!item.direct) return round((item.marked ? 0.45 + 0.35 * w : 0.4 + 0.3 * w) * (kind === 'pronoun' && !speaker ? 0.8 : 1))
  if (kind === 'explicit') return round(0.55 + 0.4 * w)
  if (kind === 'turn') return 0.85
  if (kind === 'pronoun') return round(speaker ? 0.9 * (0.55 + 0.4 * w) : 0.5)
  if (kind === 'carried') return 0.7
  return 0.5
}

/**
 * The speaker a pronoun stands for: "he" or "she" the person quoted last, unless the text has told a
 * gender for them that the pronoun does not have ("Mr Feldmann", a "he said" before it): then the
 * last person named before whose gender does not clash.
 */
function resolvePronoun(pronoun: string, at: number, state: { person: SpeakerInfo | null; other: SpeakerInfo | null }, entities: EntityIndex, issuer: string | null, genders: Genders): SpeakerInfo | null {
  if (pronoun === 'he' || pronoun === 'she') {
    const gender = pronounGender(pronoun)
    if (state.person && genders.agrees(state.person.entity, gender)) return state.person
    const e = entities.lastBefore(at, (x) => x.type === 'person' && genders.agrees(x.id, gender))
    return e ? { name: e.name, entity: e.id, role: null, person: true } : null
  }
  if (pronoun === 'they' || pronoun === 'it') {
    if (state.other) return state.other
    const e = entities.lastBefore(at, isBody)
    return e ? { name: e.name, entity: e.id, role: null, person: false } : null
  }
  if (pronoun === 'we' && issuer) {
    const e = entities.byName(issuer) ?? issuerEntity(issuer, entities)
    return { name: e?.name ?? issuer, entity: e?.id ?? null, role: null, person: false }
  }
  return null
}

/** How many sentences back a quote keeps its speaker for a later "he said" against a person named without a title. */
const RECENT_SENTENCES = 3

/**
 * "Defence Minister Tomas Lind visited the base on Monday. “…,” he said.": a "he" or "she" whose own
 * sentence names no one before it speaks for the person the sentence before opens with. Someone
 * quoted since that sentence began keeps the pronoun ("Haig had no reason to …, his lawyer said. He
 * said …"), and so does someone quoted a little earlier unless the sentence introduces its person
 * with a title or for the first time.
 */
function subjectBefore(input: QuoteInput, pronoun: number, lastQuoted: number, entities: EntityIndex, cues: ReportingCues): SpeakerInfo | null {
  const { text, tokens, sentences } = input
  const word = tokens[pronoun].text.toLowerCase()
  if ((word !== 'he' && word !== 'she') || sentences.length === 0) return null
  const s = lastStartingAtOrBefore(sentences, tokens[pronoun].start)
  if (s === 0 || lastQuoted >= sentences[s - 1].start) return null
  if (entities.overlapping(sentences[s].start, tokens[pronoun].start).some((m) => m.entity.type === 'person')) return null
  const opening = openingPerson(text, tokens, sentences[s - 1], entities, cues)
  if (!opening || (!opening.introduced && lastQuoted >= sentences[Math.max(0, s - RECENT_SENTENCES)].start)) return null
  return opening.speaker
}

/**
 * An unlinked speaker that names someone quoted before: "Lavrov" after "Sergei Lavrov", "the
 * minister" after "Foreign Minister Sergei Lavrov".
 */
function sameAsEarlier(speaker: SpeakerInfo, earlier: readonly SpeakerInfo[]): SpeakerInfo {
  const words = speaker.name.split(/\s+/)
  if (words.length === 1 && /^\p{Lu}/u.test(speaker.name)) {
    const match = earlier.findLast((s) => s.person && s.name !== speaker.name && s.name.split(/\s+/).pop() === speaker.name)
    if (match) return { ...match, role: speaker.role ?? match.role }
  }
  if (!speaker.role && /^\p{Ll}/u.test(speaker.name)) {
    const head = words[words.length - 1].toLowerCase()
    return earlier.findLast((s) => !!s.role && s.role.toLowerCase().split(/[\s-]+/).includes(head)) ?? speaker
  }
  return speaker
}

/**
 * "the Agency’s chief executive told MPs", "The Committee recommends": an organisation's head word on
 * its own, capitalised, is the short name of the organisation named before whose name ends in it
 * ("Environment Agency", "Environment, Food and Rural Affairs Committee"): a speaker quoted before
 * under that name, else the last such entity. Unchanged when no name before ends in the word.
 */
function fullerName(speaker: SpeakerInfo, at: number, earlier: readonly SpeakerInfo[], entities: EntityIndex): SpeakerInfo {
  const head = speaker.name.toLowerCase()
  if (!/^\p{Lu}\p{Ll}+$/u.test(speaker.name) || !ORGANISATION_HEADS.has(head)) return speaker
  const endsInHead = (name: string) => {
    const words = name.toLowerCase().split(/[\s,]+/)
    return words.length > 1 && words[words.length - 1] === head
  }
  const quoted = earlier.findLast((s) => endsInHead(s.name))
  if (quoted) return { ...quoted, role: speaker.role, person: speaker.person }
  const named = entities.lastBefore(at, (e) => isBody(e) && endsInHead(e.name))
  return named ? { name: named.name, entity: named.id, role: speaker.role, person: speaker.person } : speaker
}

/** The words of a post for comparing: lower case, split at spaces and hyphens, a possessive left out. */
const postWords = (role: string) => role.toLowerCase().replace(/[’']s?(?=\s|$)/g, '').split(/[\s-]+/).filter(Boolean)

/**
 * "The Ambassador said", "the minister said": an unlinked speaker that is only a post speaks for the
 * person last named before with that post ("the Estonian Ambassador, Kadri Leppik", "The Minister of
 * National Defence, Darius Vaitkus, visited …"), quoted before or not. Every word of the speaker's
 * post must be in the holder's; null when no one named before holds it.
 */
function holderOfPost(speaker: SpeakerInfo, at: number, people: ReadonlyMap<string, Entity>, roles: EarlierRoles, cues: ReportingCues): SpeakerInfo | null {
  if (speaker.entity || speaker.role) return null
  const words = postWords(speaker.name)
  if (words.length === 0 || !words.every((w) => cues.isRoleWord(w)) || !namesPost(speaker.name, cues)) return null
  let best: { entity: Entity; role: string; at: number } | null = null
  for (const entity of people.values()) {
    const role = roles.before(entity, at)
    if (!role) continue
    const held = postWords(role)
    if (!words.every((w) => held.includes(w))) continue
    const last = entity.mentions.findLast((m) => m.start < at)
    if (last && (!best || last.start > best.at)) best = { entity, role, at: last.start }
  }
  return best ? { name: best.entity.name, entity: best.entity.id, role: best.role, person: true } : null
}

/** Documents that speak for whoever issued them: "according to the statement". */
const DOCUMENTS = new Set(['statement', 'communique', 'communiqué', 'release', 'readout', 'announcement', 'report', 'resolution', 'text'])

/** "in a statement", "issued its communiqué": the sentence introduces a document of the one who speaks in it. */
const INTRODUCES_DOCUMENT = /\b(?:a|an|its|their|his|her|the\s+\w+['’]s)\s+(?:\w+\s+)?(?:statement|communiqu[eé]|release|readout|announcement|report)\b/i

/**
 * The entity a document's issuer names: "Ministry of Foreign Affairs, Russia (as reported)" → the
 * ministry, "UN Office for the Coordination of Humanitarian Affairs" → that office; null when no entity
 * of the text bears the name ("news report").
 */
function issuerEntity(issuer: string | null, entities: EntityIndex): Entity | null {
  if (!issuer) return null
  const name = issuer.replace(/\([^)]*\)/g, ' ').replace(/,?\s*as reported\s*$/i, '').replace(/\s+/g, ' ').trim()
  const found = entities.byName(name) ?? entities.byName(name.split(',')[0].trim())
  return found && isBody(found) ? found : null
}

/** What an organisation publishes about itself: "according to its own figures", "its website". */
const OWN_RECORDS = new Set(['figures', 'data', 'estimates', 'estimate', 'count', 'numbers', 'statistics', 'statement', 'website', 'report', 'records'])

/** Collective nouns that stand for the organisation named before even when its name lacks the word: "the alliance" for NATO. */
const STANDS_FOR_ORGANISATION = new Set(['alliance', 'bloc', 'coalition', 'organisation', 'organization', 'grouping'])
const POSSESSIVE = /['’]s$/

/**
 * The speaker of "the organisation's press service", "the ministry's spokesperson": the organisation
 * named before whose name holds the owner word, or for a collective noun ("the alliance's") the last
 * organisation named before; the owned words are the role. Null when the phrase has no such owner.
 */
function ownedByNamedBefore(words: readonly string[], at: number, entities: EntityIndex): SpeakerInfo | null {
  const owner = words.findIndex((w) => POSSESSIVE.test(w))
  if (owner < 0 || owner === words.length - 1) return null
  const key = words[owner].replace(POSSESSIVE, '')
  const named = entities.lastBefore(at, (e) => isBody(e) && e.name.toLowerCase().split(/[\s-]+/).includes(key)) ?? (STANDS_FOR_ORGANISATION.has(key) ? entities.lastBefore(at, isBody) : undefined)
  return named ? { name: named.name, entity: named.id, role: words.slice(owner + 1).join(' '), person: false } : null
}

/**
 * "NATO concluded an exercise …, the alliance said": a collective noun on its own ("alliance", "bloc")
 * stands for the organisation named last before it in the same paragraph (from `floor`); null when none is.
 */
function collectiveBefore(words: readonly string[], at: number, floor: number, entities: EntityIndex): Entity | null {
  if (words.length !== 1 || !STANDS_FOR_ORGANISATION.has(words[0])) return null
  const bodies = entities.overlapping(floor, at).filter((m) => isBody(m.entity))
  return bodies.length ? bodies[bodies.length - 1].entity : null
}

/**
 * Names that make an organisation one of a kind without the kind's word: a command's name may say
 * "Forces" or "Fleet" ("U.S. Naval Forces Europe and Africa" is "the command"), a constitutional
 * council or a council of state is a court ("the seven-member court" after "the Constitutional
 * Council"), a department is a ministry and a ministry a department.
 */
const KINDS: Readonly<Record<string, RegExp>> = {
  command: /\b(?:forces|fleet)\b/i,
  court: /\b(?:tribunal|constitutional council|council of state)\b/i,
  tribunal: /\b(?:court|constitutional council|council of state)\b/i,
  ministry: /\bdepartment\b/i,
  department: /\bministry\b/i,
}

/**
 * "the command said" with no command named before: the organisation named last before it, when its
 * name makes it of that kind (KINDS); null otherwise.
 */
function kindBefore(key: string, at: number, entities: EntityIndex): Entity | null {
  const kind = Object.hasOwn(KINDS, key) ? KINDS[key] : null
  if (!kind) return null
  const last = entities.lastBefore(at, isBody)
  return last && kind.test(last.name) ? last : null
}

/**
 * An unnamed speaker of an organisation named before (GUIDE: "a hospital official" speaks for the
 * hospital): "the command", "the air force" by the head word of the organisation's name ("U.S.
 * Central Command", "Ukrainian Air Force"), "a hospital official" by the word before the title, "the
 * organisation's press service" by its owner, "its own figures" by the organisation named last.
 */
function namedBefore(speaker: SpeakerInfo, at: number, floor: number, entities: EntityIndex, cues: ReportingCues): SpeakerInfo {
  const words = speaker.name.toLowerCase().split(/\s+/)
  // "the Agency’s chief executive" after "the Environment Agency": a capitalised owner points back too.
  const owned = ownedByNamedBefore(words, at, entities)
  if (owned) return owned
  if (/^\p{Lu}/u.test(speaker.name)) return speaker
  // "according to its own figures", "their statement": the organisation named last before owns them.
  if ((words[0] === 'its' || words[0] === 'their') && OWN_RECORDS.has(words[words.length - 1])) {
    const owner = entities.lastBefore(at, isBody)
    return owner ? { name: owner.name, entity: owner.id, role: null, person: false } : speaker
  }
  const key = speaker.person ? words[words.length - 2] : words[words.length - 1]
  if (!key || (speaker.person && cues.isRoleWord(key))) return speaker
  const named = entities.lastBefore(at, (e) => isBody(e) && e.name.toLowerCase().split(/[\s-]+/).includes(key)) ?? collectiveBefore(words, at, floor, entities) ?? kindBefore(key, at, entities)
  if (!named) return speaker
  return { name: named.name, entity: named.id, role: speaker.person ? speaker.name : speaker.role, person: false }
}

/**
 * Finds direct quotes (span = the words inside the marks) and reported speech (span = the reported
 * clause) with their speakers: named in the text, carried by a pronoun ("he added" → the last
 * person quoted), or carried over from the quote before (a following quote paragraph).
 */
export function findQuotes(input: QuoteInput, cues: ReportingCues): Quote[] {
  const { text, tokens, paragraphs } = input
  const entities = indexEntities(input.entities)
  const parts = findQuotedParts(text, paragraphs)
  const starts = tokenStarts(tokens)
  const reported = indirectItems(input, parts, entities, cues)
  const direct = directItems(input, parts, cues, starts, entities, reported)
  const turns: Item[] = transcriptTurns(tokens, paragraphs, input.entities).map((t) => ({
    start: t.start, parts: [{ start: t.start, end: t.end }], direct: true, attribution: null,
    paragraph: t.paragraph, lastParagraph: t.paragraph, opensParagraph: false, marked: false, turn: t.speaker,
  }))
  const items = [...turns, ...direct, ...reported].sort((a, b) => a.start - b.start)
  const roles = earlierRoles(text, tokens, input.sentences, entities, cues)
  const people = new Map(input.entities.filter((e) => e.type === 'person').map((e) => [e.id, e]))
  const genders = readGenders(tokens, input.entities)
  // `lastQuoted`: where the last quote with a speaker begins.
  const state = { person: null as SpeakerInfo | null, other: null as SpeakerInfo | null, speakers: [] as SpeakerInfo[], lastQuoted: -1 }
  let previousDirect: { item: Item; speaker: SpeakerInfo | null } | null = null
  // The last reported speech with a speaker: words it quotes directly are that speaker's.
  let enclosing: { start: number; end: number; speaker: SpeakerInfo } | null = null
  // The last body that a sentence quoting it says issued a statement: "the command said in a statement".
  const statement = { last: null as { paragraph: number; speaker: SpeakerInfo } | null }
  const out: Quote[] = []
  for (const item of items) {
    let speaker: SpeakerInfo | null = null
    let kind: AttributionKind = 'none'
    const phrase = item.attribution?.phrase
    if (item.turn) {
      kind = 'turn'
      speaker = { name: item.turn.name, entity: item.turn.id, role: null, person: true }
    } else if (phrase?.pronoun) {
      kind = 'pronoun'
      const gender = pronounGender(phrase.pronoun)
      const subject = subjectBefore(input, phrase.from, state.lastQuoted, entities, cues)
      const agreeing = subject && genders.agrees(subject.entity, gender) ? subject : null
      // "Tajikistan's State Committee … gave a different account. It said …": the body the sentence before opens with.
      const body = phrase.pronoun === 'it' || phrase.pronoun === 'they' ? openingBody(tokens, input.sentences, paragraphs[item.paragraph].start, phrase.from, state.lastQuoted, entities) : null
      if (body) speaker = { name: body.name, entity: body.id, role: null, person: false }
      else speaker = agreeing && agreeing.entity !== state.person?.entity ? agreeing : resolvePronoun(phrase.pronoun, item.start, state, entities, input.issuer, genders)
      if (speaker?.person) genders.learn(speaker.entity, gender)
    } else if (phrase) {
      kind = 'explicit'
      speaker = describeSpeaker(text, tokens, phrase, entities, cues)
      // "Our spokesperson said": the issuer speaks through the post.
      if (speaker && !speaker.entity && input.issuer && /^our\s/i.test(speaker.name)) {
        const issuer = entities.byName(input.issuer)
        speaker = { name: issuer?.name ?? input.issuer, entity: issuer?.id ?? null, role: speaker.name.replace(/^our\s+/i, ''), person: false }
      }
      if (speaker) speaker = fullerName(speaker, tokens[item.attribution!.cueToken].start, state.speakers, entities)
      if (speaker && !speaker.entity) speaker = sameAsEarlier(speaker, state.speakers)
      if (speaker && !speaker.entity) speaker = holderOfPost(speaker, tokens[item.attribution!.cueToken].start, people, roles, cues) ?? speaker
      // "The three governments note that …": the body named in the subject that brought in "governments".
      const group = speaker && !speaker.entity ? bodyOfEarlierGroup(tokens, input.sentences, phrase, entities) : null
      if (speaker && group) speaker = { name: group.name, entity: group.id, role: speaker.name, person: false }
      if (speaker && !speaker.entity) speaker = namedBefore(speaker, tokens[item.attribution!.cueToken].start, paragraphs[item.paragraph].start, entities, cues)
      // "…, the statement said": the statement a body issued earlier in the paragraph ("the command said
      // in a statement …"), else the document's issuer, else the organisation quoted last.
      if (speaker && !speaker.entity) speaker = { ...speaker, name: sentenceCaseOff(tokens, phrase, speaker.name, cues) }
      if (speaker && !speaker.entity && DOCUMENTS.has(speaker.name.toLowerCase())) {
        const issued = statement.last?.paragraph === item.paragraph ? statement.last.speaker : null
        const issuer = issued ? null : issuerEntity(input.issuer, entities)
        if (issued) speaker = { ...issued, role: null }
        else if (issuer) speaker = { name: issuer.name, entity: issuer.id, role: null, person: false }
        else if (state.other?.entity) speaker = { ...state.other, role: null }
      }
    } else if (item.unattributed) {
      // A chant or a document's words: no one's speech is carried over to them.
    } else if (item.direct && enclosing && enclosing.start <= item.start && item.parts[item.parts.length - 1].end <= enclosing.end) {
      // 'According to General Rivera, the troops "will remain as long as necessary"': his words.
      kind = 'carried'
      speaker = enclosing.speaker
    } else if (item.direct && previousDirect?.speaker && (previousDirect.item.lastParagraph === item.paragraph || (previousDirect.item.lastParagraph === item.paragraph - 1 && item.opensParagraph))) {
      kind = 'carried'
      speaker = previousDirect.speaker
    }
    // "Bereczki said", "Mr Lowther said": a person named without a post keeps the one given before.
    const holder: Entity | undefined = speaker?.person && !speaker.role && speaker.entity ? people.get(speaker.entity) : undefined
    if (speaker && holder) {
      const at = item.attribution ? Math.max(item.start, tokens[item.attribution.cueToken].start) : item.start
      speaker = { ...speaker, role: roles.before(holder, at) }
    }
    if ((!item.direct || item.turn) && speaker) enclosing = { start: item.start, end: item.parts[item.parts.length - 1].end, speaker }
    if (speaker?.entity && !speaker.person && item.attribution) {
      const sentence = input.sentences.length ? input.sentences[lastStartingAtOrBefore(input.sentences, tokens[item.attribution.cueToken].start)] : null
      if (sentence && INTRODUCES_DOCUMENT.test(text.slice(sentence.start, sentence.end))) statement.last = { paragraph: item.paragraph, speaker }
    }
    if (speaker) {
      if (speaker.person && !isGroup(speaker, cues)) state.person = speaker
      else state.other = speaker
      state.speakers.push(speaker)
      state.lastQuoted = item.start
    }
    if (item.direct) previousDirect = { item, speaker }
    const c = confidence(item, kind, speaker, cues)
    for (const part of item.parts) {
      const quote: Quote = {
        start: part.start, end: part.end, text: text.slice(part.start, part.end), direct: item.direct,
        speaker: speaker ? { name: speaker.name, entity: speaker.entity, role: speaker.role } : null,
        cue: item.attribution?.cue ?? (item.turn ? TRANSCRIPT_TURN_CUE : null), confidence: c,
      }
      out.push(quote)
    }
  }
  return out
}
