import type { Sentence } from '../../../text/types.ts'
import type { DocumentWords } from './document-words.ts'
import { acronymLetters, isAcronymOf } from './acronyms.ts'
import { tiesMissionToPlace } from './commands.ts'
import { splitCoordinated } from './coordination.ts'
import { endsFacility, opensFacility } from './facilities.ts'
import type { Coverage } from './mention.ts'
import { isPossessiveAt, possessiveJoinsName } from './possessive-names.ts'
import { afterStatementPrefix } from './statement-prefixes.ts'
import { RUN_WORD, UPPER, WORD } from './token-classes.ts'
import { GENERAL_BODIES, leadingTitles, titleAt } from './titles.ts'
import { isDateWord } from './token-context.ts'
import { ABOUT_HEADS, COMMON_WORD, FUNCTION_OR_CONTRACTION, FUNCTION_WORD, JOINER, JOINER_TEXT, MONTH, OFFICE_DOMAIN, ORDINAL, ORGANISATION_HEAD, ORGANISATION_JOINER_TEXT, ORGANISATION_WORD, POST_NOMINAL, WEEKDAY } from './word-facts.ts'

/** A run of capitalised words no mention covers yet: a name the knowledge base does not know. */
export interface NameRun {
  start: number
  end: number
  sentence: number
  /** tokens start..titleEnd are a title before the name ("President" in "President Tokayev") */
  titled: boolean
  /** the run starts the sentence: its first word may be capitalised only for that */
  initial: boolean
}

// Title words that end an appointment's other words rather than open a title: "Chief Administrative Officer".
const APPOINTMENT_ENDS = new Set(['officer'])

const APPOSITION_FILLERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'former', 'then', 'now', 'also'])

/**
 * True when a title follows the run after a comma: "Jordan Bardella, president of the National
 * Rally", "Zhang Ming, the organisation's secretary-general" name a person.
 */
export function titledApposition(doc: DocumentWords, run: NameRun, sentence: Sentence): boolean {
  const { tokens } = doc
  let k = run.end
  if (tokens[k]?.text !== ',') return false
  k++
  for (let steps = 0; k < sentence.tokenEnd && steps < 5; k++, steps++) {
    if (doc.isTitleAt(k)) return true
    const t = tokens[k]
    if (APPOSITION_FILLERS.has(doc.key(k)) || t.text === "'s" || t.text === '’s' || doc.isCapitalised(k)) continue
    return false
  }
  return false
}

/**
 * How a run may go on at token `end`: the number of tokens that join the next name word to it
 * ("of the" in "Council of the European Union", "/" in "CDU/CSU"), or 0 when the run stops.
 * "and", "on", "for", "to", "&" and "/" join only inside organisation names ("Committee on
 * Procedure and House Affairs") and offices (`office`), so that "Putin and Xi" stay two names.
 */
function joinerLength(doc: DocumentWords, end: number, limit: number, body: boolean, office: boolean, start = end - 1): number {
  const { tokens, facts } = doc
  // "from Eglin Air Force Base to RAAF Base Tindal": a base's name ends with its base word.
  const organisation = body && !endsFacility(doc, end - 1)
  let k = end
  while (k < limit && k - end < 2) {
    const t = tokens[k]
    // "and the" starts a second name: "the Assembly and the Ministry" are two.
    if (facts[k] & JOINER_TEXT && !(k > end && (tokens[k - 1].text === 'and' || tokens[k - 1].text === '&'))) k++
    else if (organisation && k === end && (facts[k] & ORGANISATION_JOINER_TEXT || (t.text === '/' && !t.spaceBefore))) k++
    // "Minister for Foreign Affairs": an office goes on after "for".
    else if (t.text === 'for' && k === end && doc.isTitleAt(end - 1)) k++
    // "Convention on the Law of the Sea", "Agreement on Trade": a law's or an agreement's name goes on after "on".
    else if (t.text === 'on' && k === end && doc.isCapitalised(end - 1) && ABOUT_HEADS.has(doc.key(end - 1))) k++
    // "European Union Mission in Armenia": a mission's name goes on with its place.
    else if (organisation && k === end && tiesMissionToPlace(doc, k)) k++
    // "Minister for Foreign Affairs and Trade": so does an office after "and".
    else if (office && t.text === 'and' && k === end) k++
    // "Trade and Industry Committee", "Food and Drug Administration": the name's head comes after "and".
    else if (t.text === 'and' && k === end && headSoonAfter(doc, k + 1, limit)) k++
    // "Defence Equipment and Support (DE&S)": an acronym after the words on both sides spells them all.
    else if ((t.text === 'and' || t.text === '&') && k === end && spelledWithNext(doc, start, k, limit)) k++
    else break
  }
  if (k === end || k >= limit) return 0
  // "… Daniel Ortiz and Secretary of State Ruiz": a title after "and" opens another name.
  if (tokens[k - 1].text === 'and' && titleAt(doc, k) > 0) return 0
  const word = (doc.classes[k] & RUN_WORD) !== 0 || (organisation && tokens[k].kind === 'number' && !opensDate(doc, k))
  return word && !(facts[k] & WEEKDAY) && !(facts[k] & MONTH && isDateWord(doc, k)) ? k - end : 0
}

