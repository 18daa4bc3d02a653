import type { Token } from '../../../text/types.ts'
import { MONTHS, WEEKDAYS } from '../dates/calendar.ts'
import { ORGANISATION_HEADS, SPEAKER_PRONOUNS, SPEAKER_VERB_ADVERBS, type ReportingCues } from './reporting-cues.ts'
import { lowerOf } from './token-words.ts'

/** A speaker phrase as token indices `[from, to)`, with an appositive role when there is one. */
export interface SpeakerPhrase {
  from: number
  to: number
  /** "Sergei Lavrov, Russia's foreign minister, said": the part between the commas */
  appositive?: { from: number; to: number }
  /** set when the phrase is a lone subject pronoun */
  pronoun?: string
  /** the token of an acronym in brackets right after the phrase: "the Committee to Protect Journalists (CPJ) said" */
  acronym?: number
  /** a party or country in brackets right after the name: "Hannah Neumann (Greens/EFA, DE)" */
  affiliation?: { from: number; to: number }
}

/** The first token after a speaker phrase and what stands beside it (affiliation, appositive). */
export function phraseEnd(phrase: SpeakerPhrase): number {
  return Math.max(phrase.to, phrase.affiliation?.to ?? 0, phrase.appositive?.to ?? 0)
}

/** The first token of a speaker phrase, its appositive included. */
export function phraseStart(phrase: SpeakerPhrase): number {
  return Math.min(phrase.from, phrase.appositive?.from ?? phrase.from)
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that'])
const CONNECTORS = new Set(['of', 'for', 'at', 'and', '&', 'to', 'with', 'from'])
const POSSESSIVE = new Set(['’s', "'s", '’', "'"])
const NAME_PARTICLES = new Set(['bin', 'al', 'el', 'de', 'van', 'von', 'der', 'den', 'da', 'di', 'la', 'le', 'du', 'del', 'dos', 'ibn', 'abu', 'ben'])
// Capitalised at the start of a sentence without naming anyone.
const NOT_NAMES = new Set([
  'in', 'on', 'at', 'after', 'before', 'meanwhile', 'however', 'but', 'and', 'also', 'then', 'later', 'earlier', 'separately', 'speaking', 'asked', 'when', 'while',
  'as', 'if', 'today', 'yesterday', 'tomorrow', 'this', 'that', 'these', 'those', 'there', 'here', 'now', 'still', 'yet', 'so', 'thus', 'instead', 'moreover',
  'furthermore', 'additionally', 'finally', 'according', 'despite', 'during', 'since', 'following', 'last', 'next', 'for', 'from', 'with', 'by', 'about', 'what',
  'why', 'how', 'where', 'who', 'which', 'we', 'i', 'he', 'she', 'they', 'it', 'you', 'our', 'my', 'his', 'her', 'their', 'its', 'your', 'no', 'not', 'yes', 'all',
  'both', 'some', 'many', 'most', 'several', 'other', 'others', 'such', 'because', 'although', 'though', 'once', 'until', 'unless', 'whether', 'so-called',
  'having', 'being', 'given', 'based', 'citing',
])
// Lower-case words that cannot head a speaker phrase.
const NOT_HEADS = new Set(['that', 'which', 'who', 'what', 'and', 'or', 'but', 'as', 'than', 'then', 'there', 'also', 'not', 'never', 'this', 'these', 'those', 'it', 'is', 'was', 'be', 'been', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'so', 'have', 'has', 'had'])

/** Number words that count a speaker: "the three governments". */
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'both'])
const RELATIVE = new Set(['who', 'which', 'whose', 'whom'])
const ARTICLES = new Set(['a', 'an', 'the'])
/** Days that may stand between a speaker and the verb: "Lavrov on Thursday said", "the ministry today said". */
const DAY_WORDS = new Set(['today', 'yesterday', 'tonight'])
/** "briefed on", "familiar with", "close to": a participle or adjective with its object after the one who speaks. */
const REDUCED_RELATIVE_PREPOSITIONS = new Set(['on', 'with', 'to', 'about', 'in'])
const REDUCED_RELATIVE_HEADS = new Set(['familiar', 'close', 'involved'])
const PERIODS = new Set(['week', 'month', 'year', 'weekend'])
/** Punctuation inside a bracketed affiliation: "(Greens/EFA, DE)", "(S&D, BE)", "(R-Texas)". */
const AFFILIATION_PUNCTUATION = new Set([',', '/', '-', '&', '.'])
/** The most tokens between the brackets of an affiliation. */
const MAX_AFFILIATION_TOKENS = 8
const PERIOD_LEADS = new Set(['this', 'last'])
const lower = lowerOf
const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word'
const isCapitalised = (t: Token) => {
  const c = t.text.charCodeAt(0)
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text)
}
const isCalendarWord = (t: Token) => MONTHS.has(lower(t).replace(/\.$/, '')) || WEEKDAYS.has(lower(t))

