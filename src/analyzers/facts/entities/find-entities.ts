import type { KnowledgeBase } from '../../../knowledge/knowledge-base.ts'
import type { Entity, EntityType } from '../../../report/schema.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import { sentenceAtToken } from '../../../text/token-search.ts'
import type { WordIds } from '../../../text/vocabulary.ts'
import { initialsVariants } from '../../../knowledge/sources/name-case.ts'
import { CURRENCY_CODES } from '../amounts/lexicon.ts'
import { affiliationPlaces } from './affiliations.ts'
import { abbreviatesTerm, acronymAfter, acronymLettersAt, longFormAfter } from './acronyms.ts'
import { buildEntities } from './build-entities.ts'
import { groupMentions } from './coreference.ts'
import { disambiguate } from './disambiguation.ts'
import { DocumentWords } from './document-words.ts'
import { kbMentions, opensWithCompany } from './kb-mentions.ts'
import { lowerCaseHeadNames } from './lower-case-heads.ts'
import { Coverage, type MentionCandidate, type MentionSource } from './mention.ts'
import { bracketedUnits, nameRuns, titledApposition, type NameRun } from './name-runs.ts'
import type { NameTagger } from './ner-mentions.ts'
import { partsOfOrganisationNames } from './compounds.ts'
import { headType } from './name-heads.ts'
import { HeadlineNames } from './headline-names.ts'
import { hyphenParts, spannedHyphenName } from './hyphen-parts.ts'
import { followsServiceHead } from './commands.ts'
import { hasOrganisationWord } from './organisation-words.ts'
import { placesByConstruction } from './place-constructions.ts'
import { qualifierBefore } from './qualifiers.ts'
import { isOrdinary, resolveUnknownNames } from './unknown-names.ts'
import { facilityName } from './facilities.ts'
import { opensPersonNames } from './given-names.ts'
import { unlinkOtherCountriesBodies } from './national-bodies.ts'
import { widenMeetingNames } from './meeting-names.ts'
import { isOnlyTitles } from './titles.ts'
import { surnamesOverPlaces } from './surnames.ts'
import { ACRONYM_LIKE, HYPHENATED, UPPER } from './token-classes.ts'
import { COMMON_WORD, OFFICE_DOMAIN, ORGANISATION_HEAD, ORGANISATION_WORD } from './word-facts.ts'
import { thingForms } from './thing-forms.ts'
import { thingNames, type ThingName } from './thing-names.ts'

export interface EntityFinderInput {
  text: string
  tokens: readonly Token[]
  sentences: readonly Sentence[]
  /** the tokens' ids in the shared vocabulary (the engine's `ctx.words`); read from the tokens when left out */
  words?: WordIds
}

export interface EntityFinderTools {
  kb: KnowledgeBase
  /** the named-entity tagger for names the knowledge base does not know; null to use the rules alone */
  tagger: NameTagger | null
}


/**
 * Finds the entities of a document: knowledge-base names first, then names the knowledge base
 * does not know (after a title, with an organisation word, defined by an acronym, a known
 * person's surname, or found by the tagger), then groups their mentions into entities.
 */
