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

const RELATIVE = new Set(['who', 'which', 'whose', 'whom'])
const ARTICLES = new Set(['a', 'an', 'the'])
/** Days that may stand between a speaker and the verb: "Lavrov on Thursday said", "the ministry today said". */
const DAY_WORDS = new Set(['today', 'yesterday', 'tonight'])
/** "briefed on", "familiar with", "close to": a participle or adjective with its object after the one who speaks. */
const REDUCED_RELATIVE_PREPOSITIONS = new Set(['on', 'with', 'to', 'about', 'in'])
const REDUCED_RELATIVE_HEADS = new Set(['familiar', 'close', 'involved'])
const PERIODS = new Set(['week', 'month', 'year', 'weekend'])
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
 * Thursday", "Monday") and an acronym in brackets ("the Committee to Protect Journalists (CPJ) said").
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
    } else if (t.text === ')' && k - 2 >= floor && tokens[k - 2].text === '(' && isNameWord(tokens[k - 1])) k -= 3
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
  const end = k + 1
  let from = k
  let plain = 0
  // "the air force", "an international arbitration tribunal": plain words before a title or an
  // organisation's head noun count once a determiner comes.
  const modifiable = ORGANISATION_HEADS.has(lower(head)) || cues.isRoleWord(lower(head))
  for (k = k - 1; k >= floor && end - k <= 12; k--) {
    const t = tokens[k]
    const lw = lower(t)
    if (DETERMINERS.has(lw)) {
      from = k
      if (k - 1 >= floor && CONNECTORS.has(lower(tokens[k - 1])) && lower(tokens[k - 1]) !== 'and') continue
      break
    }
    if (POSSESSIVE.has(t.text) || CONNECTORS.has(lw) || isPhraseWord(t, cues)) {
      if (!CONNECTORS.has(lw)) from = k
      continue
    }
    if (modifiable && isWord(t) && !isCapitalised(t) && !NOT_HEADS.has(lw) && ++plain <= 3) continue
    break
  }
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

function isVerbLike(t: Token): boolean {
  const lw = lower(t)
  return lw.length > 4 && (lw.endsWith('ed') || lw.endsWith('ing'))
}

/** "Sergei Lavrov, Russia's foreign minister, said": the name before the commas, the role between them. */
function appositiveBefore(tokens: readonly Token[], comma: number, floor: number, cues: ReportingCues): SpeakerPhrase | null {
  let k = comma - 1
  while (k >= floor && k > comma - 25 && tokens[k].text !== ',' && (tokens[k].kind !== 'quote' || isPluralPossessive(tokens, k)) && !/^[.!?;:]$/.test(tokens[k].text)) k--
  if (k < floor || tokens[k].text !== ',' || k + 1 >= comma) return null
  // "Keith Vaz, chairman of the committee, who had called for the ban, said", "The mission, which has
  // 200 monitors, said", "Petrosyan, speaking to reporters, said": the clause between the commas is passed over.
  if (RELATIVE.has(lower(tokens[k + 1])) || (!isCapitalised(tokens[k + 1]) && isVerbLike(tokens[k + 1]))) {
    const outer = speakerBefore(tokens, k + 1, floor, cues)
    if (outer) return outer
    const plainBefore = speakerBefore(tokens, k, floor, cues)
    return plainBefore && !plainBefore.pronoun ? plainBefore : null
  }
  if (comma - k > 12) return null
  const middle = { from: k + 1, to: comma }
  const before = speakerBefore(tokens, k, floor, cues)
  if (!before || before.pronoun || before.appositive) return null
  // "NATO's spokesperson, Oana Lungescu, said", "the group's spokesman, Brigadier Nasser al-Hadi, said":
  // the role comes first, the name between the commas.
  if (namesSomeone(tokens, middle.from, middle.to, cues) && cues.isRoleWord(lower(tokens[before.to - 1]))) {
    return { from: middle.from, to: middle.to, appositive: { from: before.from, to: before.to } }
  }
  if (containsRoleWord(tokens, middle.from, middle.to, cues)) return { ...before, appositive: middle }
  // "The United States, a treaty ally of the Philippines, said": a description between the commas.
  if (ARTICLES.has(lower(tokens[middle.from]))) return { ...before, appositive: middle }
  return null
}

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
  // "said Sergei Lavrov, Russia's foreign minister." / "The Minister for Housing, Darragh O'Connell, rejected"
  if (tokens[b]?.text === ',') {
    let e = b + 1
    while (e < limit && e - b < 10 && (tokens[e].kind === 'word' || POSSESSIVE.has(tokens[e].text))) e++
    if (e > b + 1 && (e >= limit || /^[,.;!?]$/.test(tokens[e].text))) {
      if (namesSomeone(tokens, b + 1, e, cues) && containsRoleWord(tokens, a, b, cues) && !namesSomeone(tokens, a, b, cues) && tokens[e]?.text === ',') {
        return { from: b + 1, to: e, appositive: { from: a, to: b } }
      }
      if (containsRoleWord(tokens, b + 1, e, cues)) phrase.appositive = { from: b + 1, to: e }
    }
  }
  return phrase
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
