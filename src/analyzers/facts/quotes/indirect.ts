import type { Sentence, Token } from '../../../text/types.ts'
import type { Attribution } from './attribution.ts'
import { INDIRECT_VERBS, type ReportingCues } from './reporting-cues.ts'
import { sourceAfter, speakerBefore } from './speaker-phrase.ts'
import { lowerOf } from './token-words.ts'

/** Reported speech: the reported clause as token indices `[from, to)` and its attribution. */
export interface IndirectSpeech {
  from: number
  to: number
  attribution: Attribution
  /** true when "that" (or "of" after "accused") marks the clause */
  marked: boolean
}

const lower = lowerOf
const FINITE = new Set(['would', 'will', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'could', 'must', 'should', 'did', 'can', 'may', 'might', 'shall'])
const CLAUSE_STARTS = new Set(['the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'there', 'no', 'all'])
const PASSIVE = new Set(['to', 'was', 'were', 'been', 'be', 'is', 'are'])

/** Drops closing punctuation and quote marks at the end of a clause. */
function clauseEnd(tokens: readonly Token[], from: number, to: number): number {
  while (to > from && (tokens[to - 1].kind === 'punct' || tokens[to - 1].kind === 'quote')) to--
  return to
}

function thatAfter(tokens: readonly Token[], verb: number, end: number): number {
  for (let k = verb + 1; k < end && k <= verb + 9; k++) {
    const t = tokens[k]
    if (lower(t) === 'that') return k
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',')) return -1
  }
  return -1
}

function hasFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 10; k++) {
    const lw = lower(tokens[k])
    if (FINITE.has(lw) || (lw.length > 4 && lw.endsWith('ed') && k > from)) return true
    if (tokens[k].kind === 'punct' && tokens[k].text !== '-') return false
  }
  return false
}

/** Where reported speech can be: its verbs and "according to", written as a whole word in these letters. */
const HINT_WORDS: ReadonlySet<string> = new Set([...INDIRECT_VERBS, 'according', 'According'])
const HINT_LENGTHS = new Set([...HINT_WORDS].map((w) => w.length))
const HINT_ENDINGS = new Set([...HINT_WORDS].map((w) => w.charCodeAt(w.length - 1)))

/** True for the characters of a word in the sense of `\b`: ASCII letters, digits and "_". */
function isWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
}

/**
 * The tokens where reported speech can be: a reporting verb or "according" standing as a whole word
 * (what `\b(?:said|…|[Aa]ccording)\b` finds at a token's start). A token's text is its span of `text`.
 *
 * @example
 * indirectHints(text, tokens) // [1] for "Lavrov said that …"
 */
export function indirectHints(text: string, tokens: readonly Token[]): number[] {
  const out: number[] = []
  for (let v = 0; v < tokens.length; v++) {
    const { start, end } = tokens[v]
    // Length and last letter first: they are read without touching the token's text.
    if (!HINT_LENGTHS.has(end - start) || !HINT_ENDINGS.has(text.charCodeAt(end - 1))) continue
    if ((start > 0 && isWordCharacter(text.charCodeAt(start - 1))) || (end < text.length && isWordCharacter(text.charCodeAt(end)))) continue
    if (HINT_WORDS.has(tokens[v].text)) out.push(v)
  }
  return out
}

function speech(tokens: readonly Token[], from: number, to: number, attribution: Attribution, marked: boolean): IndirectSpeech | null {
  while (from < to && (tokens[from].kind === 'punct' || tokens[from].kind === 'quote')) from++
  return to > from ? { from, to, attribution, marked } : null
}

/**
 * Reads reported speech around the verb (or "according") at token `v` of a sentence: "X claimed
 * that …", "the ministry said (that) …", "X accused Y of …", "…, as they had announced",
 * "According to X, …" / "…, according to X". Returns null when the word reports nothing here.
 */
export function indirectSpeechAt(tokens: readonly Token[], sentence: Sentence, v: number, cues: ReportingCues): IndirectSpeech | null {
  const { tokenStart: first, tokenEnd: end } = sentence
  const t = tokens[v]
  if (t.kind !== 'word') return null
  const lw = lower(t)
  if (lw === 'according') {
    if (lower(tokens[v + 1]) !== 'to') return null
    const phrase = sourceAfter(tokens, v + 2, end)
    if (!phrase) return null
    const attribution = { phrase, cue: 'according to', cueToken: v }
    if (v === first && tokens[phrase.to]?.text === ',') return speech(tokens, phrase.to + 1, clauseEnd(tokens, phrase.to + 1, end), attribution, true)
    if (v > first && tokens[v - 1].text === ',') return speech(tokens, first, v - 1, attribution, true)
    return null
  }
  if (!INDIRECT_VERBS.has(lw) || PASSIVE.has(lower(tokens[v - 1]))) return null
  if (lw === 'pointed' && lower(tokens[v + 1]) !== 'out') return null
  const next = tokens[v + 1]
  if (!next || next.text === ':' || next.kind === 'quote') return null
  const phrase = speakerBefore(tokens, v, first, cues)
  if (!phrase) return null
  const attribution = { phrase, cue: lw === 'pointed' ? 'pointed out' : t.text, cueToken: v }
  // "…, as they had announced."
  if (lower(tokens[phrase.from - 1]) === 'as' && tokens[phrase.from - 2]?.text === ',' && clauseEnd(tokens, v + 1, end) === v + 1) {
    return speech(tokens, first, phrase.from - 2, attribution, true)
  }
  if (lw === 'accused') {
    for (let k = v + 2; k < end && k <= v + 8; k++) {
      if (lower(tokens[k]) === 'of') return speech(tokens, v + 1, clauseEnd(tokens, v + 1, end), attribution, true)
      if (tokens[k].kind === 'punct') break
    }
    return null
  }
  const that = thatAfter(tokens, v, end)
  if (that >= 0) return speech(tokens, that + 1, clauseEnd(tokens, that + 1, end), attribution, true)
  if (lw === 'told' || lw === 'tells') return null
  const opener = tokens[v + 1]
  if ((CLAUSE_STARTS.has(lower(opener)) || /^\p{Lu}/u.test(opener.text)) && hasFiniteVerb(tokens, v + 2, end)) {
    return speech(tokens, v + 1, clauseEnd(tokens, v + 1, end), attribution, false)
  }
  return null
}