export function findEntities({ text, tokens, sentences, words }: EntityFinderInput, { kb, tagger }: EntityFinderTools): Entity[] {
  const candidates: MentionCandidate[] = []
  const doc = new DocumentWords(tokens, sentences, kb, words)
  const { classes } = doc
  const coverage = new Coverage(tokens.length)
  const add = (start: number, end: number, type: EntityType, source: MentionSource, confidence: number, sentence: number, entries: number[] = [], linkedTo: number | null = null) => {
    if (start >= end || !coverage.isFree(start, end)) return -1
    candidates.push({ start, end, type, entries, source, confidence, qualifier: null, sentence, linkedTo })
    coverage.claim(start, end, candidates.length - 1)
    return candidates.length - 1
  }
  const addThing = ({ start, end, chars, alias }: ThingName, sentence: number) => {
    if (!coverage.isFree(start, end)) return -1
    candidates.push({ start, end, type: 'other', entries: [], source: 'name-word', confidence: 0.7, qualifier: null, sentence, linkedTo: null, ...(chars ? { chars } : {}) })
    const index = candidates.length - 1
    coverage.claim(start, end, index)
    // "HMS Queen Elizabeth (R08)": the hull number is the same ship.
    if (alias) add(alias.start, alias.end, 'other', 'acronym', 0.7, sentence, [], index)
    return index
  }

  // Ships and weapons first: "USS Gerald R. Ford" is no person, "F-35A Lightning II" no armed group.
  const things: ThingName[] = []
  const thingIndex: number[] = []
  for (const sentence of sentences) {
    for (const m of thingNames(doc, kb, sentence)) {
      things.push(m)
      thingIndex.push(addThing(m, sentence.index))
    }
  }
  // Their shorter forms anywhere in the text: "Kamandag Shield" after "Exercise Kamandag Shield", "Wildcats" after "Wildcat".
  for (const form of thingForms(doc, things, (start, end) => coverage.isFree(start, end))) {
    const linked = thingIndex[form.thing]
    if (linked >= 0) add(form.start, form.end, 'other', 'name-word', 0.65, sentences[sentenceAtToken(sentences, form.start)].index, [], linked)
  }

  for (const sentence of sentences) {
    // "Michael Gahler (EPP, DE)", "Rep. Elena Martinez (D-N.M.)", "Mark Francois MP (Conservative,
    // Rayleigh and Wickford)": the member's country, state or seat.
    for (const m of affiliationPlaces(text, tokens, sentence, kb)) {
      if (!coverage.isFree(m.start, m.end)) continue
      const known = m.entry >= 0
      candidates.push({ start: m.start, end: m.end, type: 'location', entries: known ? [m.entry] : [], source: known ? 'kb' : 'name-word', confidence: m.confidence, qualifier: null, sentence: sentence.index, linkedTo: null, ...(m.chars ? { chars: m.chars } : {}) })
      coverage.claim(m.start, m.end, candidates.length - 1)
    }
    // "3rd (UK) Division": a unit with a word in brackets inside its name, before "UK" is read as the country.
    for (const [start, end] of bracketedUnits(doc, sentence)) add(start, end, 'organization', 'name-word', 0.7, sentence.index)
    // "the North Atlantic alliance": a known organisation with its head noun in lower case, before "Atlantic" is read as the ocean.
    for (const m of lowerCaseHeadNames(kb, doc, sentence)) add(m.start, m.end, kb.entry(m.entries[0]).type, 'kb', 0.8, sentence.index, m.entries)
    for (const m of kbMentions(kb, doc, sentence, coverage)) add(m.start, m.end, m.type, 'kb', m.confidence, m.sentence, m.entries)
  }
  disambiguate(candidates, kb, tokens)
  // A place or nationality that opens an organisation's name gives way to the whole name.
  const parts = partsOfOrganisationNames(candidates, doc, coverage, kb)
  if (parts.size > 0) {
    for (const index of parts) coverage.release(candidates[index].start, candidates[index].end)
    // Links made so far (a ship's hull number to the ship) follow the candidates they point to.
    dropCandidates(candidates, parts, coverage)
  }

  // "Armenia's Security Council" is not the UN's.
  unlinkOtherCountriesBodies(candidates, doc, coverage)

  // Names inside hyphenated words: "Kurdish-led", "US-China".
  for (const sentence of sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      // "Naval Forces Korea-Japan": a region after a service's name is part of that name.
      if (!(classes[i] & HYPHENATED) || !coverage.isFree(i, i + 1) || followsServiceHead(doc, i)) continue
      // "Hong Kong-based": a known name of several words ending inside the hyphenated word.
      const spanned = spannedHyphenName(kb, doc, i, sentence.tokenStart, (k) => coverage.isFree(k, k + 1))
      if (spanned) {
        candidates.push({ start: spanned.start, end: spanned.end, type: spanned.type, entries: [spanned.entry], source: 'kb', confidence: 0.8, qualifier: null, sentence: sentence.index, linkedTo: null, chars: spanned.chars })
        coverage.claim(spanned.start, spanned.end, candidates.length - 1)
        continue
      }
      const parts = hyphenParts(kb, doc, i)
      for (const part of parts) candidates.push({ start: i, end: i + 1, type: part.type, entries: [part.entry], source: 'kb', confidence: 0.8, qualifier: null, sentence: sentence.index, linkedTo: null, chars: [part.start, part.end] })
      if (parts.length > 0) coverage.claim(i, i + 1, candidates.length - 1)
    }
  }
  const runs: NameRun[] = []
  for (const sentence of sentences) for (const run of nameRuns(doc, sentence, coverage, true)) runs.push(run)
  // Abbreviations of lower-case terms ("mild traumatic brain injury (MTBI)") are no names, here or later in the text.
  const terms = new Set<string>()
  for (const run of runs) if (run.end - run.start === 1 && abbreviatesTerm(tokens, run.start)) terms.add(tokens[run.start].text)
  const pending: NameRun[] = []
  const headlinePending: NameRun[] = []
  const headlines = new HeadlineNames(doc)
  // The own names of the bases found ("Tindal" of "RAAF Base Tindal"), for their short forms.
  const facilities = new Map<string, number>()
  for (const found of runs) {
    const written = doc.sentenceCase(sentences[found.sentence])
    // In a line written in capitals, capitals say nothing about names; an organisation's "Press
    // Office" is the organisation speaking, not another one.
    if (written === 'upper' || (coverage.ownerOf(found.start - 1) !== -1 && isPressOffice(doc, found.start, found.end))) continue
    // In a headline in title case, only what the body names too.
    const headline = written === 'title' && found.sentence === 0
    const run = headline && !isIssuerLine(doc, found, sentences[found.sentence]) ? headlines.confirm(found) : found
    if (!run) continue
    // "Separately, Defence has signed": the domain of a department named before stands for it.
    if (run.end - run.start === 1 && !run.initial && DEPARTMENT_VERBS.has(doc.key(run.end))) {
      const department = departmentDomains(candidates, doc).get(doc.key(run.start))
      if (department !== undefined) {
        add(run.start, run.end, 'organization', 'name-word', 0.6, run.sentence, [], department)
        continue
      }
    }
    // A title alone ("the Chairman, Gen. …", "the Prime Minister") names no one, "unmanned aerial vehicles (UAVs)" is a
    // term, and "PLN" in "PLN 26 billion" a currency.
    if (isOnlyTitles(doc, run.start, run.end) || (run.end - run.start === 1 && (terms.has(tokens[run.start].text) || isCurrencyBeforeAmount(tokens, run.start)))) continue
    const single = run.end - run.start === 1
    // "the Agency", "The Government must", "Police fired": a generic word of
    // administrations alone is a common noun written with a capital, no name.
    if (single && GENERIC_BODY_WORDS.has(doc.key(run.start))) continue
    const organisation = hasOrganisationWord(doc, run.start, run.end)
    const byHead = headType(doc, run.start, run.end)
    const facility = byHead ? null : facilityName(doc, run.start, run.end)
    const head = facility ? 'location' : byHead
    const short = head === 'other' ? bracketed(doc, run.end) : -1
    // "Maritime Partnership Exercise (PASSEX)": an event's head word keeps it an event with its acronym.
    const acronym = doc.bracketsAfter(run.end) ? acronymAfter(tokens, run.start, run.end) : -1
    if (acronym >= 0) {
      const named = add(run.start, run.end, head === 'other' ? 'other' : organisation || !single ? 'organization' : 'other', 'acronym', 0.7, run.sentence)
      // "Navy/Marine Expeditionary Ship Interdiction System (NMESIS)": a named thing's acronym is the thing, whatever the tagger would call it alone.
      if (named >= 0 && head === 'other') add(acronym, acronym + 1, 'other', 'acronym', 0.7, run.sentence, [], named)
    } else if (short >= 0) {
      // "Maritime Partnership Exercise (PASSEX)": an exercise's short name in brackets need not spell its initials.
      const named = add(run.start, run.end, 'other', 'name-word', 0.65, run.sentence)
      if (named >= 0) add(short, short + 1, 'other', 'acronym', 0.65, run.sentence, [], named)
    } else if (head) {
      const named = add(run.start, run.end, head, 'name-word', 0.65, run.sentence)
      if (facility && named >= 0) facilities.set(spellingOf(doc, facility[0], facility[1]), named)
    }
    else if (!organisation && (run.titled || (!(single && run.initial && isOrdinary(doc, run.start)) && titledApposition(doc, run, sentences[run.sentence])))) add(run.start, run.end, 'person', 'title', 0.7, run.sentence)
    else if ((organisation && (!single || !run.initial)) || (!single && (opensWithCompany(kb, doc, run.start, run.end) || endsWithCountryCode(tokens, run) || companyInCountry(doc, run)))) {
      const named = add(run.start, run.end, 'organization', 'name-word', 0.6, run.sentence)
      // "2nd Battalion, The Parachute Regiment (2 PARA)": a unit's short name in brackets, its number and a word in capitals.
      const short = named >= 0 ? unitShortName(tokens, run.end) : -1
      if (short >= 0) add(short, short + 2, 'organization', 'acronym', 0.6, run.sentence, [], named)
    }
    else if (headline) headlinePending.push(run)
    else pending.push(run)
  }

  // "42 Commando Royal Marines", "No. 1 Squadron RAAF": a numbered unit and the service it belongs to are one name.
  const services = unitServices(candidates, tokens, coverage)
  if (services.size > 0) dropCandidates(candidates, services, coverage)

  const personWords = new Set<string>()
  for (const m of candidates) if (m.type === 'person' && m.end - m.start > 1) for (let k = m.start; k < m.end; k++) personWords.add(doc.key(k))
  // The first words of bodies' names found so far, when they are no ordinary word, no title and no name the knowledge base knows.
  const bodyOpeners = new Set<string>()
  for (const m of candidates) {
    if (m.type !== 'organization' || m.end - m.start < 2 || m.entries.length > 0 || tokens[m.start].kind !== 'word' || !doc.isCapitalised(m.start)) continue
    if (doc.facts[m.start] & (COMMON_WORD | ORGANISATION_WORD | OFFICE_DOMAIN) || doc.isTitleAt(m.start) || kb.names.lookupWords(doc.names, m.start, m.start + 1).length > 0) continue
    bodyOpeners.add(doc.key(m.start))
  }
  const regiments = regimentNames(candidates, doc)
  const thingSet = new Set(thingIndex.filter((k) => k >= 0))
  // "the village of Digishen", "the Kalbajar district", "shelled Marinka": places read from the words around them.
  const typeAt = (i: number) => {
    const owner = coverage.ownerOf(i)
    return owner === -1 ? null : candidates[owner].type
  }
  // The tagger reads a name once per spelling, where it first comes: the body's names first, then
  // the headline's, so that a headline's capitals do not decide how the body's names read.
  for (const list of [pending, headlinePending]) {
    // "Tindal" after "RAAF Base Tindal", "Redstone" after "Redstone Arsenal": the base again.
    if (facilities.size > 0) {
      const left = list.filter((run) => {
        const facility = facilities.get(spellingOf(doc, run.start, run.end))
        if (facility === undefined || hasWordOf(doc, run.start, run.end, personWords)) return true
        add(run.start, run.end, 'location', 'name-word', 0.65, run.sentence, [], facility)
        return false
      })
      list.length = 0
      list.push(...left)
    }
    // "Thales" after "Thales UK", "Hanwha" after "Hanwha Defence Australia": the first word of a body's name alone is a body.
    if (bodyOpeners.size > 0) {
      const left = list.filter((run) => {
        if (run.end - run.start !== 1 || !bodyOpeners.has(doc.key(run.start)) || personWords.has(doc.key(run.start))) return true
        add(run.start, run.end, 'organization', 'name-word', 0.6, run.sentence)
        return false
      })
      list.length = 0
      list.push(...left)
    }
    // "an Indonesian F-16 and a French Rafale": a name in a list with a weapon is a weapon too.
    if (thingSet.size > 0) {
      const left = list.filter((run) => {
        // "a French Rafale": the nationality before the weapon's name is a mention of its own.
        const nationality = run.end - run.start > 1 ? kb.names.lookupWords(doc.names, run.start, run.start + 1).find((c) => kb.entry(c.value).type === 'nationality') : undefined
        const start = nationality ? run.start + 1 : run.start
        if (!listedWithThing(doc, start, run.end, thingSet, coverage, candidates) || personWords.has(doc.key(start))) return true
        if (nationality) add(run.start, start, 'nationality', 'kb', 0.8, run.sentence, [nationality.value])
        add(start, run.end, 'other', 'name-word', 0.6, run.sentence)
        return false
      })
      list.length = 0
      list.push(...left)
    }
    // "Separately, Defence has signed": the domain of a department named before stands for it.
    // "Rifles" after "1st Battalion, The Rifles": the regiment named alone, even in an ordinary word.
    if (regiments.size > 0) {
      const left = list.filter((run) => {
        if (!regiments.has(spellingOf(doc, run.start, run.end)) || personWords.has(doc.key(run.start)) || (run.initial && isOrdinary(doc, run.start))) return true
        add(run.start, run.end, 'organization', 'name-word', 0.6, run.sentence)
        return false
      })
      list.length = 0
      list.push(...left)
    }
    const { places, rest } = placesByConstruction(list, doc, typeAt, personWords)
    for (const run of places) add(run.start, run.end, 'location', 'name-word', 0.65, run.sentence)
    for (const name of resolveUnknownNames(rest, { doc, kb, tagger, personWords })) {
      // "2 PARA will return": a unit's short name, its number and a word in capitals.
      const start = name.type === 'organization' && unitNumberBefore(tokens, name.start, name.end) && coverage.isFree(name.start - 1, name.start) ? name.start - 1 : name.start
      add(start, name.end, name.type, name.source, name.confidence, name.sentence)
    }
  }

  withoutPrefixes(candidates, tokens)
  // "India–Japan 2+2 Ministerial Dialogue": the parties and the format belong to a meeting's name.
  const taken = widenMeetingNames(candidates, doc, coverage)
  if (taken.size > 0) dropCandidates(candidates, taken, coverage)
  surnamesOverPlaces(candidates, doc)
  linkAcronyms(candidates, doc, coverage, add)
  for (const m of candidates) {
    if (m.type !== 'location') continue
    const sentence = sentences[m.sentence]
    const previous = coverage.ownerOf(m.start - 1)
    if (previous === -1) m.qualifier = qualifierBefore(doc, m.start, sentence.tokenStart)
  }
  return buildEntities(groupMentions(candidates, doc), candidates, text, tokens, kb)
}