// "al-Hadi", "bin-Salman", "van-Dijk": a lower-case particle joined to a capitalised name.
const JOINED_PARTICLE = /^(?:al|el|bin|ibn|abu|ben|de|van|von|da|di|du|le|la|del|dos)-\p{Lu}/u

/** A capitalised word that can be part of a name or title ("Zhang", "Secretary-General", "Gen.", "U.S.", "al-Hadi"). */
export function isNameWord(t: Token): boolean {
  if (!isWord(t)) return false
  if (!isCapitalised(t)) return JOINED_PARTICLE.test(t.text)
  return !NOT_NAMES.has(lower(t)) && !isCalendarWord(t)
}

/**
 * The token after an affiliation in brackets that opens at token `k`: capitalised words, party and
 * country codes ("(Greens/EFA, DE)", "(EPP, PL)", "(R-Texas)", "(CPJ)"); -1 when none opens there.
 */
export function affiliationEnd(tokens: readonly Token[], k: number, limit: number): number {
  if (tokens[k]?.text !== '(') return -1
  let words = 0
  for (let n = k + 1; n < limit && n <= k + MAX_AFFILIATION_TOKENS + 1; n++) {
    const t = tokens[n]
    if (t.text === ')') return words > 0 ? n + 1 : -1
    if (isWord(t) && isCapitalised(t)) words++
    else if (!AFFILIATION_PUNCTUATION.has(t.text)) return -1
  }
  return -1
}

/** The opening bracket of an affiliation that closes at token `close` ("Maria Arena (S&D, BE)"), or -1. */
export function affiliationStart(tokens: readonly Token[], close: number, floor: number): number {
  if (tokens[close]?.text !== ')') return -1
  for (let k = close - 1; k >= floor && k >= close - MAX_AFFILIATION_TOKENS - 1; k--) {
    if (tokens[k].text === '(') return affiliationEnd(tokens, k, close + 1) === close + 1 ? k : -1
  }
  return -1
}

/** "Committee on Foreign Affairs", "Subcommittee on Human Rights": "on" after a committee's capitalised name word, before the rest of its name. */
function joinsNames(tokens: readonly Token[], k: number): boolean {
  if (lower(tokens[k]) !== 'on' || k === 0 || !isNameWord(tokens[k - 1]) || !isNameWord(tokens[k + 1])) return false
  const head = lower(tokens[k - 1])
  return ORGANISATION_HEADS.has(head) || head.endsWith('committee')
}

/** The most tokens a list of fields inside one name may take after its first comma. */
const MAX_NAME_LIST = 10

/**
 * "Environment, Food and Rural Affairs Committee", "Digital, Culture, Media and Sport Committee": a
 * comma inside an organisation's name, where capitalised fields are listed, the last joined by "and"
 * and only the last carrying the head noun (a one-word field may be a head word: "Media"). Returns the token after the head, or -1 when the comma at
 * `comma` opens no such list: not "the Foreign Office, Treasury and Home Office" (an item with its own
 * head before the last), nor "Estonia, Latvia and Lithuania" (no head at all).
 */
export function nameListEnd(tokens: readonly Token[], comma: number, limit: number): number {
  const before = tokens[comma - 1]
  if (tokens[comma]?.text !== ',' || !before || !isNameWord(before) || ORGANISATION_HEADS.has(lower(before))) return -1
  let joined = false
  for (let k = comma + 1; k < limit && k <= comma + MAX_NAME_LIST; k++) {
    const t = tokens[k]
    const lw = lower(t)
    if (t.text === ',' && !joined && isNameWord(tokens[k - 1])) continue
    if (lw === 'and' || lw === '&') {
      if (joined || !isNameWord(tokens[k - 1])) return -1
      joined = true
      continue
    }
    if (!isNameWord(t)) return -1
    const next = tokens[k + 1]
    // "Digital, Culture, Media and Sport": a field of one word may be a head word itself.
    if (!ORGANISATION_HEADS.has(lw) || (next && isNameWord(next)) || (!joined && lower(next) === 'and' && tokens[k - 1].text === ',')) continue
    return joined ? k + 1 : -1
  }
  return -1
}

