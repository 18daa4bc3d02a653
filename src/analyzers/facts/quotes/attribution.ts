import type { Token } from '../../../text/types.ts'
import type { ReportingCues } from './reporting-cues.ts'
import { phraseEnd, phraseStart, sourceWithRole, speakerAfter, speakerBefore, type SpeakerPhrase } from './speaker-phrase.ts'
import { lowerOf } from './token-words.ts'

/** Who a quote is attributed to in the text around it, and the words that say so. */
export interface Attribution {
  /** null when the text names no speaker ("it was announced that …", "reports that …") */
  phrase: SpeakerPhrase | null
  /** the reporting verb or "according to" */
  cue: string
  /** index of the cue's first token */
  cueToken: number
}

const lower = lowerOf
const SENTENCE_END = /^(?:[.!?]+|…)$/
const LEAD_IN = new Set([',', ':', '—', '–', '-', 'that'])
const FINITE = new Set(['would', 'will', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'could', 'must', 'should', 'did', 'can', 'may', 'might', 'shall'])

function cueAt(tokens: readonly Token[], k: number, cues: ReportingCues): string | null {
  const t = tokens[k]
  if (!t || t.kind !== 'word') return null
  const lw = lower(t)
  if (!cues.isVerb(lw)) return null
  const pointed = lw === 'pointed' || lw === 'points'
  if (pointed && lower(tokens[k + 1]) !== 'out') return null
  return pointed ? `${t.text} ${tokens[k + 1].text}` : t.text
}

function isPassiveOrInfinitive(tokens: readonly Token[], verb: number): boolean {
  const before = lower(tokens[verb - 1])
  return before === 'to' || before === 'was' || before === 'were' || before === 'been' || before === 'be' || before === 'is' || before === 'are'
}

// “A.” He added: “B.” — after a finished sentence, a verb leading into a quote introduces that quote.
function leadsIntoQuote(tokens: readonly Token[], after: number, quoteEndsSentence: boolean): boolean {
  const t = tokens[after]
  return t?.text === ':' || (quoteEndsSentence && (t?.kind === 'quote' || (t?.text === ',' && tokens[after + 1]?.kind === 'quote')))
}

// After a quote that ends its sentence, a new sentence attributes it only when it says no more
// than who spoke: “We are ready.” Lavrov told reporters. — not “…” Lavrov said the drills had ended.
function saysOnlyWhoSpoke(tokens: readonly Token[], after: number, limit: number): boolean {
  for (let e = after; e < limit && e < after + 6; e++) {
    const w = lower(tokens[e])
    if (SENTENCE_END.test(tokens[e].text)) return true
    if (w === 'that' || tokens[e].kind === 'quote' || FINITE.has(w) || (w.length > 4 && w.endsWith('ed'))) return false
  }
  return after >= limit
}

function endsAttribution(tokens: readonly Token[], after: number, limit: number, quoteEndsSentence: boolean): boolean {
  return !leadsIntoQuote(tokens, after, quoteEndsSentence) && (!quoteEndsSentence || saysOnlyWhoSpoke(tokens, after, limit))
}

/**
 * Attribution right after a closing quote mark: “…,” said Lavrov / “…,” Lavrov said / “…,” he
 * added / “…,” according to the ministry. `limit` is the first token not to read (paragraph end
 * or the next quote). A verb that goes on with ":" introduces the next quote instead, and so does
 * one leading into a quote after a quote that ends its sentence.
 */
export function attributionAfter(tokens: readonly Token[], from: number, limit: number, cues: ReportingCues, quoteEndsSentence: boolean): Attribution | null {
  let k = from
  if (k < limit && /^[,—–-]$/.test(tokens[k].text)) k++
  if (k >= limit || SENTENCE_END.test(tokens[k].text)) return null
  const cue = cueAt(tokens, k, cues)
  if (cue) {
    const phrase = speakerAfter(tokens, k + cue.split(' ').length, limit, cues)
    const end = phrase ? phraseEnd(phrase) : 0
    if (phrase && endsAttribution(tokens, end, limit, quoteEndsSentence)) return { phrase, cue, cueToken: k }
    return null
  }
  if (lower(tokens[k]) === 'according' && lower(tokens[k + 1]) === 'to') {
    const phrase = sourceWithRole(tokens, k + 2, limit, cues)
    // A comma after the source opens the clause it reports ("According to X, …"): that is not this quote's attribution.
    return phrase && tokens[phraseEnd(phrase)]?.text !== ',' && endsAttribution(tokens, phrase.to, limit, quoteEndsSentence) ? { phrase, cue: 'according to', cueToken: k } : null
  }
  // "Lavrov said", "the Secretary-General of the SCO Zhang Ming stated", "Lavrov, Russia's foreign minister, said".
  for (let v = k + 1; v < limit && v <= k + 16; v++) {
    if (SENTENCE_END.test(tokens[v].text) || tokens[v].kind === 'quote') break
    const verbCue = cueAt(tokens, v, cues)
    if (!verbCue || isPassiveOrInfinitive(tokens, v)) continue
    const phrase = speakerBefore(tokens, v, k, cues)
    const after = v + verbCue.split(' ').length
    const startsHere = phrase && phraseStart(phrase) === k
    if (phrase && startsHere && endsAttribution(tokens, after, limit, quoteEndsSentence)) return { phrase, cue: verbCue, cueToken: v }
    break
  }
  return null
}

/**
 * Attribution before an opening quote mark, between `floor` (sentence start or the previous
 * quote) and the mark at token `open`: Lavrov said: “…” / said Lavrov, “…” / X stated when
 * talking about Y: ‘…’ / According to X, “…”.
 */
export function attributionBefore(tokens: readonly Token[], floor: number, open: number, cues: ReportingCues): Attribution | null {
  let end = open
  while (end > floor && LEAD_IN.has(lower(tokens[end - 1]))) end--
  if (end <= floor) return null
  for (let v = end - 1; v >= floor && v >= end - 25; v--) {
    if (tokens[v].kind === 'quote') break
    if (lower(tokens[v]) === 'according' && lower(tokens[v + 1]) === 'to') {
      const phrase = sourceWithRole(tokens, v + 2, end, cues)
      if (phrase && phraseEnd(phrase) === end) return { phrase, cue: 'according to', cueToken: v }
      continue
    }
    const cue = cueAt(tokens, v, cues)
    if (!cue || isPassiveOrInfinitive(tokens, v)) continue
    const before = speakerBefore(tokens, v, floor, cues)
    if (before) return { phrase: before, cue, cueToken: v }
    const after = speakerAfter(tokens, v + cue.split(' ').length, end, cues)
    if (after && phraseEnd(after) === end) return { phrase: after, cue, cueToken: v }
  }
  return null
}