/**
 * The known services written right after a numbered unit's name ("Royal Marines" after "42
 * Commando", "RAAF" after "No. 1 Squadron"), each taken into the unit's name; the indexes returned
 * are to be dropped. A comma or any word between keeps them apart ("42 Commando, Royal Marines and
 * the Army").
 */
function unitServices(candidates: MentionCandidate[], tokens: readonly Token[], coverage: Coverage): Set<number> {
  const services = new Set<number>()
  for (const m of candidates) {
    if (m.type !== 'organization' || m.entries.length > 0 || m.linkedTo !== null || (tokens[m.start].kind !== 'number' && tokens[m.start].text !== 'No.' && tokens[m.start].text !== 'No')) continue
    const j = coverage.ownerOf(m.end)
    if (j < 0 || services.has(j)) continue
    const next = candidates[j]
    if (next.start !== m.end || next.type !== 'organization' || next.entries.length === 0 || next.sentence !== m.sentence || !tokens[next.start].spaceBefore) continue
    services.add(j)
    coverage.release(next.start, next.end)
    m.end = next.end
  }
  return services
}

/**
 * True when a body's one word in capitals has a unit's bare number right before it: "2 PARA", "4
 * SCOTS", as British units shorten their names; not a count ("2,000 PARA", "12.5 MW").
 */
