import type { GazetteerCandidate, GazetteerHit } from '../../../knowledge/gazetteer.ts'
import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import { AliasFlag } from '../../../knowledge/types.ts'
import type { Sentence } from '../../../text/types.ts'
import type { DocumentWords } from './document-words.ts'
import type { Coverage, MentionCandidate } from './mention.ts'
import { opensFacility } from './facilities.ts'
import { officeEnd } from './name-runs.ts'
import { isDateWord } from './token-context.ts'
import { UPPER } from './token-classes.ts'
import { COMMON_WORD, CURRENCY, FUNCTION_WORD, MONTH, ORGANISATION_WORD, TITLE_MODIFIER } from './word-facts.ts'

/** Heads of street, building and island names: a body's or a person's name before one is part of a place's name. */
const PLACE_HEADS = new Set(['square', 'street', 'avenue', 'road', 'bridge', 'boulevard', 'station', 'airport', 'park', 'lane', 'embankment', 'prospekt', 'island', 'base', 'barracks'])
/** Ordinary words that name one body in the knowledge base ("the Coalition" of Australia's parliament) and open or end many other names. */
const ORDINARY_BODY_WORDS = new Set(['coalition', 'alliance', 'movement', 'front', 'union', 'league', 'party', 'congress', 'assembly', 'council', 'commission', 'parliament'])
/** Small words inside a longer name: "Coalition for Change", "Alliance of Liberals". */
const NAME_JOINERS = new Set(['for', 'of'])

/** A capitalised word that may belong to a longer name: not a title, a month, or a sentence-opening function word. */
function isNameWord(doc: DocumentWords, i: number, sentence: Sentence): boolean {
  if (!doc.isCapitalised(i) || doc.isTitleAt(i)) return false
  const facts = doc.facts[i]
  if (facts & MONTH && isDateWord(doc, i)) return false
  if (facts & FUNCTION_WORD && (doc.isSentenceInitial(sentence, i) || doc.key(i).length <= 3)) return false
  return true
}

function isCovered(hits: readonly GazetteerHit[], i: number): boolean {
  for (const h of hits) if (i >= h.start && i < h.end) return true
  return false
}

function allCommonWords(candidates: readonly GazetteerCandidate[]): boolean {
  for (const c of candidates) if (!(c.flags & AliasFlag.commonWord)) return false
  return true
}

function anyCommonWord(candidates: readonly GazetteerCandidate[]): boolean {
  for (const c of candidates) if (c.flags & AliasFlag.commonWord) return true
  return false
}

/**
 * Knowledge-base matches of one sentence turned into mention candidates. A match is dropped when
 * it is a common word opening the sentence ("Reading the report…"), or when a place, nationality
 * or one-word person name sits inside a longer unknown name ("Jordan Bardella", "Paris Agreement",
 * "Michelle Obama"): the surrounding name is left for the name finders. Tokens that `claimed`
 * mentions hold already belong to no such longer name ("Florida" before "Democratic party").
 */
