import type { Token } from '../../../text/types.ts'
import { MONTHS, WEEKDAYS } from '../dates/calendar.ts'
import { SPEAKER_PRONOUNS, SPEAKER_VERB_ADVERBS, type ReportingCues } from './reporting-cues.ts'
import { lowerOf } from './token-words.ts'

/** A speaker phrase as token indices `[from, to)`, with an appositive role when there is one. */
export interface SpeakerPhrase {
  from: number
  to: number
  /** "Sergei Lavrov, Russia's foreign minister, said": the part between the commas */
  appositive?: { from: number; to: number }
  /** set when the phrase is a lone subject pronoun */
  pronoun?: string
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
])
// Lower-case words that cannot head a speaker phrase.
const NOT_HEADS = new Set(['that', 'which', 'who', 'what', 'and', 'or', 'but', 'as', 'than', 'then', 'there', 'also', 'not', 'never', 'this', 'these', 'those', 'it', 'is', 'was', 'be', 'been', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'so', 'have', 'has', 'had'])

const RELATIVE = new Set(['who', 'which', 'whose', 'whom'])
const lower = lowerOf
const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word'
const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text)
const isCalendarWord = (t: Token) => MONTHS.has(lower(t).replace(/\.$/, '')) || WEEKDAYS.has(lower(t))

/** A capitalised word that can be part of a name or title ("Zhang", "Secretary-General", "Gen.", "U.S."). */
export function isNameWord(t: Token): boolean {
  return isWord(t) && isCapitalised(t) && !NOT_NAMES.has(lower(t)) && !isCalendarWord(t)
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

/** Reads a speaker phrase that ends right before token `verb` ("the minister said", "he added"). */
export function speakerBefore(tokens: readonly Token[], verb: number, floor: number, cues: ReportingCues): SpeakerPhrase | null {
  let k = verb - 1
  while (k >= floor && isWord(tokens[k]) && SPEAKER_VERB_ADVERBS.has(lower(tokens[k]))) k--
  if (k < floor) return null
  if (tokens[k].text === ',') return appositiveBefore(tokens, k, floor, cues)
  const head = tokens[k]
  if (!isWord(head)) return null
  if (SPEAKER_PRONOUNS.has(lower(head))) return { from: k, to: k + 1, pronoun: lower(head) }
  if (NOT_HEADS.has(lower(head)) || (!isCapitalised(head) && isVerbLike(head))) return null
  const end = k + 1
  let from = k
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
    break
  }
  const [a, b] = trimEdges(tokens, from, end)
  return headIsValid(tokens, a, b, cues) ? { from: a, to: b } : null
}

function isVerbLike(t: Token): boolean {
  const lw = lower(t)
  return lw.length > 4 && (lw.endsWith('ed') || lw.endsWith('ing'))
}

/** "Sergei Lavrov, Russia's foreign minister, said": the name before the commas, the role between them. */
function appositiveBefore(tokens: readonly Token[], comma: number, floor: number, cues: ReportingCues): SpeakerPhrase | null {
  let k = comma - 1
  while (k >= floor && k > comma - 25 && tokens[k].text !== ',' && tokens[k].kind !== 'quote' && !/^[.!?;:]$/.test(tokens[k].text)) k--
  if (k < floor || tokens[k].text !== ',' || k + 1 >= comma) return null
  // "Keith Vaz, chairman of the committee, who had called for the ban, said": skip the relative clause.
  if (RELATIVE.has(lower(tokens[k + 1]))) return speakerBefore(tokens, k + 1, floor, cues)
  if (comma - k > 12) return null
  const middle = { from: k + 1, to: comma }
  const before = speakerBefore(tokens, k, floor, cues)
  if (!before || before.pronoun || before.appositive) return null
  if (containsRoleWord(tokens, middle.from, middle.to, cues)) return { ...before, appositive: middle }
  // "NATO's spokesperson, Oana Lungescu, said": the role comes first, the name between the commas.
  let allNames = true
  for (let n = middle.from; n < middle.to; n++) allNames &&= isNameWord(tokens[n]) || NAME_PARTICLES.has(lower(tokens[n]))
  if (allNames && containsRoleWord(tokens, before.from, before.to, cues)) return { from: middle.from, to: middle.to, appositive: { from: before.from, to: before.to } }
  return null
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
    if (isPhraseWord(t, cues)) {
      last = k
      continue
    }
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
  // "said Sergei Lavrov, Russia's foreign minister."
  if (tokens[b]?.text === ',') {
    let e = b + 1
    while (e < limit && e - b < 10 && tokens[e].kind === 'word') e++
    if (e > b + 1 && (e >= limit || /^[,.;!?]$/.test(tokens[e].text)) && containsRoleWord(tokens, b + 1, e, cues)) phrase.appositive = { from: b + 1, to: e }
  }
  return phrase
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