/**
 * True when the capitalised words after the "and" at token `and` (up to three), with the words of
 * the run from `start`, are spelled by an acronym in brackets right after them: "Defence Equipment
 * and Support (DE&S)".
 */
function spelledWithNext(doc: DocumentWords, start: number, and: number, limit: number): boolean {
  let end = and + 1
  while (end < limit && end - and <= 3 && doc.isCapitalised(end) && doc.tokens[end].kind === 'word') end++
  if (end === and + 1) return false
  const words: string[] = []
  for (let k = start; k < end; k++) if (k !== and && doc.tokens[k].kind === 'word' && doc.isCapitalised(k)) words.push(doc.tokens[k].text)
  return words.length > 1 && acronymSpells(doc.tokens, end, words)
}

// True when "(" an acronym ")" right after token `end` spells the initials of `words`.
function acronymSpells(tokens: DocumentWords['tokens'], end: number, words: readonly string[]): boolean {
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')') return false
  const letters = acronymLetters(tokens[end + 1])
  return letters !== null && isAcronymOf(letters, words)
}

// How many words one field of a body's list of fields may have ("Rural Affairs").
const FIELD_WORDS = 3

/**
 * Where a list of the fields a body covers goes on after the comma at token `end`: the token right
 * after its "and" when the fields are capitalised ordinary words or words of offices' domains,
 * joined by commas and a last "and", and the list either heads a body's name ("Environment, Food
 * and Rural Affairs Committee") or follows a body's "for" or "of" ("Department for Environment,
 * Food and Rural Affairs"); 0 otherwise ("Estonia, Latvia and Lithuania", "Ministry of Defence,
 * Army and Navy" with no field list before the comma).
 */
function fieldListAfter(doc: DocumentWords, start: number, end: number, limit: number, organisation: boolean): number {
  const { tokens, facts } = doc
  if (tokens[end]?.text !== ',') return 0
  const isField = (k: number) => k < limit && doc.isCapitalised(k) && tokens[k].kind === 'word' && (facts[k] & (COMMON_WORD | OFFICE_DOMAIN)) !== 0 && !(facts[k] & (FUNCTION_WORD | WEEKDAY | MONTH)) && !doc.isTitleAt(k)
  // The field before the comma: its words back to the run's start or to the body's "for" or "of".
  let first = end
  while (first > start && end - first < FIELD_WORDS && isField(first - 1)) first--
  if (first === end) return 0
  const afterBody = first > start && (tokens[first - 1].text === 'for' || tokens[first - 1].text === 'of') && organisation
  // The list opens the run, a sentence's "The" aside.
  const opening = first === start || (first === start + 1 && doc.key(start) === 'the')
  if (!opening && !afterBody) return 0
  if (opening && organisation) return 0
  let k = end
  while (tokens[k]?.text === ',') {
    let w = k + 1
    while (w - k - 1 < FIELD_WORDS && isField(w)) w++
    if (w === k + 1) return 0
    k = w
  }
  if (tokens[k]?.text !== 'and') return 0
  const last = k + 1
  let w = last
  while (w - last < FIELD_WORDS && isField(w)) w++
  if (w === last) return 0
  // Before a body's head word ("… Rural Affairs Committee"), or the list closes the body's name.
  if (afterBody) return (doc.classes[w] & RUN_WORD) !== 0 && !(facts[w] & ORGANISATION_HEAD) ? 0 : last
  return facts[w] & ORGANISATION_HEAD && doc.isCapitalised(w) ? last : 0
}