function isPhraseWord(t: Token, cues: ReportingCues): boolean {
  return isNameWord(t) || (isWord(t) && cues.isRoleWord(lower(t))) || (isWord(t) && NAME_PARTICLES.has(lower(t)))
}

function trimEdges(tokens: readonly Token[], from: number, to: number): [number, number] {
  while (from < to && (CONNECTORS.has(lower(tokens[from])) || POSSESSIVE.has(tokens[from].text))) from++
  while (to > from && (CONNECTORS.has(lower(tokens[to - 1])) || DETERMINERS.has(lower(tokens[to - 1])))) to--
  return [from, to]
}

function headIsValid(tokens: readonly Token[], from: number, to: number, cues: ReportingCues): boolean {
  if (to <= from) return false
  const head = tokens[to - 1]
  if (!isWord(head) || NOT_HEADS.has(lower(head))) return false
  if (isNameWord(head) || cues.isRoleWord(lower(head))) return true
  // A plain noun heads a speaker phrase only after a determiner: "the report said".
  for (let k = from; k < to - 1; k++) if (DETERMINERS.has(lower(tokens[k])) || POSSESSIVE.has(tokens[k].text)) return true
  return false
}

/**
 * Skips back over what may stand between a speaker and the verb: adverbs ("also", "had"), a day ("on
 * Thursday", "Monday"), an acronym in brackets ("the Committee to Protect Journalists (CPJ) said") and
 * an affiliation ("Radosław Sikorski (EPP, PL) said").
 */
function skipBetweenSpeakerAndVerb(tokens: readonly Token[], k: number, floor: number): number {
  for (;;) {
    if (k < floor) return k
    const t = tokens[k]
    if (isWord(t) && (SPEAKER_VERB_ADVERBS.has(lower(t)) || isMannerAdverb(t))) k--
    else if (isWord(t) && (WEEKDAYS.has(lower(t)) || DAY_WORDS.has(lower(t)))) {
      k--
      if (k >= floor && lower(tokens[k]) === 'on') k--
    } else if (isWord(t) && PERIODS.has(lower(t)) && k - 1 >= floor && PERIOD_LEADS.has(lower(tokens[k - 1]))) {
      // "earlier this month", "last week"
      k -= 2
      if (k >= floor && (lower(tokens[k]) === 'earlier' || lower(tokens[k]) === 'later')) k--
    } else if (t.text === ')' && affiliationStart(tokens, k, floor) >= 0) k = affiliationStart(tokens, k, floor) - 1
    else return k
  }
}

/** Nouns in "-ly" that head speaker phrases ("the family said", "the assembly said"). */
const LY_NOUNS = new Set(['family', 'assembly', 'ally', 'rally', 'supply', 'monopoly', 'anomaly', 'reply', 'homily', 'folly', 'bully', 'tally', 'belly', 'jelly', 'lily', 'fly', 'italy'])

/** "deceptively", "firmly": a lower-case adverb in "-ly" ("only" and "early" aside, which are handled elsewhere). */
function isMannerAdverb(t: Token): boolean {
  return t.text.length > 5 && t.text.endsWith('ly') && !isCapitalised(t) && !LY_NOUNS.has(t.text)
}

