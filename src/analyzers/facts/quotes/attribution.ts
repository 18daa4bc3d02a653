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
/** A reporting verb in "-ing" ("adding", "saying"): no inverted subject follows it. */
const PARTICIPLE = /ing$/i
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
    // "“ready”, adding that the drills …": a participle takes no subject after it; its speaker is the sentence's.
    if (PARTICIPLE.test(cue)) return null
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

/** Verbs that direct someone to act, with "to" and the act after the addressee: "ordered the authorities to …". */
const DIRECTIVES = new Set(['ordered', 'orders', 'ordering', 'instructed', 'instructs', 'instructing', 'urging', 'asking', 'directed', 'directs', 'directing'])
/** "called on", "calls upon": a verb that directs only with its particle. */
const DIRECTIVES_WITH_ON = new Set(['called', 'calls', 'calling', 'call'])

/**
 * A directive whose act holds the quotation: "She called on the CDU/CSU to stop “spreading fear …”",
 * "…, ordering the authorities to hold the vote “as soon as possible”" (GUIDE: quoted words inside the
 * object of a speech act are the speaker's). The cue, or null when the verb at `k` directs no one or
 * no "to" stands between it and the quotation at `end`.
 */
function directiveAt(tokens: readonly Token[], k: number, end: number): string | null {
  const lw = lower(tokens[k])
  const particle = DIRECTIVES_WITH_ON.has(lw) && (lower(tokens[k + 1]) === 'on' || lower(tokens[k + 1]) === 'upon')
  if (!particle && !DIRECTIVES.has(lw)) return null
  for (let n = k + 1; n < end; n++) if (lower(tokens[n]) === 'to') return particle ? `${tokens[k].text} ${tokens[k + 1].text}` : tokens[k].text
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
  let fallback: Attribution | null = null
  for (let v = end - 1; v >= floor && v >= end - 25; v--) {
    if (tokens[v].kind === 'quote') break
    if (lower(tokens[v]) === 'according' && lower(tokens[v + 1]) === 'to') {
      const phrase = sourceWithRole(tokens, v + 2, end, cues)
      if (phrase && phraseEnd(phrase) === end) return { phrase, cue: 'according to', cueToken: v }
      continue
    }
    const directive = directiveAt(tokens, v, end)
    const cue = cueAt(tokens, v, cues) ?? directive
    if (!cue || isPassiveOrInfinitive(tokens, v)) continue
    const before = speakerBefore(tokens, v, floor, cues)
    if (before) return { phrase: before, cue, cueToken: v }
    // "BNIC said … and called on Paris to …": the verb before it names the subject better than the sentence's first words.
    const shared: SpeakerPhrase | null = directive && !fallback ? sharedSubject(tokens, floor, v, cues) : null
    if (shared) fallback = { phrase: shared, cue, cueToken: v }
    const after = speakerAfter(tokens, v + cue.split(' ').length, end, cues)
    if (after && phraseEnd(after) === end) return { phrase: after, cue, cueToken: v }
  }
  return fallback
}

/** Verbs that put a label on something, in the forms that report it: "called the measure “too little and too late”". */
const LABELLING = new Set([
  'called', 'calls', 'call', 'described', 'describes', 'describe', 'branded', 'brands', 'brand', 'labelled', 'labeled', 'labels', 'dubbed', 'dubs', 'termed', 'terms',
  'calling', 'describing', 'branding', 'labelling', 'labeling', 'dubbing', 'terming',
])
/** Verbs of judgement that label with "as" right before the quotation: "condemned the measures as “illegal and inhuman”". */
const LABELLING_AS = new Set([
  'criticised', 'criticized', 'criticises', 'criticizes', 'criticising', 'criticizing', 'condemned', 'condemns', 'condemning', 'denounced', 'denounces', 'denouncing',
  'dismissed', 'dismisses', 'dismissing', 'rejected', 'rejects', 'rejecting', 'hailed', 'hails', 'hailing', 'praised', 'praises', 'praising', 'welcomed', 'welcomes', 'welcoming',
])
const ARTICLES = new Set(['a', 'an', 'the'])
/** Words that make the verb passive or a fixed name: "were called extremists", "the so-called …". */
const NOT_SPEAKING_BEFORE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'so', 'so-', 'also-'])
/** How many tokens the labelled thing may take between the verb and the quote: "called the movement's petition". */
const MAX_LABELLED = 8