/** True for a number before a month's name: the day of a date ("on 1 August"), no part of a name. */
function opensDate(doc: DocumentWords, k: number): boolean {
  return k + 1 < doc.tokens.length && (doc.facts[k + 1] & MONTH) !== 0
}

/** True when tokens from `i` are title words and then "of" or "for": "Minister of", "Deputy Secretary for". */
function opensOffice(doc: DocumentWords, i: number, limit: number): boolean {
  let k = i
  while (k < limit && doc.isTitleAt(k)) k++
  if (k === i || k >= limit) return false
  const text = doc.tokens[k].text
  return text === 'of' || text === 'for'
}

// How far after "and" a head word makes the words before it part of the same name.
const HEAD_REACH = 3

/**
 * True when a capitalised word heading organisation names ends a name of two or three capitalised
 * words from `k`: "Drug Administration" after "Food and", but not "Society" in "Business and Society".
 */
function headSoonAfter(doc: DocumentWords, k: number, limit: number): boolean {
  for (let n = 0; n < HEAD_REACH && k < limit && doc.isCapitalised(k) && !(doc.facts[k] & FUNCTION_WORD); n++, k++) {
    if (n > 0 && doc.facts[k] & ORGANISATION_HEAD) return true
  }
  return false
}

/** Legal forms of companies, written after the name and a comma. */
const COMPANY_FORMS = new Set(['Ltd', 'Ltd.', 'Inc', 'Inc.', 'LLC', 'L.L.C.', 'PLC', 'plc', 'GmbH', 'S.A.', 'N.V.', 'B.V.', 'Corp.', 'LLP', 'Limited', 'JSC', 'PJSC', 'OJSC'])

/**
 * Finds the runs of capitalised words in a sentence that no mention covers, with small joining
 * words inside ("Bank of England"), initials ("George W. Bush") and, in organisation names,
 * "and", "on", numbers and slashes ("Alliance 90/The Greens"). Titles, sentence-opening function
 * words (and, with `ordinaryWords`, a sentence-opening ordinary word such as "Officials" before a
 * longer name) and honours after a name are cut off; a title right before a run marks it `titled`.
 */