/** Reads a speaker phrase that ends right before token `verb` ("the minister said", "he added"). */
export function speakerBefore(tokens: readonly Token[], verb: number, floor: number, cues: ReportingCues): SpeakerPhrase | null {
  let k = skipBetweenSpeakerAndVerb(tokens, verb - 1, floor)
  if (k < floor) return null
  if (tokens[k].text === ',') return appositiveBefore(tokens, k, floor, cues)
  const head = tokens[k]
  if (!isWord(head)) return null
  if (SPEAKER_PRONOUNS.has(lower(head))) return { from: k, to: k + 1, pronoun: lower(head) }
  if (NOT_HEADS.has(lower(head)) || (!isCapitalised(head) && isVerbLike(head))) return null
  const placed = whereTheyAre(tokens, k, floor, cues)
  if (placed >= 0) return speakerBefore(tokens, placed, floor, cues)
  const end = k + 1
  let from = k
  let plain = 0
  // "the air force", "an international arbitration tribunal": plain words before a title or an
  // organisation's head noun count once a determiner comes.
  const modifiable = ORGANISATION_HEADS.has(lower(head)) || cues.isRoleWord(lower(head))
  // "EU foreign policy chief Henrik Sallberg": plain words right before a title word inside the phrase
  // belong to the title when what stands before them closes it off (a name, a determiner, punctuation).
  let titlePlain = 0
  for (k = k - 1; k >= floor && end - k <= 12; k--) {
    const t = tokens[k]
    const lw = lower(t)
    if (titlePlain > 0 && (isPhraseWord(t, cues) || DETERMINERS.has(lw) || POSSESSIVE.has(t.text) || !isWord(t))) from = k + 1
    titlePlain = 0
    if (DETERMINERS.has(lw)) {
      from = k
      if (k - 1 >= floor && CONNECTORS.has(lower(tokens[k - 1])) && lower(tokens[k - 1]) !== 'and') continue
      break
    }
    if (POSSESSIVE.has(t.text) || CONNECTORS.has(lw) || isPhraseWord(t, cues) || joinsNames(tokens, k) || nameListEnd(tokens, k, end) === end) {
      if (!CONNECTORS.has(lw) && lw !== 'on') from = k
      continue
    }
    // "The three governments", "the 27 member states": a count right after the determiner.
    if ((t.kind === 'number' || COUNT_WORDS.has(lw)) && k - 1 >= floor && DETERMINERS.has(lower(tokens[k - 1]))) continue
    if (modifiable && isWord(t) && !isCapitalised(t) && !NOT_HEADS.has(lw) && ++plain <= 3) continue
    if (!modifiable && isPlainTitleWord(tokens, k, from, cues)) {
      let j = k
      while (j - 1 >= floor && k - j < 2 && isPlainTitleWord(tokens, j - 1, from, cues)) j--
      titlePlain = k - j + 1
      k = j
      continue
    }
    break
  }
  if (titlePlain > 0 && k < floor) from = k + 1
  const [a, b] = trimEdges(tokens, from, end)
  if (!headIsValid(tokens, a, b, cues)) return null
  // "a diplomat briefed on the talks said", "people familiar with the matter said": the phrase after the
  // participle is what they know about, not who speaks.
  const lead = a - 1
  if (lead - 1 >= floor && REDUCED_RELATIVE_PREPOSITIONS.has(lower(tokens[lead])) && (isVerbLike(tokens[lead - 1]) || REDUCED_RELATIVE_HEADS.has(lower(tokens[lead - 1])))) {
    const owner = speakerBefore(tokens, lead - 1, floor, cues)
    if (owner && !owner.pronoun) return owner
  }
  // "The Embassy of China in Ottawa said": the embassy speaks, not the city it is in.
  for (let m = a - 1; m > floor && m >= a - 4; m--) {
    if (!isNameWord(tokens[m]) && lower(tokens[m]) !== 'in') break
    if (lower(tokens[m]) === 'in' && m > floor && isPhraseWord(tokens[m - 1], cues)) {
      const owner = speakerBefore(tokens, m, floor, cues)
      if (owner && !owner.pronoun && !owner.appositive) return owner
      break
    }
  }
  const phrase: SpeakerPhrase = { from: a, to: b }
  if (tokens[b]?.text === '(' && tokens[b + 2]?.text === ')' && isNameWord(tokens[b + 1])) phrase.acronym = b + 1
  return phrase
}

/** Prepositions of a place after a group of people: "officials on both sides", "residents in the area"; not "at", which names where they work ("officials at the hospital"). */
const PLACE_PREPOSITIONS = new Set(['on', 'in', 'across', 'along', 'near', 'inside', 'outside'])

/**
 * "local officials on both sides said", "officials on the ground said": where a role word is followed
 * by a place in plain words, the place is no speaker; returns the preposition's index, so that the
 * phrase before it is read, or -1. The head at `k` is a plain lower-case noun, no role word or
 * organisation ("officials at the ministry" stays whole), with at most a determiner or a count before it.
 */