function unitNumberBefore(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 1 || start === 0 || !/^[A-Z]{3,}$/.test(tokens[start].text)) return false
  const number = tokens[start - 1]
  return number.kind === 'number' && /^\d{1,2}$/.test(number.text) && (start < 2 || !/^[\d.,]$/.test(tokens[start - 2].text.slice(-1)))
}

// What may follow the issuer's name on a header line, after a dash: "— Press Office", "| Statement".
const ISSUER_LINE_WORDS = new Set(['press', 'media', 'communications', 'office', 'service', 'team', 'unit', 'department', 'statement', 'release', 'news', 'communiqué', 'communique'])
const LINE_DASHES = new Set(['—', '–', '-', '|', ':'])

/**
 * True when a run in the first line names the body that issues the text: a name ending in a word
 * heading organisation names that fills the line alone ("National Neutrality Front") or before a dash and
 * its press office ("National Neutrality Front — Press Office"); not a headline that goes on after
 * the body's name ("Defence Ministry Signs Deal With Acme"). Such a line is no headline whose
 * capitals say nothing.
 */
function isIssuerLine(doc: DocumentWords, run: NameRun, sentence: Sentence): boolean {
  const { tokens } = doc
  if (run.start !== sentence.tokenStart || run.end - run.start < 2 || !(doc.facts[run.end - 1] & ORGANISATION_HEAD)) return false
  if (run.end === sentence.tokenEnd) return true
  if (!LINE_DASHES.has(tokens[run.end].text) || run.end + 1 === sentence.tokenEnd) return false
  for (let k = run.end + 1; k < sentence.tokenEnd; k++) if (!ISSUER_LINE_WORDS.has(doc.key(k))) return false
  return true
}