export function nameRuns(doc: DocumentWords, sentence: Sentence, coverage: Coverage, ordinaryWords = false): NameRun[] {
  const runs: NameRun[] = []
  const { tokens, classes, facts } = doc
  const limit = sentence.tokenEnd
  let i = sentence.tokenStart
  while (i < limit) {
    const ordinal = tokens[i].kind === 'number' && (facts[i] & ORDINAL) !== 0 && i + 1 < limit && (classes[i + 1] & RUN_WORD) !== 0
    const unit = numbersUnit(doc, i, limit)
    if (!((classes[i] & RUN_WORD) !== 0 || ordinal || unit) || coverage.ownerOf(i) !== -1) {
      i++
      continue
    }
    let end = i + 1
    let organisation = (facts[i] & ORGANISATION_HEAD) !== 0 || unit
    // The run opens with a title and "of" or "for": an office ("Minister for Foreign Affairs and Trade").
    const office = opensOffice(doc, i, limit)
    while (end < limit && coverage.isFree(end, end + 1)) {
      // "Officer Commanding No. 82 Wing": a unit's number opens a name of its own.
      if ((doc.tokens[end].text === 'No.' || doc.tokens[end].text === 'No') && numbersUnit(doc, end, limit)) break
      const after = end + 1
      if ((classes[end] & RUN_WORD) !== 0 || (organisation && tokens[end].kind === 'number' && !opensDate(doc, end) && ((after < tokens.length && (classes[after] & RUN_WORD) !== 0) || (tokens[after]?.text === '/' && !tokens[after].spaceBefore)))) {
        // A title starts a new run ("Friday President Tokayev"), and so does a word after a weekday;
        // "Officer" ends an appointment's words instead ("Chief Administrative Officer").
        const afterWord = (classes[end - 1] & RUN_WORD) !== 0
        if ((afterWord && !doc.isTitleAt(end - 1) && titleAt(doc, end) > 0 && !APPOINTMENT_ENDS.has(doc.key(end))) || facts[end - 1] & WEEKDAY || facts[end] & WEEKDAY) break
        organisation ||= (facts[end] & ORGANISATION_HEAD) !== 0
        end++
        continue
      }
      // "People's Front for Neutrality", "Workers' Party": a possessive inside a movement's name.
      if (possessiveJoinsName(doc, coverage, end, limit)) {
        end++
        continue
      }
      const joined = joinerLength(doc, end, limit, organisation, office, i)
      if (joined > 0 && coverage.isFree(end, end + joined + 1)) {
        end += joined
        continue
      }
      // "Environment, Food and Rural Affairs Committee", "Department for Environment, Food and Rural
      // Affairs": the fields a body covers, listed with commas and "and", are one name.
      const listed = fieldListAfter(doc, i, end, limit, organisation)
      if (listed > 0 && coverage.isFree(end, listed + 1)) {
        end = listed
        continue
      }
      // "1st Battalion, The Royal Welsh": a battalion's regiment after a comma is part of its name.
      if (regimentAfter(doc, end, limit) && coverage.isFree(end, end + 3)) {
        end += 2
        continue
      }
      // "Shenzhen Kaixin Trading Co., Ltd.", "Acme Holdings, Inc.": a company's legal form after a comma ends its name.
      if (tokens[end].text === ',' && end + 1 < limit && COMPANY_FORMS.has(tokens[end + 1].text) && coverage.isFree(end, end + 2)) {
        end += 2
        break
      }
      break
    }
    let start = i
    // "The Chief of the Air Staff, …": a sentence's first function word stands before the title.
    while (start < end - 1 && isLeadingFiller(doc, start) && doc.isSentenceInitial(sentence, start) && !numbersUnit(doc, start, limit)) start++
    let titled = false
    let appointment = false
    // "Prince Sultan Air Base", "Marshal Tito Barracks": a base named after someone keeps the titles in its name.
    const titles = endsFacility(doc, end - 1) ? 0 : leadingTitles(doc, start, end)
    if (titles > 0) {
      const office = start + titles
      const name = officeEnd(doc, office, end)
      // "General Affairs Council", "Foreign Ministry": a title word heading an organisation's name stays in it.
      if (name < end && !hasOrganisationHead(doc, name, end)) {
        start = name
        titled = true
      } else if (name > office && !namesBody(doc, office, end)) {
        // "the Minister of Foreign Affairs said", "Chief of Naval Operations": an office with no one named.
        i = end
        continue
      } else if (name > office) start = office + 1
      else {
        // "Brigadier General Somchai Phrommin of the Royal Thai Army": a titled person, then the body they serve.
        const of = personBeforeBody(doc, name, end)
        if (of > 0) {
          runs.push({ start: name, end: of, sentence: sentence.index, titled: true, initial: doc.isSentenceInitial(sentence, name) })
          start = doc.tokens[of + 1].text === 'the' ? of + 2 : of + 1
        } else if (end - name > 1 && isAppointment(doc, start, name)) {
          // "Commander UK Carrier Strike Group", "Officer Commanding No. 82 Wing": an appointment, then the body it commands.
          start = name
          appointment = true
        }
      }
    }
    // A title may also stand before the run, written in lower case ("said foreign minister Wang Yi"),
    // with its office after "on" or "for" ("spokesperson on Housing Niamh Doherty").
    if (!titled && !appointment && start > sentence.tokenStart && doc.isTitleAt(start - 1)) titled = true
    // Only for a run of two words or more that opens like a personal name: "Societies" after "…of Red
    // Cross and Red Crescent" ends the body's name.
    if (!titled && end - start > 1 && !(facts[start] & (COMMON_WORD | ORGANISATION_HEAD)) && titleOfBodyBefore(doc, coverage, start, sentence.tokenStart)) titled = true
    if (!titled && start - 2 >= sentence.tokenStart && (tokens[start - 1].text === 'on' || tokens[start - 1].text === 'for') && doc.isTitleAt(start - 2)) {
      let k = start
      while (k < end && facts[k] & OFFICE_DOMAIN) k++
      if (k > start && k < end) {
        start = k
        titled = true
      }
    }
    // The press office of an organisation speaks for it: "Sinn Féin Press Office" is Sinn Féin.
    if (end - start > 2 && doc.key(end - 2) === 'press' && isOfficeWord(doc.key(end - 1))) end -= 2
    // So do its statements and offices before its name: "Statement of the Democratic Resistance Council".
    let lead = start
    while (lead < end && isLeadingFiller(doc, lead)) lead++
    const named = afterStatementPrefix(doc, lead, end)
    if (named !== lead) start = named
    // "Chapter VII of the United Nations Charter": a part of a text, numbered, is no name of its own.
    const part = afterNumberedPart(doc, start, end)
    if (part === end) {
      i = end
      continue
    }
    start = part
    // A sentence-opening ordinary word is cut off ("Officials Anna Novak …"), unless a body's head word
    // follows it: "Air Force units struck …", "General Staff of the Armed Forces …", or it says what
    // the body is for: "Naval Sea Systems Command, Washington, …", or it opens a base's name: "CAMP H.M. SMITH, Hawaii —".
    const opensBody = (k: number) => (facts[k + 1] & ORGANISATION_HEAD) !== 0 || GENERAL_BODIES.has(doc.key(k + 1))
    while (start < end && ((isLeadingFiller(doc, start) && !(start === i && unit) && !numbersUnit(doc, start, limit)) || (ordinaryWords && start === i && end - start > 1 && (facts[start] & COMMON_WORD) !== 0 && !NAME_ABBREVIATIONS.has(tokens[start].text) && !isPossessiveAt(doc, start + 1) && !opensBody(start) && !(facts[start] & OFFICE_DOMAIN && hasOrganisationHead(doc, start + 1, end)) && doc.isSentenceInitial(sentence, start) && !opensFacility(doc, start, end)))) start++
    while (end > start && ((facts[end - 1] & (JOINER_TEXT | ORGANISATION_JOINER_TEXT)) !== 0 || tokens[end - 1].text === '/' || tokens[end - 1].kind === 'number')) end--
    while (end - start > 1 && facts[end - 1] & POST_NOMINAL) end--
    if (start < end && !(end - start === 1 && facts[start] & (MONTH | WEEKDAY) && isDateWord(doc, start)) && !(domainOfTitle(doc, start, end) && (doc.sentenceCase(sentence) === 'mixed' || saysInLowerCase(doc, sentence)))) {
      // "the Tribunal and Member States" are two names; "Trade and Industry Committee" is one.
      const pieces = organisation ? splitCoordinated(doc, start, end) : [[start, end]]
      pieces.forEach(([from, to], p) => runs.push({ start: from, end: to, sentence: sentence.index, titled: titled && p === 0, initial: doc.isSentenceInitial(sentence, from) }))
    }
    i = Math.max(end, i + 1)
  }
  return runs
}