function whereTheyAre(tokens: readonly Token[], k: number, floor: number, cues: ReportingCues): number {
  const head = tokens[k]
  if (isCapitalised(head) || cues.isRoleWord(lower(head)) || ORGANISATION_HEADS.has(lower(head))) return -1
  let p = k - 1
  if (p >= floor && (DETERMINERS.has(lower(tokens[p])) || COUNT_WORDS.has(lower(tokens[p])))) p--
  if (p - 1 < floor || !PLACE_PREPOSITIONS.has(lower(tokens[p])) || !isWord(tokens[p - 1])) return -1
  return cues.isRoleWord(lower(tokens[p - 1])) ? p : -1
}

/** A lower-case word that can stand in a title right before its lower-case role word at `title`: "foreign policy" in "EU foreign policy chief" (not "gave" in "gave President Trump"). */
function isPlainTitleWord(tokens: readonly Token[], k: number, title: number, cues: ReportingCues): boolean {
  const t = tokens[k]
  if (!isWord(t) || isCapitalised(t) || NOT_HEADS.has(lower(t)) || DETERMINERS.has(lower(t)) || CONNECTORS.has(lower(t)) || isVerbLike(t) || cues.isVerb(lower(t)) || SPEAKER_PRONOUNS.has(lower(t))) return false
  return title - k <= 3 && !isCapitalised(tokens[title]) && cues.isRoleWord(lower(tokens[title])) && !ORGANISATION_HEADS.has(lower(tokens[title]))
}

function isVerbLike(t: Token): boolean {
  const lw = lower(t)
  return lw.length > 4 && (lw.endsWith('ed') || lw.endsWith('ing'))
}

/**
 * "Sergei Lavrov, Russia's foreign minister, said": the name before the commas, the role between them.
 * An affiliation may close the name ("Maria Arena (S&D, BE), added", "The chair of the committee,
 * Maria Arena (S&D, BE), added"); the name before it speaks when no role stands beside it.
 */
function appositiveBefore(tokens: readonly Token[], comma: number, floor: number, cues: ReportingCues): SpeakerPhrase | null {
  const bracket = affiliationStart(tokens, comma - 1, floor)
  const found = commaPhraseBefore(tokens, bracket >= 0 ? bracket : comma, floor, cues)
  if (bracket < 0) return found
  if (found) return { ...found, affiliation: found.appositive && found.appositive.from < found.from ? { from: bracket, to: comma } : found.affiliation }
  const name = speakerBefore(tokens, bracket, floor, cues)
  return name && !name.pronoun ? { ...name, affiliation: { from: bracket, to: comma } } : null
}

/** The speaker phrase of "X, ROLE, [end]" or "ROLE, NAME, [end]", where `end` is a comma or the bracket of an affiliation. */
function commaPhraseBefore(tokens: readonly Token[], comma: number, floor: number, cues: ReportingCues): SpeakerPhrase | null {
  let k = comma - 1
  while (k >= floor && k > comma - 25 && tokens[k].text !== ',' && (tokens[k].kind !== 'quote' || isPluralPossessive(tokens, k)) && !/^[.!?;:]$/.test(tokens[k].text)) {
    // "Radosław Sikorski (EPP, PL), rapporteur, said": the commas inside the brackets are passed over.
    const open = tokens[k].text === ')' ? affiliationStart(tokens, k, floor) : -1
    k = open >= 0 ? open - 1 : k - 1
  }
  if (k < floor || tokens[k].text !== ',' || k + 1 >= comma) return null
  // "Keith Vaz, chairman of the committee, who had called for the ban, said", "The mission, which has
  // 200 monitors, said", "Petrosyan, speaking to reporters, said": the clause between the commas is passed over.
  if (RELATIVE.has(lower(tokens[k + 1])) || (!isCapitalised(tokens[k + 1]) && isVerbLike(tokens[k + 1]))) {
    const outer = speakerBefore(tokens, k + 1, floor, cues)
    if (outer) return outer
    const plainBefore = speakerBefore(tokens, k, floor, cues)
    return plainBefore && !plainBefore.pronoun ? plainBefore : null
  }
  const middle = { from: k + 1, to: comma }
  const before = speakerBefore(tokens, k, floor, cues)
  if (!before || before.pronoun || before.appositive) return null
  // "Lena Voss, the deputy head of the Commission's directorate for trade and security, said": a long
  // role between commas after a name.
  if (comma - k > MAX_APPOSITIVE_TOKENS) {
    return isNameWord(tokens[before.to - 1]) && describesRole(tokens, middle.from, middle.to, cues) ? { ...before, appositive: middle } : null
  }
  // "NATO's spokesperson, Oana Lungescu, said", "the group's spokesman, Brigadier Nasser al-Hadi, said",
  // "The chair of the Subcommittee on Human Rights, Maria Arena, added": the role comes first, the name
  // between the commas.
  if (namesSomeone(tokens, middle.from, middle.to, cues) && (cues.isRoleWord(lower(tokens[before.to - 1])) || rolePhrase(tokens, before.from, before.to, cues))) {
    return { from: middle.from, to: middle.to, appositive: { from: before.from, to: before.to } }
  }
  if (containsRoleWord(tokens, middle.from, middle.to, cues)) return { ...before, appositive: middle }
  // "The United States, a treaty ally of the Philippines, said": a description between the commas.
  if (ARTICLES.has(lower(tokens[middle.from]))) return { ...before, appositive: middle }
  return null
}