// Heads of departments that their one-word domain alone may stand for ("Defence" for "Department of Defence").
const DEPARTMENT_HEADS = new Set(['department', 'ministry'])
// What may follow a department's domain standing for it as the subject: auxiliaries and verbs of saying.
const DEPARTMENT_VERBS = new Set(['has', 'had', 'have', 'is', 'was', 'will', 'would', 'said', 'says', 'announced', 'confirmed'])

/**
 * The one-word domains of the departments and ministries found so far, each with the one
 * department it stands for: "defence" of "Department of Defence". A domain two departments share
 * stands for neither.
 */
function departmentDomains(candidates: readonly MentionCandidate[], doc: DocumentWords): Map<string, number> {
  const domains = new Map<string, number>()
  const shared = new Set<string>()
  candidates.forEach((m, index) => {
    if (m.type !== 'organization' || m.end - m.start !== 3 || !DEPARTMENT_HEADS.has(doc.key(m.start))) return
    const joiner = doc.key(m.start + 1)
    if (joiner !== 'of' && joiner !== 'for') return
    const domain = doc.key(m.start + 2)
    const known = domains.get(domain)
    if (known !== undefined && spellingOf(doc, candidates[known].start, candidates[known].end) !== spellingOf(doc, m.start, m.end)) shared.add(domain)
    else if (known === undefined) domains.set(domain, index)
  })
  for (const domain of shared) domains.delete(domain)
  return domains
}