// Military units named by a number before their head word: "656 Squadron", "No. 6 Squadron", "No 11 Group", "3 Commando Brigade", "42 Commando".
const NUMBERED_UNITS = new Set(['squadron', 'regiment', 'battalion', 'brigade', 'division', 'wing', 'flotilla', 'flight', 'group', 'commando'])
// How many capitalised words may stand between a unit's number and its head word ("3 Commando Brigade").
const UNIT_REACH = 3

/**
 * True when token `i` opens a unit's name with its number: "656" in "656 Squadron Army Air Corps",
 * "No." in "No. 6 Squadron". A count before capitalised words ("200 Marines") opens none.
 */
function numbersUnit(doc: DocumentWords, i: number, limit: number): boolean {
  const { tokens } = doc
  let k = i
  if ((tokens[k].text === 'No.' || tokens[k].text === 'No') && k + 1 < limit && tokens[k + 1].kind === 'number') k++
  if (tokens[k].kind !== 'number' || doc.facts[k] & ORDINAL || !/^\d+$/.test(tokens[k].text)) return false
  for (let n = 0, j = k + 1; n < UNIT_REACH && j < limit && (doc.classes[j] & RUN_WORD) !== 0; n++, j++) if (NUMBERED_UNITS.has(doc.key(j))) return true
  return false
}