/** The most tokens between the commas of an appositive other than a role after a name. */
const MAX_APPOSITIVE_TOKENS = 12

/** "Workers’ Front": a mark right after a plural in "-s" is an apostrophe. */
function isPluralPossessive(tokens: readonly Token[], k: number): boolean {
  return POSSESSIVE.has(tokens[k].text) && !tokens[k].spaceBefore && /s$/i.test(tokens[k - 1]?.text ?? '')
}

/** True when `[from, to)` is a name, titles allowed, with at least one word that is not a title ("Brigadier Nasser al-Hadi"). */
function namesSomeone(tokens: readonly Token[], from: number, to: number, cues: ReportingCues): boolean {
  let name = false
  for (let n = from; n < to; n++) {
    const t = tokens[n]
    if (!(isNameWord(t) || NAME_PARTICLES.has(lower(t)))) return false
    name ||= isNameWord(t) && !cues.isRoleWord(lower(t).replace(/\.$/, ''))
  }
  return name
}

/** "The chair of the Subcommittee on Human Rights", "The Minister of Trade": a role word heads the phrase, with what it is the role of after it. */
function rolePhrase(tokens: readonly Token[], from: number, to: number, cues: ReportingCues): boolean {
  let k = from
  while (k < to && (DETERMINERS.has(lower(tokens[k])) || POSSESSIVE.has(tokens[k].text) || (isNameWord(tokens[k]) && !cues.isRoleWord(lower(tokens[k]))) || isPlainTitleWord(tokens, k, k + 1, cues))) k++
  if (k >= to || !cues.isRoleWord(lower(tokens[k])) || ORGANISATION_HEADS.has(lower(tokens[k]))) return false
  while (k < to && cues.isRoleWord(lower(tokens[k]))) k++
  return k < to && (lower(tokens[k]) === 'of' || lower(tokens[k]) === 'for')
}

function containsRoleWord(tokens: readonly Token[], from: number, to: number, cues: ReportingCues): boolean {
  for (let k = from; k < to; k++) if (isWord(tokens[k]) && cues.isRoleWord(lower(tokens[k]))) return true
  return false
}

/** Reads a speaker phrase starting at token `from` ("said the Secretary-General of the SCO Zhang Ming"). */
export function speakerAfter(tokens: readonly Token[], from: number, limit: number, cues: ReportingCues): SpeakerPhrase | null {
  const first = tokens[from]
  if (from >= limit || !isWord(first)) return null
  if (SPEAKER_PRONOUNS.has(lower(first))) return { from, to: from + 1, pronoun: lower(first) }
  let k = from
  let last = -1
  for (; k < limit && k - from < 12; k++) {
    const t = tokens[k]
    const lw = lower(t)
    if (DETERMINERS.has(lw) || POSSESSIVE.has(t.text)) continue
    if ((lw === 'of' || lw === 'for' || lw === '&') && k + 1 < limit && (isPhraseWord(tokens[k + 1], cues) || DETERMINERS.has(lower(tokens[k + 1])))) continue
    if (k + 1 < limit && joinsNames(tokens, k)) continue
    // "The Environment, Food and Rural Affairs Committee": a comma inside the name.
    const listed = last === k - 1 ? nameListEnd(tokens, k, limit) : -1
    if (listed > 0) {
      last = listed - 1
      k = last
      continue
    }
    // "Under Secretary for Terrorism and Financial Intelligence David Colton": "and" inside a title.
    if (lw === 'and' && last >= 0 && k + 1 < limit && isNameWord(tokens[k + 1]) && containsRoleWord(tokens, from, k, cues)) continue
    if (isPhraseWord(t, cues)) {
      last = k
      continue
    }
    // "said air force spokesman Andrii Koval": plain words before a title.
    if (isWord(t) && last < 0 && !NOT_HEADS.has(lw) && !isVerbLike(t) && roleWithin(tokens, k + 1, limit, cues)) continue
    // A plain noun right after a determiner: "says the report".
    if (isWord(t) && last < 0 && k > from && DETERMINERS.has(lower(tokens[k - 1])) && !NOT_HEADS.has(lw) && !isVerbLike(t)) {
      last = k
      continue
    }
    break
  }
  if (last < 0) return null
  const [a, b] = trimEdges(tokens, from, last + 1)
  if (!headIsValid(tokens, a, b, cues)) return null
  const phrase: SpeakerPhrase = { from: a, to: b }
  const closed = affiliationEnd(tokens, b, limit)
  if (closed >= 0) phrase.affiliation = { from: b, to: closed }
  return appositiveAfter(tokens, phrase, limit, cues)
}