// Words that join the names of a list.
const LIST_JOINERS = new Set(['and', 'or', ','])
const ARTICLES = new Set(['a', 'an', 'the'])

/**
 * True when a name with an article of its own (and a nationality or none) stands in a list next to
 * a weapon or a ship found by its form: "Rafale" in "an Indonesian F-16 and a French Rafale", not
 * "Thales" in "an F-16 and Thales said". `things` holds the indexes of those candidates.
 */
function listedWithThing(doc: DocumentWords, start: number, end: number, things: ReadonlySet<number>, coverage: Coverage, candidates: readonly MentionCandidate[]): boolean {
  const { tokens, kb } = doc
  const isNationality = (k: number) => {
    const owner = coverage.ownerOf(k)
    if (owner !== -1) return candidates[owner].type === 'nationality'
    return kb.names.lookupWords(doc.names, k, k + 1).some((c) => kb.entry(c.value).type === 'nationality')
  }
  // Its own article: "a French Rafale", not "an F-16 and Thales said".
  let k = start - 1
  if (k >= 0 && isNationality(k)) k--
  if (k < 0 || !ARTICLES.has(doc.key(k))) return false
  k--
  // Before it: "… F-16 and a French Rafale".
  if (k > 0 && LIST_JOINERS.has(tokens[k].text) && things.has(coverage.ownerOf(k - 1))) return true
  // After it: "a French Rafale and an Indonesian F-16".
  k = end
  if (k >= tokens.length || !LIST_JOINERS.has(tokens[k].text)) return false
  k++
  if (k < tokens.length && ARTICLES.has(doc.key(k))) k++
  if (k < tokens.length && isNationality(k)) k++
  return k < tokens.length && things.has(coverage.ownerOf(k))
}

/**
 * The spellings of the regiments that units found so far belong to, their words after a comma and
 * "The": "rifles" of "1st Battalion, The Rifles", "royal welsh" of "1st Battalion, The Royal Welsh".
 */
function regimentNames(candidates: readonly MentionCandidate[], doc: DocumentWords): Set<string> {
  const names = new Set<string>()
  for (const m of candidates) {
    if (m.type !== 'organization') continue
    for (let k = m.start + 1; k + 1 < m.end; k++) {
      if (doc.tokens[k - 1].text === ',' && doc.tokens[k].text === 'The') names.add(spellingOf(doc, k + 1, m.end))
    }
  }
  return names
}