/**
 * Units with a word in brackets between their number and their head word, as British and
 * Commonwealth armies write them: "3rd (UK) Division", "1 (UK) Armoured Division", "36 (Gurkha)
 * Engineer Regiment". Returns the token ranges [start, end) of the sentence's such names. A
 * count with a bracket after it ("12 (of 40) Squadron pilots") is none: the word in brackets is
 * capitalised and alone.
 */
export function bracketedUnits(doc: DocumentWords, sentence: Sentence): Array<[number, number]> {
  const { tokens, classes } = doc
  const limit = sentence.tokenEnd
  const out: Array<[number, number]> = []
  for (let i = sentence.tokenStart; i + 4 < limit; i++) {
    if (tokens[i].kind !== 'number' || !/^\d{1,3}(?:st|nd|rd|th)?$/.test(tokens[i].text) || tokens[i + 1].text !== '(' || tokens[i + 3].text !== ')') continue
    if (tokens[i + 2].kind !== 'word' || !(classes[i + 2] & RUN_WORD)) continue
    for (let n = 0, j = i + 4; n < UNIT_REACH && j < limit && (classes[j] & RUN_WORD) !== 0; n++, j++) {
      if (!NUMBERED_UNITS.has(doc.key(j)) && doc.key(j) !== 'corps') continue
      out.push([i, j + 1])
      i = j
      break
    }
  }
  return out
}

// Units whose regiment follows after a comma, opening with a capital "The": "1st Battalion, The Royal Welsh".
const REGIMENTAL_UNITS = new Set(['battalion', 'company', 'squadron'])

/** True when a comma at token `end` and a capitalised "The" join a unit to its regiment's name. */
function regimentAfter(doc: DocumentWords, end: number, limit: number): boolean {
  const { tokens } = doc
  return end + 2 < limit && tokens[end].text === ',' && REGIMENTAL_UNITS.has(doc.key(end - 1)) && tokens[end + 1].text === 'The' && (doc.classes[end + 2] & RUN_WORD) !== 0
}

/**
 * Where the name starts after a title's office, from token `k` right after the title: the office
 * is "of" or "for" and the words of what it is for ("Minister of National Defence", "Secretary of
 * the Navy", "Minister for Foreign Affairs and Trade", "Chief of the General Staff"), the words
 * on both sides of an "and" included ("Minister of Production and Trade"). Returns `k` when no office follows, `end`
 * when the office takes the whole run. An ordinary English word counts as part of the office only
 * while two words remain for the name and no initial follows ("Secretary of Defense Frank Lowe"),
 * and a word heading organisation names ends it ("President of the Centre for …").
 */
export function officeEnd(doc: DocumentWords, k: number, end: number): number {
  const { tokens, facts } = doc
  if (k >= end || (tokens[k].text !== 'of' && tokens[k].text !== 'for')) return k
  k++
  // "Minister of Production and Trade …": the words on both sides of "and" belong to the office.
  let through = k
  for (let j = end - 2; j > k; j--) {
    if (tokens[j].text !== 'and') continue
    through = j + 2
    break
  }
  while (k < end) {
    const f = facts[k]
    if (f & ORGANISATION_HEAD && !(f & OFFICE_DOMAIN)) break
    if (k < through || f & (OFFICE_DOMAIN | JOINER_TEXT) || tokens[k].text === 'and' || doc.isTitleAt(k)) k++
    else if (f & COMMON_WORD && !(f & ORGANISATION_HEAD) && doc.isCapitalised(k) && end - k > 2 && !isInitial(doc, k + 1)) k++
    else break
  }
  return k
}