/**
 * A role or a name between commas after a speaker phrase: "said Sergei Lavrov, Russia's foreign
 * minister.", "said Andrzej Halicki, rapporteur for the budget, after the vote", "The Minister for
 * Housing, Darragh O'Connell, rejected", "said the committee's rapporteur, Lena Holm (EPP, SE)."
 */
function appositiveAfter(tokens: readonly Token[], phrase: SpeakerPhrase, limit: number, cues: ReportingCues): SpeakerPhrase {
  const { from: a, to: b } = phrase
  const comma = phraseEnd(phrase)
  if (tokens[comma]?.text !== ',') return phrase
  let e = comma + 1
  while (e < limit && e - comma < 10 && (tokens[e].kind === 'word' || POSSESSIVE.has(tokens[e].text))) e++
  const closed = affiliationEnd(tokens, e, limit)
  const next = closed >= 0 ? closed : e
  if (e === comma + 1 || (next < limit && !/^[,.;!?]$/.test(tokens[next].text))) return phrase
  // The name after the role: before a comma, or at the end of the sentence when the role is a plain
  // title ("the committee's rapporteur", "the Belarusian Defence Minister"), not an organisation ("the Defence Ministry").
  const head = lower(tokens[b - 1])
  const nameEnds = tokens[next]?.text === ',' || (phrase.affiliation === undefined && (!isCapitalised(tokens[b - 1]) || (cues.isRoleWord(head) && !ORGANISATION_HEADS.has(head))))
  if (nameEnds && namesSomeone(tokens, comma + 1, e, cues) && containsRoleWord(tokens, a, b, cues) && !namesSomeone(tokens, a, b, cues)) {
    const named: SpeakerPhrase = { from: comma + 1, to: e, appositive: { from: a, to: b } }
    if (closed >= 0) named.affiliation = { from: e, to: closed }
    return named
  }
  if (closed < 0 && containsRoleWord(tokens, comma + 1, e, cues) && !opensPredicate(tokens, comma + 1, cues)) return { ...phrase, appositive: { from: comma + 1, to: listEnd(tokens, e, limit) } }
  // "said Mira Kovač, a 41-year-old nurse from the village of Dolina.": a description of the person named.
  if (closed < 0 && ARTICLES.has(lower(tokens[comma + 1])) && isNameWord(tokens[b - 1])) return { ...phrase, appositive: { from: comma + 1, to: e } }
  return phrase
}

/**
 * True when the words after a name's comma are the sentence going on, not a role: a lower-case word
 * that is no title word, with its object's article right after it ("Rustam Nazarov, met the Russian
 * ambassador on Friday"), unlike "rapporteur for the budget" or "a 41-year-old nurse".
 */
function opensPredicate(tokens: readonly Token[], k: number, cues: ReportingCues): boolean {
  const t = tokens[k]
  return isWord(t) && !isCapitalised(t) && !DETERMINERS.has(lower(t)) && !cues.isRoleWord(lower(t)) && DETERMINERS.has(lower(tokens[k + 1]))
}

/** The most words in one item of a list that closes a role. */
const MAX_LIST_ITEM = 3
const LIST_JOINS = new Set(['and', 'or'])