/**
 * A label put on something in the speaker's words: "The AfD … called the measure “too little and too
 * late”", "Tusk described the controls as “unacceptable”", "a decision Beijing has called “unfair and
 * unreasonable”". The quote is the labeller's (GUIDE: "call X “…”" is speech), and the verb is the cue.
 * The verb stands before the opening mark at `open`, past what is labelled and an "as"; it is no passive
 * ("we were called extremists") and no "so-called", the labeller is named (`named`: an entity in the
 * phrase), and the quotation is the whole label, not a term inside it ("called it a “special
 * operation”"). Null when the text before the mark is no such label.
 */
export function labelAttribution(tokens: readonly Token[], floor: number, open: number, cues: ReportingCues, named: (phrase: SpeakerPhrase) => boolean): Attribution | null {
  let k = open - 1
  // "called it a “special operation”": a term inside the label is a scare quote, not the label itself.
  if (ARTICLES.has(lower(tokens[k]))) return null
  if (lower(tokens[k]) === 'as') k--
  for (let n = 0; k >= floor && n <= MAX_LABELLED; k--, n++) {
    const t = tokens[k]
    if (t.kind === 'quote' && !t.spaceBefore && /s$/.test(tokens[k - 1]?.text ?? '')) continue
    if (t.kind !== 'word' && t.text !== '’s' && t.text !== "'s" && t.text !== '-') return null
    const labelsAs = LABELLING_AS.has(lower(t)) && lower(tokens[open - 1]) === 'as'
    if (!LABELLING.has(lower(t)) && !labelsAs) continue
    if (NOT_SPEAKING_BEFORE.has(lower(tokens[k - 1])) || tokens[k - 1]?.text === '-') return null
    // "describe … as": only "described" with its "as", the others with or without it.
    if (lower(t).startsWith('describ') && lower(tokens[open - 1]) !== 'as') return null
    // Only a named labeller speaks: "Critics called it “a blunder”" names no one (GUIDE).
    const participle = tokens[k - 1]?.text === ',' && PARTICIPLE.test(lower(t))
    const phrase = (participle ? null : speakerBefore(tokens, k, floor, cues)) ?? sharedSubject(tokens, floor, k, cues)
    return phrase && named(phrase) ? { phrase, cue: t.text, cueToken: k } : null
  }
  return null
}

/** Marks that close a dateline before the first sentence's subject: "Berlin, 12 September 2024 – The AfD …". */
const DATELINE_ENDS = new Set(['–', '—', '-'])
const MAX_DATELINE = 12

/**
 * The subject that opens the sentence, for a verb joined to its first one by "and" or "but", or a
 * participle after a comma: "The AfD group has welcomed the decision, but called the measure …",
 * "Volkova rejected the claims, calling the reports …". A dateline before it is passed over.
 */
function sharedSubject(tokens: readonly Token[], floor: number, verb: number, cues: ReportingCues): SpeakerPhrase | null {
  const joiner = lower(tokens[verb - 1])
  // "…, calling the reports “another invention”": a participle after a comma shares it too.
  if (joiner !== 'and' && joiner !== 'but' && !(joiner === ',' && PARTICIPLE.test(lower(tokens[verb])))) return null
  let from = floor
  for (let k = floor; k < verb && k < floor + MAX_DATELINE; k++) {
    if (DATELINE_ENDS.has(tokens[k].text) && tokens[k].spaceBefore) {
      from = k + 1
      break
    }
  }
  const phrase = speakerAfter(tokens, from, verb, cues)
  return phrase && !phrase.pronoun ? phrase : null
}