/**
 * True when tokens `start`..`end` say what the title right after them is for, and name nothing
 * (in a sentence that is no headline, where every word has a capital):
 * "First Sea" in "First Sea Lord", "Armed Forces" in "Armed Forces Minister", "National
 * Security" in "National Security Adviser". Their words are ordinary words and words of what
 * offices are for; a word of bodies' names ("Defence Committee Chair", "House Inspector General")
 * or an acronym keeps them a name, and so does a word alone ("Treasury Secretary", "Republican Governor").
 */
function domainOfTitle(doc: DocumentWords, start: number, end: number): boolean {
  if (end - start < 2 || end >= doc.tokens.length || titleAt(doc, end) === 0 || !doc.tokens[end].spaceBefore) return false
  let domain = false
  for (let k = start; k < end; k++) {
    const f = doc.facts[k]
    if (!(doc.classes[k] & WORD) || doc.classes[k] & UPPER || !(f & (COMMON_WORD | OFFICE_DOMAIN)) || (f & ORGANISATION_WORD && !(f & OFFICE_DOMAIN))) return false
    if (f & OFFICE_DOMAIN) domain = true
  }
  return domain
}

// Verbs of saying: written in lower case, they show a line is no headline in title case.
const SAYING = new Set(['said', 'says', 'added', 'told', 'announced', 'stated'])

/**
 * True when a verb of saying in lower case stands in a sentence most of whose words are
 * capitalised: "Defence Procurement Minister Helen Marsh said:" is a line of the body, not a
 * headline ("Defence Procurement Minister Visits Yeovil").
 */
function saysInLowerCase(doc: DocumentWords, sentence: Sentence): boolean {
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (doc.tokens[k].kind === 'word' && SAYING.has(doc.tokens[k].text)) return true
  return false
}

// Words naming numbered parts of texts and processes: "Chapter VII", "Article 5", "Phase II".
const TEXT_PARTS = new Set(['chapter', 'article', 'section', 'annex', 'part', 'clause', 'paragraph', 'schedule', 'volume', 'phase', 'stage', 'tranche'])
const NUMERAL = /^(?:[IVXLC]+|\d+[A-Za-z]?)$/

/**
 * Where a name starts after a numbered part of a text at `start` ("Chapter VII", "Article 5"): after
 * "of" and "the" that follow it ("Chapter VII of the United Nations Charter" gives the Charter), at
 * `end` when nothing follows, and at `start` when the run opens with no such part.
 */
function afterNumberedPart(doc: DocumentWords, start: number, end: number): number {
  if (start + 1 >= end || !TEXT_PARTS.has(doc.key(start)) || !NUMERAL.test(doc.tokens[start + 1].text)) return start
  let k = start + 2
  if (k < end && doc.tokens[k].text === 'of') {
    k++
    if (k < end && doc.tokens[k].text === 'the') k++
  }
  return k === start + 2 && k < end ? start : k
}

// Titles of appointments that name the body they head right after them, with no "of": "Commander UK
// Carrier Strike Group", "Officer Commanding 140 Expeditionary Air Wing", "Director Defence
// Intelligence". Not titles of rank or royalty, which open names of places and bodies named after
// people ("Prince Sultan Air Base", "King Faisal Hospital").
const APPOINTMENTS = new Set(['commander', 'commandant', 'commanding', 'officer', 'director', 'director-general', 'chairman', 'chairwoman', 'chairperson', 'chair', 'secretary', 'secretary-general', 'minister'])

/** True when the title words `start`..`end` end in an appointment ({@link APPOINTMENTS}). */
function isAppointment(doc: DocumentWords, start: number, end: number): boolean {
  return end > start && APPOINTMENTS.has(doc.key(end - 1))
}

// At most this many words in a person's name before "of" and the body they serve.
const MAX_NAME_WORDS = 4