/**
 * Words of administrations that alone are common nouns, however written: "the Agency" after "the
 * Environment Agency", "The Government must". Short names that stand for one body ("the
 * Commission", "the Council", "the Alliance", "Parliament", "the Navy") are not among them, nor
 * "the Committee", which refers back to the committee named before (`coreference.ts`).
 */
const GENERIC_BODY_WORDS = new Set(['agency', 'government', 'ministry', 'department', 'office', 'authority', 'administration', 'directorate', 'secretariat', 'bureau', 'police'])

/** Removes the candidates `drop` from the list, keeping `coverage` and the links between the others right. */
// Country codes a company's national arm writes after its name: "Leonardo UK", "Thales UK", "Bosch USA".
const ARM_COUNTRY_CODES = new Set(['UK', 'USA', 'US', 'U.S.'])

/**
 * True when a run of unknown names ends in a country's code written in capitals, with no title
 * before it: a company's national arm ("Leonardo UK", "Babcock UK"), not a person and a place.
 */
function endsWithCountryCode(tokens: readonly Token[], run: NameRun): boolean {
  return !run.titled && ARM_COUNTRY_CODES.has(tokens[run.end - 1].text)
}


// Verbs of saying: after a name, they make it a speaker, a person more often than a company.
const SAYING_AFTER = new Set(['said', 'says', 'told', 'added'])

/**
 * True when a run of two words ends in a country's name and its first word is no given name, with
 * no title before it and no verb of saying after it: a company's national arm ("Saab Australia",
 * "Airbus India"), not a person with a country for a surname ("Anna Jordan said").
 */
function companyInCountry(doc: DocumentWords, run: NameRun): boolean {
  if (run.titled || run.end - run.start !== 2 || opensPersonNames(doc, run.start) || SAYING_AFTER.has(doc.tokens[run.end]?.text ?? '')) return false
  const { kb } = doc
  return kb.names.lookupWords(doc.names, run.end - 1, run.end).some((c) => kb.entry(c.value).id.startsWith('country:'))
}

/**
 * The first token of a unit's short name in brackets right after token `end - 1`: a number and a
 * word in capitals ("(2 PARA)", "(1 RIFLES)", "(3 SCOTS)"), or -1.
 */
function unitShortName(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.text !== '(' || tokens[end + 1]?.kind !== 'number' || !/^\d{1,3}$/.test(tokens[end + 1].text) || tokens[end + 3]?.text !== ')') return -1
  return /^[A-Z]{2,8}$/.test(tokens[end + 2].text) ? end + 1 : -1
}

function dropCandidates(candidates: MentionCandidate[], drop: ReadonlySet<number>, coverage: Coverage): void {
  const moved = new Int32Array(candidates.length).fill(-1)
  const kept: MentionCandidate[] = []
  candidates.forEach((m, index) => {
    if (drop.has(index)) return
    moved[index] = kept.length
    kept.push(m)
  })
  candidates.length = 0
  for (const m of kept) {
    if (m.linkedTo !== null) m.linkedTo = moved[m.linkedTo] >= 0 ? moved[m.linkedTo] : null
    candidates.push(m)
    coverage.claim(m.start, m.end, candidates.length - 1)
  }
}

// The keys of tokens `start`..`end` joined with spaces: names spelled alike read alike.
function spellingOf(doc: DocumentWords, start: number, end: number): string {
  let key = doc.key(start)
  for (let i = start + 1; i < end; i++) key += ' ' + doc.key(i)
  return key
}

// True when a word of tokens `start`..`end` is one of `words`.
function hasWordOf(doc: DocumentWords, start: number, end: number, words: ReadonlySet<string>): boolean {
  for (let i = start; i < end; i++) if (words.has(doc.key(i))) return true
  return false
}

// English prefixes joined by a hyphen to a name's first word: "ex-Goldman Sachs", "non-NATO", "pre-Election Day".
const PREFIX = /^(?:pro|non|pre|neo|ex|sub|mid|un|re|co|bi)-(?=\p{Lu})/u

/**
 * Leaves a prefix joined to a name's first word out of the mention, which then starts at that
 * word's own letters: "ex-Goldman Sachs" gives "Goldman Sachs", "ex-Obama" gives "Obama".
 */