/**
 * Where a role ends that goes on with a list after the comma at `comma` ("the assistant secretary of the
 * Navy for research, development and acquisition."): after the list when it is short lower-case items,
 * the last joined by "and" or "or", up to the end of the sentence; else at the comma.
 */
function listEnd(tokens: readonly Token[], comma: number, limit: number): number {
  if (tokens[comma]?.text !== ',' || isCapitalised(tokens[comma - 1])) return comma
  let k = comma
  while (tokens[k]?.text === ',') {
    let words = 0
    let joined = false
    for (k++; k < limit && isWord(tokens[k]); k++) {
      const lw = lower(tokens[k])
      if (LIST_JOINS.has(lw)) joined = true
      else if (isCapitalised(tokens[k]) || NOT_HEADS.has(lw) || DETERMINERS.has(lw) || isVerbLike(tokens[k]) || ++words > MAX_LIST_ITEM) return comma
    }
    if (words === 0) return comma
    if (joined) return k >= limit || /^[.;!?]$/.test(tokens[k].text) ? k : comma
  }
  return comma
}

/** True when a title and a name come within three plain words from `k` ("force spokesman Andrii Koval"). */
function roleWithin(tokens: readonly Token[], k: number, limit: number, cues: ReportingCues): boolean {
  for (let n = k; n < limit && n < k + 3; n++) {
    const t = tokens[n]
    if (!isWord(t)) return false
    if (cues.isRoleWord(lower(t))) return n + 1 < limit && isNameWord(tokens[n + 1]) && !cues.isRoleWord(lower(tokens[n + 1]))
    if (isCapitalised(t) || NOT_HEADS.has(lower(t)) || isVerbLike(t)) return false
  }
  return false
}

/**
 * The source after "according to": every word up to the next punctuation, at most ten
 * ("according to national statistics", "according to the Kyrgyz Ministry of Defence").
 */
export function sourceAfter(tokens: readonly Token[], from: number, limit: number): SpeakerPhrase | null {
  let k = from
  while (k < limit && k - from < 10 && (tokens[k].kind === 'word' || tokens[k].text === '-' || tokens[k].text === '&')) k++
  if (k === from || k - from >= 10 || (k < limit && tokens[k].kind !== 'punct')) return null
  const [a, b] = trimEdges(tokens, from, k)
  return b > a && isWord(tokens[b - 1]) ? { from: a, to: b } : null
}

/**
 * The source after "according to" with what stands beside it: an affiliation and a role between
 * commas ("according to Sarah Collins, a spokesperson for the ministry, …"), or the role first and the
 * name between the commas ("according to the ministry's spokesperson, Karin Berg, …").
 */
export function sourceWithRole(tokens: readonly Token[], from: number, limit: number, cues: ReportingCues): SpeakerPhrase | null {
  const phrase = sourceAfter(tokens, from, limit)
  if (!phrase) return null
  const closed = affiliationEnd(tokens, phrase.to, limit)
  if (closed >= 0) phrase.affiliation = { from: phrase.to, to: closed }
  const comma = phraseEnd(phrase)
  if (tokens[comma]?.text !== ',') return phrase
  const middle = sourceAfter(tokens, comma + 1, limit)
  // The sentence goes on after the second comma: what stands between the commas is beside the source.
  if (!middle || middle.from !== comma + 1 || tokens[middle.to]?.text !== ',') return phrase
  if (closed < 0 && namesSomeone(tokens, middle.from, middle.to, cues) && containsRoleWord(tokens, phrase.from, phrase.to, cues) && !namesSomeone(tokens, phrase.from, phrase.to, cues)) {
    return { from: middle.from, to: middle.to, appositive: { from: phrase.from, to: phrase.to } }
  }
  if (isNameWord(tokens[phrase.to - 1]) && describesRole(tokens, middle.from, middle.to, cues)) return { ...phrase, appositive: middle }
  return phrase
}

/** "a spokesperson for the X", "the X's spokesperson", "rapporteur for the budget": a description that gives a role and says nothing more. */
function describesRole(tokens: readonly Token[], from: number, to: number, cues: ReportingCues): boolean {
  if (!containsRoleWord(tokens, from, to, cues)) return false
  const first = tokens[from]
  return ARTICLES.has(lower(first)) || cues.isRoleWord(lower(first)) || (!isCapitalised(first) && DETERMINERS.has(lower(first)))
}