/**
 * The token of "of" when tokens `from`..`end` are a person's name, "of", and a body's name (the
 * words after a title in "Brigadier General Somchai Phrommin of the Royal Thai Army", "Commander
 * Ana Ruiz of the Navy"), or -1. The name holds no word of organisation names and no title, and
 * a name of one word is no ordinary English word.
 */
function personBeforeBody(doc: DocumentWords, from: number, end: number): number {
  const { tokens, facts, classes } = doc
  let k = from
  while (k < end && k - from < MAX_NAME_WORDS && classes[k] & RUN_WORD && doc.isCapitalised(k) && !(facts[k] & (ORGANISATION_WORD | JOINER_TEXT)) && !doc.isTitleAt(k)) k++
  if (k === from || k >= end || tokens[k].text !== 'of') return -1
  if (k - from === 1 && facts[from] & COMMON_WORD) return -1
  const body = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1
  return body < end && hasOrganisationHead(doc, body, end) ? k : -1
}

/**
 * True when a title whose office names a body or place already found stands right before token
 * `start`: "the Secretary-General of the SCO Zhang Ming", "President of Ruritania Jan Novak".
 */
function titleOfBodyBefore(doc: DocumentWords, coverage: Coverage, start: number, floor: number): boolean {
  let k = start - 1
  const owner = k >= floor ? coverage.ownerOf(k) : -1
  if (owner === -1) return false
  while (k >= floor && coverage.ownerOf(k) === owner) k--
  if (k >= floor && doc.tokens[k].text === 'the') k--
  if (k < floor || doc.tokens[k].text !== 'of') return false
  return k - 1 >= floor && doc.isTitleAt(k - 1)
}

// An initial: "J." in "Robert J. Dover".
function isInitial(doc: DocumentWords, i: number): boolean {
  const text = doc.tokens[i].text
  return doc.isCapitalised(i) && (text.length === 1 || (text.length === 2 && text.charCodeAt(1) === 46))
}

// Abbreviations whose key is a function word ("us") but that open names: "U.S. Army Europe", "US Navy".
const NAME_ABBREVIATIONS = new Set(['U.S.', 'US'])

// A word siding with what follows its hyphen: "pro-Western", "pro-Kremlin".
const SIDING = /^pro-\p{Lu}/u

// Arabic articles written apart with a capital, opening a place's name: "Al Udeid Air Base", "Al Dhafra", "El Alamein".
const CAPITAL_ARTICLES = new Set(['Al', 'El'])

// True when the word at `k` alone is a name the knowledge base knows ("Salvadoran").
function knownAlone(doc: DocumentWords, k: number): boolean {
  return doc.names[k] >= 0 && doc.kb.names.lookupWords(doc.names, k, k + 1).length > 0
}

// A function word or small joining word that cannot open a name; "U.S." and "US" can, and so can
// "Al" before another capitalised word that is no known name alone ("El Salvadoran national").
function isLeadingFiller(doc: DocumentWords, k: number): boolean {
  const text = doc.tokens[k].text
  // "pro-Western Coalition for Change": "in favour of" and what it favours describe the name after them.
  if (SIDING.test(text) && k + 1 < doc.tokens.length && doc.classes[k + 1] & RUN_WORD && doc.tokens[k + 1].spaceBefore) return true
  if (CAPITAL_ARTICLES.has(text) && k + 1 < doc.tokens.length && doc.isCapitalised(k + 1) && doc.tokens[k + 1].spaceBefore && !knownAlone(doc, k + 1)) return false
  return (doc.facts[k] & (FUNCTION_OR_CONTRACTION | JOINER)) !== 0 && !NAME_ABBREVIATIONS.has(text)
}

function isOfficeWord(key: string): boolean {
  return key === 'office' || key === 'service' || key === 'team'
}

// True when tokens `start`..`end` hold a body's head word that is no office's domain: "Centre" in
// "of the Centre for Child Protection", not "Navy" in "of the Navy".
function namesBody(doc: DocumentWords, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (doc.facts[k] & ORGANISATION_HEAD && !(doc.facts[k] & OFFICE_DOMAIN)) return true
  return false
}

function hasOrganisationHead(doc: DocumentWords, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (doc.facts[k] & ORGANISATION_HEAD) return true
  return false
}