function withoutPrefixes(candidates: MentionCandidate[], tokens: readonly Token[]): void {
  for (const m of candidates) {
    if (m.chars) continue
    const first = tokens[m.start]
    const prefix = PREFIX.exec(first.text)
    if (prefix) m.chars = [first.start + prefix[0].length, tokens[m.end - 1].end]
  }
}

/** The token of a word in capitals alone in brackets right after token `end` ("PASSEX" in "… Exercise (PASSEX)"), or -1. */
function bracketed(doc: DocumentWords, end: number): number {
  return doc.tokens[end]?.text === '(' && doc.bracketsAfter(end) && doc.classes[end + 1] & UPPER ? end + 1 : -1
}

/** True for a currency code written before a number: "PLN" in "PLN 26 billion". */
function isCurrencyBeforeAmount(tokens: readonly Token[], i: number): boolean {
  return CURRENCY_CODES.has(tokens[i].text) && tokens[i + 1]?.kind === 'number'
}

const PRESS_OFFICE = new Set(['press', 'media', 'communications', 'office', 'service', 'team', 'unit', 'department'])

function isPressOffice(doc: DocumentWords, start: number, end: number): boolean {
  const first = doc.key(start)
  if (first !== 'press' && first !== 'media' && first !== 'communications') return false
  for (let i = start; i < end; i++) if (!PRESS_OFFICE.has(doc.key(i))) return false
  return true
}

function wordTexts(tokens: readonly Token[], start: number, end: number): string[] {
  const out: string[] = []
  for (let i = start; i < end; i++) if (tokens[i].kind === 'word') out.push(tokens[i].text)
  return out
}

type Add = (start: number, end: number, type: EntityType, source: MentionSource, confidence: number, sentence: number, entries?: number[], linkedTo?: number | null) => number

/**
 * Joins acronyms to their long forms: "Shanghai Cooperation Organisation (SCO)", "the SCO
 * (Shanghai Cooperation Organisation)", and an acronym on its own anywhere in the document that
 * spells the initials of a name given in full.
 */
function linkAcronyms(candidates: MentionCandidate[], doc: DocumentWords, coverage: Coverage, add: Add): void {
  const { tokens, sentences, classes } = doc
  const count = candidates.length
  for (let i = 0; i < count; i++) {
    const m = candidates[i]
    const acronym = doc.bracketsAfter(m.end) ? acronymAfter(tokens, m.start, m.end) : -1
    if (acronym >= 0) {
      const owner = coverage.ownerOf(acronym)
      if (owner === -1) add(acronym, acronym + 1, m.type, 'acronym', m.confidence, m.sentence, m.entries, i)
      else candidates[owner].linkedTo ??= i
      continue
    }
    if (m.end - m.start !== 1) continue
    const long = doc.isOpenBracket(m.start + 1) ? longFormAfter(tokens, m.start, sentences[m.sentence].tokenEnd) : null
    if (!long) continue
    const owner = coverage.ownerOf(long[0])
    if (owner >= 0 && candidates[owner].start === long[0]) candidates[owner].linkedTo ??= i
    else if (coverage.isFree(long[0], long[1])) add(long[0], long[1], m.type === 'other' ? 'organization' : m.type, 'acronym', m.confidence, m.sentence, m.entries, i)
  }
  // Acronyms standing alone: tie each to the full name it abbreviates.
  let byInitials: Map<string, number> | undefined
  const initialsIndex = () => {
    const index = new Map<string, number>()
    candidates.forEach((m, k) => {
      if (m.end - m.start < 2 || (m.type !== 'organization' && m.type !== 'group')) return
      for (const letters of initialsVariants(wordTexts(tokens, m.start, m.end))) if (letters.length > 1 && !index.has(letters)) index.set(letters, k)
    })
    return index
  }
  for (const sentence of sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      if (!(classes[i] & ACRONYM_LIKE)) continue
      const letters = acronymLettersAt(doc, i)
      if (!letters) continue
      byInitials ??= initialsIndex()
      const targetIndex = byInitials.get(letters)
      if (targetIndex === undefined) continue
      const target = candidates[targetIndex]
      const owner = coverage.ownerOf(i)
      if (owner === -1) add(i, i + 1, target.type, 'acronym', target.confidence, sentence.index, target.entries, targetIndex)
      else if (candidates[owner].entries.length === 0 && candidates[owner].end - candidates[owner].start === 1) candidates[owner].linkedTo ??= targetIndex
    }
  }
}