export function kbMentions(kb: KnowledgeBase, doc: DocumentWords, sentence: Sentence, claimed?: Coverage): MentionCandidate[] {
  const { tokens } = doc
  const hits = kb.names.match(tokens, sentence.tokenStart, sentence.tokenEnd, doc.known)
  if (hits.length === 0) return []
  let headline: boolean | undefined
  const out: MentionCandidate[] = []
  for (const hit of hits) {
    const entries = distinctValues(hit)
    const first = kb.entry(entries[0])
    const single = hit.end - hit.start === 1
    // "Reading the report…", but "Greens Senator Hannah Walsh": a name goes on with a capital.
    if (single && allCommonWords(hit.candidates) && doc.isSentenceInitial(sentence, hit.start) && !doc.isCapitalised(hit.end)) continue
    // "Lightning", "Red Flag": an armed group known by ordinary words is that group only where the sentence speaks of armed groups.
    if (first.type === 'group' && isOrdinaryPhrase(doc, hit.start, hit.end) && !groupCueNear(doc, sentence, hit.start, hit.end)) continue
    // "U.S. dollars" names a currency, not the country.
    if ((first.type === 'location' || first.type === 'nationality') && hit.end < sentence.tokenEnd && doc.facts[hit.end] & CURRENCY) continue
    // "U.S. Secretary of State Marta Kowalczyk": the office is a title; the country before it stays a place.
    const place = first.type === 'organization' ? placeBeforeOffice(kb, doc, sentence, hit) : null
    if (place) {
      out.push({ start: place.start, end: place.end, type: kb.entry(place.candidates[0].value).type, entries: distinctValues(place), source: 'kb', confidence: 0.9, qualifier: null, sentence: sentence.index, linkedTo: null })
      continue
    }
    // "RAF Lossiemouth": a service's name opening a base's name is part of a place's name.
    if (first.type === 'organization' && single && opensFacility(doc, hit.start, sentence.tokenEnd, claimed)) continue
    // "HM Naval Base Clyde", "HM Treasury", "HM Coastguard": "His Majesty's" before a name, not the armed group known by "HM".
    if (first.type === 'group' && single && MAJESTY.has(tokens[hit.start].text) && hit.end < sentence.tokenEnd && doc.isCapitalised(hit.end) && tokens[hit.end].spaceBefore) continue
    // "Camp H.M. Smith": a name right after a base's opener is part of the base's name, not the armed group known by "H.M.".
    if (first.type !== 'location' && hit.start > sentence.tokenStart && opensFacility(doc, hit.start - 1, sentence.tokenEnd, claimed)) continue
    // "Hyundai Rotem", "Hanwha Aerospace": a company's name opening a longer name is another company's.
    if (first.type === 'organization' && isCompany(first.cameo) && opensLongerName(doc, sentence, hits, hit.end, claimed) && !(headline ??= doc.sentenceCase(sentence) !== 'mixed')) continue
    // "SNP Square", "Moskva Bridge", "Dr APJ Abdul Kalam Island": a body's or a person's name before a
    // street or island word is part of a place's name.
    if ((first.type === 'organization' || first.type === 'person') && hit.end < sentence.tokenEnd && doc.isCapitalised(hit.end) && PLACE_HEADS.has(doc.key(hit.end))) continue
    // A body known by one ordinary word ("Coalition") inside a longer name ("Coalition for Change",
    // "Peace Coalition Lower Saxony") is not that body: the longer name is left to the name finders.
    const ordinaryBody = first.type === 'organization' && single && !(doc.classes[hit.start] & UPPER) && ORDINARY_BODY_WORDS.has(doc.key(hit.start))
    if (ordinaryBody && hit.end + 1 < sentence.tokenEnd && NAME_JOINERS.has(doc.key(hit.end)) && doc.isCapitalised(hit.end + 1)) continue
    const nameLike = first.type === 'location' || first.type === 'nationality' || (first.type === 'person' && single) || ordinaryBody
    if (nameLike) {
      const next = hit.end
      const previous = hit.start - 1
      const joinsNext = next < sentence.tokenEnd && !isCovered(hits, next) && !(claimed && claimed.ownerOf(next) !== -1) && isNameWord(doc, next, sentence) && tokens[next].spaceBefore
      // "Hanwha Defense Australia": a word of organisation names before a place joins it, title or not.
      const joinsPrevious = previous >= sentence.tokenStart && !isCovered(hits, previous) && !(claimed && claimed.ownerOf(previous) !== -1) && (isNameWord(doc, previous, sentence) || (doc.isCapitalised(previous) && (doc.facts[previous] & ORGANISATION_WORD) !== 0 && first.type === 'location')) && tokens[hit.start].spaceBefore
      // In a headline every word is capitalised, so a neighbouring capital proves nothing.
      if ((joinsNext || joinsPrevious) && !(headline ??= doc.sentenceCase(sentence) !== 'mixed')) continue
    }
    // "Secretary Austin said", "Mr Perth": a city's name right after a title is a person's surname.
    if (single && first.type === 'location' && first.id.startsWith('city:') && afterTitle(doc, sentence, hit.start)) {
      out.push({ start: hit.start, end: hit.end, type: 'person', entries: [], source: 'title', confidence: 0.7, qualifier: null, sentence: sentence.index, linkedTo: null })
      continue
    }
    out.push({
      start: hit.start,
      end: hit.end,
      type: first.type,
      entries,
      source: 'kb',
      confidence: single && anyCommonWord(hit.candidates) ? 0.75 : 0.9,
      qualifier: null,
      sentence: sentence.index,
      linkedTo: null,
    })
  }
  return out
}

// "His (or Her) Majesty's" as British official names abbreviate it.
const MAJESTY = new Set(['HM', 'H.M.'])

/** True for a company's CAMEO code: multinational corporations, 'MNC…'. */
function isCompany(cameo: string | null): boolean {
  return cameo !== null && cameo.startsWith('MNC')
}

/**
 * True when the word at token `next` goes on with the name before it: a capitalised word that no
 * match and no mention covers, not in capitals, and no title ("Google CEO Eric Schmidt") unless it
 * is a word of organisation names ("Boeing Defence UK").
 */
