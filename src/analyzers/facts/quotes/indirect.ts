import type { Sentence, Token } from '../../../text/types.ts'
import type { Attribution } from './attribution.ts'
import { INDIRECT_VERBS, type ReportingCues } from './reporting-cues.ts'
import { speakerAfter, speakerBefore } from './speaker-phrase.ts'

/** Reported speech: the reported clause as token indices `[from, to)` and its attribution. */
export interface IndirectSpeech {
  from: number
  to: number
  attribution: Attribution
  /** true when "that" (or "of" after "accused") marks the clause */
  marked: boolean
}

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '')
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

/**
 * Finds reported speech in a sentence: "X claimed that …", "the ministry said (that) …",
 * "X accused Y of …", "…, as they had announced", "According to X, …" / "…, according to X".
 * `quoted(offset)` tells whether an offset lies inside a direct quote (those words are skipped).
 */
export function findIndirectSpeech(tokens: readonly Token[], sentence: Sentence, cues: ReportingCues, quoted: (offset: number) => boolean): IndirectSpeech[] {
  const out: IndirectSpeech[] = []
  const { tokenStart: first, tokenEnd: end } = sentence
  for (let v = first; v < end; v++) {
    const t = tokens[v]
    // Reporting verbs are written in lower case; checking the raw text first keeps this loop cheap.
    if (t.kind !== 'word' || !(INDIRECT_VERBS.has(t.text) || t.text === 'according' || t.text === 'According') || quoted(t.start)) continue
    const lw = lower(t)
    if (lw === 'according' && lower(tokens[v + 1]) === 'to') {
      const phrase = speakerAfter(tokens, v + 2, end, cues)
      if (!phrase) continue
      const attribution = { phrase, cue: 'according to', cueToken: v }
      const phraseEnd = phrase.appositive?.to ?? phrase.to
      if (v === first && tokens[phraseEnd]?.text === ',') out.push({ from: phraseEnd + 1, to: clauseEnd(tokens, phraseEnd + 1, end), attribution, marked: true })
      else if (v > first && tokens[v - 1].text === ',') out.push({ from: first, to: v - 1, attribution, marked: true })
      continue
    }
    if (!INDIRECT_VERBS.has(lw) || PASSIVE.has(lower(tokens[v - 1]))) continue
    if (lw === 'pointed' && lower(tokens[v + 1]) !== 'out') continue
    const next = tokens[v + 1]
    if (!next || next.text === ':' || next.kind === 'quote') continue
    const phrase = speakerBefore(tokens, v, first, cues)
    if (!phrase) continue
    const attribution = { phrase, cue: lw === 'pointed' ? 'pointed out' : t.text, cueToken: v }
    // "…, as they had announced."
    if (lower(tokens[phrase.from - 1]) === 'as' && tokens[phrase.from - 2]?.text === ',' && clauseEnd(tokens, v + 1, end) === v + 1) {
      out.push({ from: first, to: phrase.from - 2, attribution, marked: true })
      continue
    }
    if (lw === 'accused') {
      for (let k = v + 1; k < end && k <= v + 8; k++) {
        if (lower(tokens[k]) === 'of' && k > v + 1) {
          out.push({ from: v + 1, to: clauseEnd(tokens, v + 1, end), attribution, marked: true })
          break
        }
        if (tokens[k].kind === 'punct') break
      }
      continue
    }
    const that = thatAfter(tokens, v, end)
    if (that >= 0) {
      if (that + 1 < end) out.push({ from: that + 1, to: clauseEnd(tokens, that + 1, end), attribution, marked: true })
      continue
    }
    const clauseStart = v + 1 + (lw === 'told' || lw === 'tells' ? 1 : 0)
    const opener = tokens[clauseStart]
    if (lw !== 'told' && lw !== 'tells' && opener && (CLAUSE_STARTS.has(lower(opener)) || /^\p{Lu}/u.test(opener.text)) && hasFiniteVerb(tokens, clauseStart + 1, end)) {
      out.push({ from: clauseStart, to: clauseEnd(tokens, clauseStart, end), attribution, marked: false })
    }
  }
  for (const s of out) while (s.from < s.to && (tokens[s.from].kind === 'punct' || tokens[s.from].kind === 'quote')) s.from++
  return out.filter((s) => s.to > s.from)
}