function opensLongerName(doc: DocumentWords, sentence: Sentence, hits: readonly GazetteerHit[], next: number, claimed?: Coverage): boolean {
  if (next >= sentence.tokenEnd || isCovered(hits, next) || (claimed && claimed.ownerOf(next) !== -1)) return false
  return (isNameWord(doc, next, sentence) || (doc.isCapitalised(next) && (doc.facts[next] & ORGANISATION_WORD) !== 0)) && doc.tokens[next].spaceBefore && !(doc.classes[next] & UPPER)
}

/**
 * True when tokens from `start` open with a company's name the knowledge base knows (its first
 * reading), inside the longer name `start`..`end`: "Hyundai" in "Hyundai Rotem". Such a name is
 * an organisation's.
 */
export function opensWithCompany(kb: KnowledgeBase, doc: DocumentWords, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    const first = kb.names.lookupWords(doc.names, start, k)[0]
    if (first && isCompany(kb.entry(first.value).cameo) && !(doc.classes[k] & UPPER) && (!doc.isTitleAt(k) || doc.facts[k] & ORGANISATION_WORD)) return true
  }
  return false
}

/**
 * True when a title's last word stands right before token `i` ("Secretary" in "Defense Secretary
 * Austin", "Mr" in "Mr Perth"), not a word that only modifies a title ("Deputy") and not a word in
 * capitals.
 */
function afterTitle(doc: DocumentWords, sentence: Sentence, i: number): boolean {
  const previous = i - 1
  if (previous < sentence.tokenStart || !doc.tokens[i].spaceBefore || doc.classes[i] & UPPER) return false
  return doc.isTitleAt(previous) && !(doc.facts[previous] & TITLE_MODIFIER)
}

/**
 * The place or nationality that opens a known organisation's name when the rest of that name is an
 * office held by the person named right after it ("U.S." in "U.S. Secretary of State Marta
 * Kowalczyk"), or null: with no name after it, "the U.S. Secretary of State" stays the office.
 */
function placeBeforeOffice(kb: KnowledgeBase, doc: DocumentWords, sentence: Sentence, hit: GazetteerHit): GazetteerHit | null {
  if (hit.end >= sentence.tokenEnd || !isNameWord(doc, hit.end, sentence) || !doc.tokens[hit.end].spaceBefore) return null
  let title = hit.start + 1
  while (title < hit.end && !doc.isTitleAt(title)) title++
  if (title === hit.end) return null
  let office = title
  while (office < hit.end && doc.isTitleAt(office)) office++
  if (office < hit.end && officeEnd(doc, office, hit.end) !== hit.end) return null
  for (const part of kb.names.match(doc.tokens, hit.start, title, doc.known)) {
    const type = kb.entry(part.candidates[0].value).type
    if (part.start === hit.start && part.end === title && (type === 'location' || type === 'nationality')) return part
  }
  return null
}

/**
 * Words that show a sentence speaks of an armed group: "the Lightning militants", "Red Flag claimed
 * the attack".
 */
const GROUP_CUES = new Set([
  'militant', 'militants', 'group', 'groups', 'rebel', 'rebels', 'fighters', 'militia', 'militias', 'insurgents', 'insurgent',
  'guerrillas', 'guerrilla', 'faction', 'terrorist', 'terrorists', 'terror', 'jihadist', 'jihadists', 'armed', 'claimed',
  'attack', 'attacks', 'bombing', 'bombings', 'ambush', 'kidnapped', 'hostages', 'cell', 'cells', 'separatist', 'separatists',
  'extremist', 'extremists', 'outlawed', 'banned', 'proscribed',
])
// How far from the name a cue may stand, in tokens.
const CUE_DISTANCE = 6

/** True when every word of tokens `start`..`end` is an ordinary English word in lower-case writing and none is a word of organisation names. */
function isOrdinaryPhrase(doc: DocumentWords, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (doc.tokens[i].kind !== 'word') continue
    const facts = doc.facts[i]
    if (!(facts & COMMON_WORD) || facts & ORGANISATION_WORD || doc.classes[i] & UPPER) return false
  }
  return true
}

/** True when a word of {@link GROUP_CUES} stands within a few tokens of tokens `start`..`end`, in the same sentence. */
function groupCueNear(doc: DocumentWords, sentence: Sentence, start: number, end: number): boolean {
  const from = Math.max(sentence.tokenStart, start - CUE_DISTANCE)
  const to = Math.min(sentence.tokenEnd, end + CUE_DISTANCE)
  for (let i = from; i < to; i++) if ((i < start || i >= end) && GROUP_CUES.has(doc.key(i))) return true
  return false
}

function distinctValues(hit: GazetteerHit): number[] {
  const out: number[] = []
  for (const c of hit.candidates) if (!out.includes(c.value)) out.push(c.value)
  return out
}
