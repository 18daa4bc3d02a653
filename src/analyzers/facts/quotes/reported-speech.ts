import { findDateline } from '../../../text/dateline.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import type { Attribution } from './attribution.ts'
import { ORGANISATION_HEADS, SPEAKER_VERB_ADVERBS, type ReportingCues } from './reporting-cues.ts'
import { phraseEnd, phraseStart, sourceWithRole, speakerAfter, speakerBefore, type SpeakerPhrase } from './speaker-phrase.ts'
import { lowerOf } from './token-words.ts'
import { verbForm, WORD, type VerbForm } from './word-flags.ts'

/** Reported speech: the reported clause as token indices `[from, to)` and its attribution. */
export interface ReportedSpeech {
  from: number
  to: number
  attribution: Attribution
  /** true when "that" (or "according to") marks the clause */
  marked: boolean
}

/** What the reader looks at: the tokens, their WORD bits, the cue tables and where names are. */
export interface SpeechScope {
  tokens: readonly Token[]
  flags: Int32Array
  cues: ReportingCues
  /** true when the token is part of an entity mention ("States" in "United States") */
  inName: (token: number) => boolean
}

/** Where a reported clause may end besides the sentence's end: at a comma (inside a relative clause), or before a second participle. */
type StopAt = 'sentence' | 'comma' | 'participle'

interface Clause {
  from: number
  to: number
  marked: boolean
}

const lower = lowerOf
const HINTS = WORD.reportingVerb | WORD.reportingNoun | WORD.according
/** Punctuation left out at the edges of a clause; a closing bracket stays. */
const EDGE_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '—', '–', '-', '…', '--'])
const CLAUSE_BREAKS = new Set(['.', ';', ':', '!', '?'])
const DASHES = new Set(['—', '–', '--'])
const POSSESSIVE = new Set(['’s', "'s"])
const PRONOUN_OF_POSSESSIVE: Readonly<Record<string, string>> = { his: 'he', her: 'she', its: 'it', their: 'they', our: 'we' }
/** How far a clause is read for its verb. */
const VERB_WINDOW = 25

const is = (scope: SpeechScope, i: number, bits: number) => i >= 0 && i < scope.tokens.length && (scope.flags[i] & bits) !== 0
const textAt = (scope: SpeechScope, i: number) => scope.tokens[i]?.text ?? ''

/**
 * The tokens where reported speech can be: reporting verbs, reporting nouns and "according".
 *
 * @example
 * reportedSpeechHints(flags) // [1, 9] for "Lavrov said … , according to TASS."
 */
export function reportedSpeechHints(flags: Int32Array): number[] {
  const out: number[] = []
  for (let i = 0; i < flags.length; i++) if (flags[i] & HINTS) out.push(i)
  return out
}

/** The first token of a sentence's own words: after a dateline ("TALLINN —", "MANILA (news report) —"). */
export function clauseStart(scope: SpeechScope, sentence: Sentence): number {
  const { tokenStart: first, tokenEnd: end } = sentence
  const dash = findDateline(scope.tokens as Token[], first, end)
  if (dash >= 0) return dash + 1
  const t = scope.tokens[first]
  if (t && t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase()) {
    // Names, abbreviations, dates and a bracketed note ("(news report)") up to the dash; two places
    // joined by a slash ("BISHKEK/DUSHANBE (news agency) —") are one dateline.
    let bracket = false
    for (let k = first + 1; k < end && k < first + 12; k++) {
      const x = scope.tokens[k]
      if (DASHES.has(x.text)) return k + 1
      if (x.text === '(' || x.text === ')') bracket = x.text === '('
      else if (!(bracket || x.kind === 'number' || x.text === ',' || x.text === '.' || x.text === '/' || is(scope, k, WORD.capitalised))) break
    }
  }
  return first
}

/** `[from, to)` without punctuation at its edges and without a quote mark whose partner is outside. */
function trim(scope: SpeechScope, from: number, to: number): [number, number] {
  const { tokens } = scope
  while (from < to && EDGE_PUNCTUATION.has(tokens[from].text)) from++
  while (to > from && EDGE_PUNCTUATION.has(tokens[to - 1].text)) to--
  let marks = 0
  for (let k = from; k < to; k++) if (tokens[k].kind === 'quote') marks++
  if (marks % 2 === 1) {
    if (tokens[to - 1].kind === 'quote') to--
    else if (tokens[from].kind === 'quote') from++
  }
  while (to > from && EDGE_PUNCTUATION.has(tokens[to - 1].text)) to--
  return [from, to]
}

/**
 * True when `[from, end)` has a finite verb of its own before the clause breaks off ("troops fell
 * back", "it stood"). The verb of a relative clause ("the referendum, which carried …") is not the
 * clause's own, and an "-ed" word after a determiner, a preposition or "own" is an adjective.
 */
function hasFiniteVerb(scope: SpeechScope, from: number, end: number): boolean {
  const { tokens } = scope
  for (let k = from; k < end && k < from + VERB_WINDOW; k++) {
    if (CLAUSE_BREAKS.has(tokens[k].text)) return false
    // The relative clause's own verb is passed over; a verb after it is the clause's.
    if (k > from && is(scope, k, WORD.relative) && !is(scope, k - 1, WORD.notOpener)) {
      while (k + 1 < end && !is(scope, k + 1, WORD.finite | WORD.edForm) && !CLAUSE_BREAKS.has(tokens[k + 1].text)) k++
      k++
      continue
    }
    if (is(scope, k, WORD.finite)) return true
    if (k > from && is(scope, k, WORD.present) && !is(scope, k - 1, WORD.determiner | WORD.notOpener) && !POSSESSIVE.has(tokens[k - 1].text)) return true
    if (k > from && is(scope, k, WORD.edForm) && !is(scope, k - 1, WORD.determiner | WORD.notOpener) && !POSSESSIVE.has(tokens[k - 1].text) && lower(tokens[k - 1]) !== 'own') return true
    // "it stands", "she remains": an "-s" word right after a subject pronoun.
    if (k > from && is(scope, k - 1, WORD.subjectPronoun) && tokens[k].kind === 'word' && /[^s]s$/.test(tokens[k].text)) return true
    if (k > from && k - from <= SHORT_SUBJECT && pluralPresent(scope, from, k)) return true
  }
  return false
}

/** How many words a plural subject may take before its verb: "the latest official figures suggest". */
const SHORT_SUBJECT = 5
/** Words that open what a verb takes after it: an article, a pronoun, a number, "that". */
const OBJECT_OPENERS = WORD.determiner | WORD.subjectPronoun

/**
 * "the figures suggest a slowdown", "the talks signal a thaw": a plain lower-case word after the plural
 * noun that ends a short subject opening the clause at `from`, with an object after it, is the clause's
 * present tense. Every word of the subject is a word, the verb is no function word, "-s", "-ed", "-ing"
 * or "-ly" form, and the object opens with an article, a pronoun, a number or "that"; a noun after a
 * plural noun ("the arms trade, …", "the weapons depot near …") has none.
 */
function pluralPresent(scope: SpeechScope, from: number, k: number, subjunctive = false): boolean {
  const { tokens } = scope
  const noun = tokens[k - 1]
  const verb = tokens[k]
  if (noun.kind !== 'word' || verb.kind !== 'word' || !/^\p{Ll}{3,}$/u.test(verb.text)) return false
  // After "demand that", "urge that", a subject of any number takes the bare verb: "that Parliament hold a referendum".
  if (subjunctive ? is(scope, k - 1, WORD.determiner | WORD.notOpener | WORD.adjunctPreposition) : !/^\p{Ll}{2,}[^su]s$/u.test(noun.text)) return false
  if (/(?:s|ed|ing|ly)$/.test(verb.text) || is(scope, k - 1, WORD.finite | WORD.present | WORD.reportingVerb)) return false
  if (is(scope, k, WORD.notOpener | WORD.determiner | WORD.subjectPronoun | WORD.time | WORD.adjunctPreposition | WORD.be | WORD.auxiliary | WORD.relative | WORD.coordinator | WORD.subordinator)) return false
  for (let j = from; j < k; j++) if (tokens[j].kind !== 'word' && tokens[j].kind !== 'number') return false
  const next = tokens[k + 1]
  if (!next) return subjunctive
  // A subjunctive may take no object: "demanded that the army withdraw (from the region)".
  if (subjunctive && (next.kind === 'punct' || is(scope, k + 1, WORD.adjunctPreposition))) return true
  return is(scope, k + 1, OBJECT_OPENERS) || next.kind === 'number' || lower(next) === 'that'
}

/** A that-clause needs a verb too; a subjunctive "be" counts ("demanded that the controls be lifted"). */
function hasVerb(scope: SpeechScope, from: number, end: number): boolean {
  if (hasFiniteVerb(scope, from, end)) return true
  for (let k = from + 1; k < end && k < from + VERB_WINDOW; k++) {
    if (CLAUSE_BREAKS.has(textAt(scope, k))) return false
    const t = scope.tokens[k]
    if (t.kind === 'word' && /^[a-z]+[^s]s$/.test(t.text) && !is(scope, k - 1, WORD.determiner)) return true
    // "demanded that Parliament hold a referendum": a bare verb after a short subject, with its object.
    if (k - from <= SHORT_SUBJECT && pluralPresent(scope, from, k, true)) return true
  }
  return false
}

/** True when token `k` can open a bare reported clause: a noun phrase, a pronoun, a name, a number. */
function opensClause(scope: SpeechScope, k: number): boolean {
  const t = scope.tokens[k]
  if (!t) return false
  if (t.kind === 'number') return true
  if (t.kind !== 'word') return false
  if (is(scope, k, WORD.quantityLead)) {
    const next = scope.tokens[k + 1]
    if (next?.kind === 'number' || ['least', 'than', 'to', 'most'].includes(lower(next))) return true
  }
  return !is(scope, k, WORD.notOpener | WORD.reportingVerb | WORD.edForm | WORD.ingForm)
}

/**
 * The end of a phrase like "in a statement", "on Telegram", "at a briefing on Monday", "on the
 * sidelines of the summit" that starts at `from` (after its preposition), or -1 when none ends there.
 */
function adjunctPhraseEnd(scope: SpeechScope, from: number, end: number): number {
  const { tokens } = scope
  const first = lower(tokens[from])
  // "at least 20 people": a quantity, not a phrase.
  if (first === 'least' || first === 'most' || first === 'that') return -1
  let last = -1
  let fallback = -1
  for (let i = from; i < end && i < from + 7; i++) {
    const t = tokens[i]
    if (t.kind === 'number') {
      last = i
      continue
    }
    if (t.kind !== 'word' && !POSSESSIVE.has(t.text)) break
    if (lower(t) === 'of' && last === i - 1 && last >= 0) {
      fallback = last
      last = -1
      continue
    }
    if (is(scope, i, WORD.adjunctHead | WORD.calendar | WORD.capitalised)) {
      last = i
      continue
    }
    if (last >= 0) break
    if (is(scope, i, WORD.finite | WORD.reportingVerb)) break
  }
  const e = last >= 0 ? last : fallback
  return e >= 0 ? e + 1 : -1
}

/** Skips what stands between a verb and its clause: "on Monday", "in a statement", "earlier", "last week". */
function skipAdjuncts(scope: SpeechScope, k: number, end: number): number {
  for (let n = 0; n < 4 && k < end; n++) {
    if (is(scope, k, WORD.time | WORD.calendar)) {
      k++
      // "Monday night", "Thursday evening"
      if (is(scope, k, WORD.adjunctHead) && !is(scope, k, WORD.capitalised) && is(scope, k - 1, WORD.calendar)) k++
      continue
    }
    const w = lower(scope.tokens[k])
    // "said sarcastically that …"
    if (w.length > 4 && w.endsWith('ly') && w === scope.tokens[k].text && !is(scope, k, WORD.finite)) {
      k++
      continue
    }
    if ((w === 'last' || w === 'this' || w === 'next') && (is(scope, k + 1, WORD.calendar) || ['week', 'month', 'year', 'weekend'].includes(lower(scope.tokens[k + 1])))) {
      k += 2
      continue
    }
    if (is(scope, k, WORD.adjunctPreposition)) {
      if (w === 'late' || w === 'early') {
        k++
        continue
      }
      const e = adjunctPhraseEnd(scope, k + 1, end)
      if (e < 0) break
      k = e
      if (textAt(scope, k) === ',' && lower(scope.tokens[k + 1]) === 'that') k++
      continue
    }
    break
  }
  return k
}

/** The end of an addressee starting at `k` ("reporters", "a news conference", "the BBC", "Moscow"), or `k` when none. */
function addresseeEnd(scope: SpeechScope, k: number, end: number): number {
  if (k >= end) return k
  if (is(scope, k, WORD.addressee) && !is(scope, k, WORD.capitalised)) return k + 1
  let j = k
  if (is(scope, j, WORD.determiner)) j++
  let last = -1
  for (; j < end && j < k + 5; j++) {
    const t = scope.tokens[j]
    if (t.kind !== 'word' && !POSSESSIVE.has(t.text)) break
    if (is(scope, j, WORD.addressee)) return j + 1
    if ((is(scope, j, WORD.capitalised) && !is(scope, j, WORD.calendar)) || (last === j - 1 && POSSESSIVE.has(t.text))) {
      last = j
      continue
    }
    if (last >= 0 || is(scope, j, WORD.finite | WORD.reportingVerb)) break
  }
  return last >= 0 ? last + 1 : k
}

/**
 * Where a reported clause starting at `from` ends: at the end of the sentence, at a semicolon, before
 * "and" + a verb of the speaker's next act ("… and called on Paris to …"), before ", adding that …"
 * and ", citing …", and, inside a relative clause, at the next comma.
 */
function clauseStop(scope: SpeechScope, from: number, end: number, mode: StopAt = 'sentence'): number {
  const { tokens } = scope
  for (let j = from + 1; j < end; j++) {
    // "ruling that the delay was unlawful and ordering …": a second participle is the speaker's next act.
    if (mode === 'participle' && is(scope, j, WORD.coordinator) && is(scope, j + 1, WORD.ingForm)) return j
    // A new line is a new paragraph or heading that the sentence splitter ran on into.
    if (tokens[j].lineStart) return j
    const t = tokens[j].text
    if (t === ';') return j
    if (mode === 'comma' && t === ',') return j
    if (is(scope, j, WORD.coordinator) && is(scope, j + 1, WORD.endsClause)) return j
    if (t === ',' && is(scope, j + 1, WORD.endsClauseAfterComma)) return j
    // "…, but residents said otherwise": another speaker's account begins.
    if (t === ',' && is(scope, j + 1, WORD.coordinator | WORD.subordinator) && reportsWithin(scope, j + 2, end)) return j
  }
  return end
}

/** True when a reporting verb comes within a few words from `k`, before any punctuation. */
function reportsWithin(scope: SpeechScope, k: number, end: number): boolean {
  for (let j = k; j < end && j < k + 8; j++) {
    if (scope.tokens[j].kind === 'punct') return false
    if (is(scope, j, WORD.reportingVerb) && !is(scope, j, WORD.ingForm)) return true
  }
  return false
}

function clauseFrom(scope: SpeechScope, from: number, end: number, marked: boolean, mode: StopAt = 'sentence'): Clause | null {
  return clauseTo(scope, from, clauseStop(scope, from, end, mode), marked)
}

function clauseTo(scope: SpeechScope, from: number, stop: number, marked: boolean): Clause | null {
  const [a, b] = trim(scope, from, stop)
  return b > a ? { from: a, to: b, marked } : null
}

/** "that …" at `k`: the clause after it, unless it is a relative "that" after a noun-like verb form. */
function thatClause(scope: SpeechScope, k: number, end: number, ambiguous: boolean, mode: StopAt = 'sentence'): Clause | null {
  let from = k + 1
  if (textAt(scope, from) === ',') from++
  // "the rules that came into force": "that" is the subject of a relative clause.
  if (ambiguous && is(scope, from, WORD.finite | WORD.edForm)) return null
  const stop = clauseStop(scope, from, end, mode)
  return hasVerb(scope, from, stop) ? clauseTo(scope, from, stop, true) : null
}

/** "that" a few words on, past a phrase the adjunct reader did not know ("said in an interview with CNN that"). */
function laterThat(scope: SpeechScope, k: number, end: number): number {
  for (let j = k; j < end && j < k + 8; j++) {
    const t = scope.tokens[j]
    if (lower(t) === 'that') return j
    if ((t.kind !== 'word' && t.kind !== 'number' && t.text !== ',') || is(scope, j, WORD.finite | WORD.reportingVerb | WORD.relative)) return -1
  }
  return -1
}

/** The clause after a verb form: "(that) …", after an addressee ("told reporters …") and adjuncts ("said on Monday …"). */
function clauseAfter(scope: SpeechScope, form: VerbForm, after: number, end: number, mode: StopAt = 'sentence'): Clause | null {
  const ambiguous = is(scope, after - 1, WORD.ambiguousVerb)
  const { frame } = form
  const addressed = frame.addressee ? addresseeEnd(scope, after, end) : after
  for (const start of addressed > after && frame.addressee === 'optional' ? [addressed, after] : [addressed]) {
    const k = skipAdjuncts(scope, start, end)
    if (lower(scope.tokens[k]) === 'that') return thatClause(scope, k, end, ambiguous, mode)
    if (is(scope, start, WORD.adjunctPreposition | WORD.time)) {
      const that = laterThat(scope, k, end)
      if (that >= 0) return thatClause(scope, that, end, ambiguous, mode)
    }
    if (frame.takes === 'that' || (frame.addressee === 'required' && start === after)) continue
    if (!opensClause(scope, k)) continue
    // "the rules of the game": an "-s" form taken for a verb needs a clear subject after it.
    if (ambiguous && !is(scope, k, WORD.determiner | WORD.subjectPronoun | WORD.capitalised) && scope.tokens[k].kind !== 'number') continue
    const stop = clauseStop(scope, k, end, mode)
    // Read from the subject itself, so that the word after a one-word subject counts ("said Washington
    // wanted …", "said he remembered …"); a verb first is no subject, the verb is then looked for after it.
    if (hasFiniteVerb(scope, is(scope, k, WORD.finite) ? k + 1 : k, stop)) return clauseTo(scope, k, stop, false)
  }
  return null
}

/** Skips adverbs backwards from `k` ("also", "later", "had"). */
function skipAdverbsBack(scope: SpeechScope, k: number, floor: number): number {
  while (k >= floor && scope.tokens[k].kind === 'word' && SPEAKER_VERB_ADVERBS.has(lower(scope.tokens[k]))) k--
  return k
}

/** True when the sentence's first words are a fronted phrase ("In a statement,", "Speaking at a briefing,"). */
function frontedPhrase(scope: SpeechScope, k: number): boolean {
  const t = scope.tokens[k]
  if (!t || t.kind !== 'word') return false
  const w = lower(t)
  return is(scope, k, WORD.notOpener | WORD.adjunctPreposition | WORD.time | WORD.calendar) || (w.length > 4 && (w.endsWith('ing') || w.endsWith('ed')))
}

/**
 * The subject at the start of a sentence, for a verb that shares it: "The ministry accused NATO of …
 * and warned that …", "Zelensky urged …, saying that …". Null when the sentence does not start with one.
 */
export function sentenceSubject(scope: SpeechScope, sentence: Sentence, before: number): SpeakerPhrase | null {
  let s = clauseStart(scope, sentence)
  if (frontedPhrase(scope, s)) {
    let k = s
    while (k < before && k < s + 20 && textAt(scope, k) !== ',') k++
    if (textAt(scope, k) !== ',') return null
    s = k + 1
  }
  if (s >= before) return null
  return speakerAfter(scope.tokens, s, before, scope.cues)
}

/** The end of what may follow a closing attribution: an addressee, adjuncts, then the end of the sentence or a comma. */
function closingTail(scope: SpeechScope, k: number, end: number, form?: VerbForm): number {
  if (form?.frame.addressee) k = addresseeEnd(scope, k, end)
  const from = k
  k = skipAdjuncts(scope, k, end)
  // "…, he says, “I do …”": the verb leads into a quotation.
  if (textAt(scope, k) === ',' && scope.tokens[k + 1]?.kind === 'quote') return -1
  if (k >= end || CLAUSE_BREAKS.has(textAt(scope, k)) || textAt(scope, k) === ',') return k
  // "…, the command said in a statement released early Friday.": a participle goes on about the statement.
  if (k > from && is(scope, k, WORD.edForm | WORD.ingForm | WORD.adjunctPreposition) && lower(scope.tokens[k]) !== 'to') return k
  return -1
}

/**
 * What a closing attribution reports: the sentence up to the comma before it ("Forty people died,
 * the UN said."), and a clause joined by ", and" after it that has no reporting verb of its own.
 */
function clauseBefore(scope: SpeechScope, sentence: Sentence, comma: number, tail: number, attribution: Attribution): ReportedSpeech[] {
  const from = clauseStart(scope, sentence)
  const end = sentence.tokenEnd
  // "Trump also blasted Sessions because, he said, the senator …", "When she tried to scream, she said,
  // he …": the clause goes on after the attribution.
  if (textAt(scope, tail) === ',' && (is(scope, comma - 1, WORD.notOpener | WORD.relative) || is(scope, from, WORD.subordinator))) {
    const clause = clauseFrom(scope, tail + 1, end, false)
    return clause && hasFiniteVerb(scope, clause.from, clause.to) ? [{ ...clause, attribution }] : []
  }
  if (comma - from < 3 || !hasFiniteVerb(scope, from, comma)) return []
  const [a, b] = trim(scope, from, comma)
  const out: ReportedSpeech[] = b > a ? [{ from: a, to: b, attribution, marked: false }] : []
  if (textAt(scope, tail) === ',' && lower(scope.tokens[tail + 1]) === 'and' && opensClause(scope, tail + 2) && hasFiniteVerb(scope, tail + 3, end)) {
    let own = false
    for (let k = tail + 2; k < end; k++) own ||= is(scope, k, WORD.reportingVerb | WORD.according)
    if (!own) {
      const [c, d] = trim(scope, tail + 2, end)
      if (d > c) out.push({ from: c, to: d, attribution, marked: false })
    }
  }
  return out
}

/** "It was announced that …", "it is estimated by the ministry that …": no speaker unless "by" names one. */
function passiveAt(scope: SpeechScope, sentence: Sentence, v: number, after: number, cue: string): ReportedSpeech[] {
  let k = v - 1
  while (k > sentence.tokenStart && is(scope, k, WORD.be)) k--
  if (lower(scope.tokens[k]) === 'has' || lower(scope.tokens[k]) === 'had') k--
  if (lower(scope.tokens[k]) !== 'it' || k === v - 1) return []
  const end = sentence.tokenEnd
  let phrase: SpeakerPhrase | null = null
  let j = after
  if (lower(scope.tokens[j]) === 'by') {
    phrase = speakerAfter(scope.tokens, j + 1, end, scope.cues)
    if (!phrase) return []
    j = phrase.to
  }
  j = skipAdjuncts(scope, j, end)
  if (lower(scope.tokens[j]) !== 'that') return []
  const clause = thatClause(scope, j, end, false)
  return clause ? [{ ...clause, attribution: { phrase, cue, cueToken: v } }] : []
}

/** ", saying (that) …", "in a statement saying …": the sentence's subject speaks. */
function participleAt(scope: SpeechScope, sentence: Sentence, v: number, form: VerbForm, after: number, cue: string): ReportedSpeech[] {
  const before = scope.tokens[v - 1]
  if (!before || !(before.text === ',' || is(scope, v - 1, WORD.adjunctHead) || is(scope, v - 1, WORD.coordinator))) return []
  const clause = clauseAfter(scope, form, after, sentence.tokenEnd, 'participle')
  if (!clause) return []
  const phrase = sentenceSubject(scope, sentence, v) ?? speakerOfVerbBefore(scope, sentence, v - 1)
  return [{ ...clause, attribution: { phrase, cue, cueToken: v } }]
}

/** How far back from ", adding" its reporting verb may stand: "said on Monday in Kyiv, adding". */
const VERB_BEFORE_WINDOW = 8

/**
 * "“…,” President NAME said, adding that …", "“…,” said NAME, adding that …", "“…,” he said, adding
 * that …": where the sentence opens
 * with a quotation, the participle shares the speaker of the reporting verb before its comma.
 */
function speakerOfVerbBefore(scope: SpeechScope, sentence: Sentence, comma: number): SpeakerPhrase | null {
  const { tokens } = scope
  for (let j = comma - 1; j >= sentence.tokenStart && j >= comma - VERB_BEFORE_WINDOW; j--) {
    if (tokens[j].kind === 'quote' || CLAUSE_BREAKS.has(tokens[j].text)) return null
    if (!is(scope, j, WORD.reportingVerb) || is(scope, j, WORD.ingForm)) continue
    const before = speakerBefore(tokens, j, sentence.tokenStart, scope.cues)
    if (before) return before
    const after = speakerAfter(tokens, j + 1, comma, scope.cues)
    return after && phraseEnd(after) === comma ? after : null
  }
  return null
}

/** How far back from "and said" a relative pronoun may open its clause. */
const RELATIVE_WINDOW = 16

/**
 * The "who" or "which" after a comma that opens the clause holding the coordinator at `k` ("Marek
 * Zieliński, who expressed … and said"), with no punctuation between; -1 when none does.
 */
function relativeBefore(scope: SpeechScope, k: number, floor: number): number {
  for (let j = k - 1; j > floor && j >= k - RELATIVE_WINDOW; j--) {
    const w = lower(scope.tokens[j])
    if ((w === 'who' || w === 'which') && textAt(scope, j - 1) === ',') return j
    if (scope.tokens[j].kind === 'punct' || scope.tokens[j].kind === 'quote') return -1
  }
  return -1
}

/**
 * Reads reported speech at the reporting verb `v`: "X said (that) …", "X told reporters …", "…, X
 * said.", "…, said X.", "X, who …, said …", "… and warned that …", "…, saying that …", "as X
 * announced", "which she said had …", "it was announced that …".
 */
function verbAt(scope: SpeechScope, sentence: Sentence, v: number): ReportedSpeech[] {
  const { tokens } = scope
  const t = tokens[v]
  const form = verbForm(lower(t))
  if (!form) return []
  let after = v + 1
  if (form.second) {
    if (lower(tokens[v + 1]) !== form.second) return []
    after = v + 2
  }
  const cue = form.second ? `${t.text} ${tokens[v + 1].text}` : t.text
  const first = sentence.tokenStart
  const end = sentence.tokenEnd
  const next = tokens[after]
  // A quotation right after the verb is the direct quote's own attribution.
  if (next && (next.text === ':' || next.kind === 'quote')) return []
  // "doctors are warning that …": a progressive is the verb of its subject.
  const progressive = form.participle && is(scope, v - 1, WORD.be) && lower(tokens[v - 1]) !== 'being' && lower(tokens[v - 1]) !== 'be'
  if (!progressive && (is(scope, v - 1, WORD.be) || lower(tokens[v - 1]) === 'to')) return form.participle ? [] : passiveAt(scope, sentence, v, after, cue)
  // "the claim that …", "the ministry's claims": after a determiner or a possessive the word is a noun.
  if (!form.participle && (POSSESSIVE.has(textAt(scope, v - 1)) || (is(scope, v - 1, WORD.determiner) && lower(tokens[v - 1]) !== 'that'))) return []
  if (scope.inName(v)) return []
  if (form.participle && !progressive) return participleAt(scope, sentence, v, form, after, cue)
  const attribution = (phrase: SpeakerPhrase | null): Attribution => ({ phrase, cue, cueToken: v })
  if (progressive) {
    const phrase = speakerBefore(tokens, v - 1, first, scope.cues)
    const clause = phrase ? clauseAfter(scope, form, after, end) : null
    return clause ? [{ ...clause, attribution: attribution(phrase) }] : []
  }

  // "…, said the ministry." / "…, said Lavrov, adding …"
  if (textAt(scope, v - 1) === ',' && form.frame.closing) {
    const phrase = speakerAfter(tokens, after, end, scope.cues)
    const tail = phrase ? closingTail(scope, phraseEnd(phrase), end, form) : -1
    const found = phrase && tail >= 0 ? clauseBefore(scope, sentence, v - 1, tail, attribution(phrase)) : []
    if (found.length) return found
  }

  let phrase = speakerBefore(tokens, v, first, scope.cues)
  let relative = false
  const k = skipAdverbsBack(scope, v - 1, first)
  if (!phrase && k >= first && (lower(tokens[k]) === 'who' || lower(tokens[k]) === 'which') && textAt(scope, k - 1) === ',') {
    // "The EU, which said the plan was illegal, …"
    phrase = speakerBefore(tokens, k - 1, first, scope.cues)
    relative = true
  } else if (!phrase && k >= first && is(scope, k, WORD.coordinator)) {
    // "…, Marek Zieliński, who expressed … and said …": the verb shares the relative clause's antecedent;
    // "… accused NATO of … and warned that …": else the sentence's subject.
    const who = relativeBefore(scope, k, first)
    phrase = who >= 0 ? speakerBefore(tokens, who - 1, first, scope.cues) : null
    relative = phrase !== null
    phrase ??= sentenceSubject(scope, sentence, k)
  }
  if (!phrase) return []
  // "Take note that …", "Please note that …": a base form of a that-verb needs a plural subject or a pronoun ("MEPs note that …").
  if (form.base && form.frame.takes === 'that' && !phrase.pronoun && !pluralHead(scope, phrase)) return []
  // "the false claim that …", "the latest reports that …": a noun after an adjective, not a verb after its subject.
  if (is(scope, v, WORD.ambiguousVerb) && !phrase.pronoun && phrase.to - phrase.from <= 2 && !is(scope, phrase.to - 1, WORD.capitalised)) {
    const head = lower(tokens[phrase.to - 1])
    if (!scope.cues.isRoleWord(head) && !ORGANISATION_HEADS.has(head) && !/[^s]s$/.test(head)) return []
  }
  const start = phraseStart(phrase)
  const lead = lower(tokens[start - 1])

  // "…, as they had announced." / "As the ministry said on Monday, …"
  if (lead === 'as') {
    const tail = closingTail(scope, after, end)
    if (tail < 0) return []
    if (textAt(scope, start - 2) === ',' && (tail >= end || CLAUSE_BREAKS.has(textAt(scope, tail)))) return clauseBefore(scope, sentence, start - 2, tail, attribution(phrase))
    if (start - 1 === clauseStart(scope, sentence) && textAt(scope, tail) === ',') {
      const clause = clauseFrom(scope, tail + 1, end, true)
      return clause && hasFiniteVerb(scope, clause.from, clause.to) ? [{ ...clause, attribution: attribution(phrase) }] : []
    }
    return []
  }
  // "Ibama, which she said had issued fines …": the clause goes on from the verb.
  if (is(scope, start - 1, WORD.relative) && !relative) {
    const j = skipAdjuncts(scope, after, end)
    if (!is(scope, j, WORD.finite | WORD.edForm)) return []
    const clause = clauseFrom(scope, j, end, false, 'comma')
    return clause ? [{ ...clause, attribution: attribution(phrase) }] : []
  }
  const clause = clauseAfter(scope, form, after, end, relative ? 'comma' : 'sentence')
  if (clause) return [{ ...clause, attribution: attribution(phrase) }]
  // "Forty people died, the UN said."
  if (form.frame.closing && !relative && textAt(scope, start - 1) === ',') {
    const tail = closingTail(scope, after, end, form)
    if (tail >= 0) return clauseBefore(scope, sentence, start - 1, tail, attribution(phrase))
  }
  return []
}

/** Plurals of people without the plural "-s". */
const PLURAL_PEOPLE = new Set(['people', 'spokespeople', 'police', 'staff'])
const HEAD_ENDS = new Set(['of', 'for', 'from', 'in', 'on', 'at'])

/** True when a speaker phrase is headed by a plural: "MEPs", "the ministers", "members of the committee". */
function pluralHead(scope: SpeechScope, phrase: SpeakerPhrase): boolean {
  let head = phrase.to - 1
  for (let k = phrase.from + 1; k < phrase.to; k++) {
    if (HEAD_ENDS.has(lower(scope.tokens[k]))) {
      head = k - 1
      break
    }
  }
  const w = lower(scope.tokens[head])
  return PLURAL_PEOPLE.has(w) || (w.length > 2 && w.endsWith('s') && !w.endsWith('ss'))
}

/**
 * Where the sentence's own verb comes back after a that-clause that hangs on a noun: "the claim that
 * troops had crossed the border [was] false". A finite verb after the clause's own verb group, with no
 * conjunction, relative word or comma before it, belongs to the sentence.
 */
function matrixVerb(scope: SpeechScope, verb: number, end: number): number {
  let k = verb
  while (k < end && is(scope, k, WORD.auxiliary)) k++
  if (k > verb && is(scope, k, WORD.finite | WORD.edForm | WORD.ingForm)) k++
  if (k === verb) k++
  for (; k < end; k++) {
    if (is(scope, k, WORD.finite) && !is(scope, k - 1, WORD.coordinator | WORD.relative) && scope.tokens[k - 1].kind === 'word' && lower(scope.tokens[k - 1]) !== 'or') return k
  }
  return end
}

/**
 * "the ministry's claim that …", "reports that …": a reporting noun and its that-clause. A "that"
 * opening a relative clause ("the statement that was issued", "the claim that he made on Monday")
 * is set aside.
 */
function nounAt(scope: SpeechScope, sentence: Sentence, n: number): ReportedSpeech[] {
  const { tokens } = scope
  if (lower(tokens[n + 1]) !== 'that') return []
  const end = sentence.tokenEnd
  const from = n + 2
  if (is(scope, from, WORD.finite | WORD.edForm | WORD.reportingVerb)) return []
  let verb = -1
  for (let k = from + 1; k < end && k < from + VERB_WINDOW && verb < 0; k++) {
    if (CLAUSE_BREAKS.has(tokens[k].text)) break
    if (is(scope, k, WORD.finite | WORD.edForm)) verb = k
  }
  if (verb < 0) return []
  // "the claim that he made on Monday": a lexical verb with nothing after it has lost its object to the noun.
  const afterVerb = verb + 1
  if (!is(scope, verb, WORD.be) && !['has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should'].includes(lower(tokens[verb]))) {
    if (afterVerb >= end || tokens[afterVerb].kind === 'punct' || is(scope, afterVerb, WORD.adjunctPreposition | WORD.time | WORD.calendar)) return []
  }
  const clause = clauseFrom(scope, from, matrixVerb(scope, verb, end), true)
  if (!clause) return []
  let phrase: SpeakerPhrase | null = null
  const before = tokens[n - 1]
  if (before && POSSESSIVE.has(before.text)) phrase = speakerBefore(tokens, n - 1, sentence.tokenStart, scope.cues)
  else if (before && PRONOUN_OF_POSSESSIVE[lower(before)]) phrase = { from: n - 1, to: n, pronoun: PRONOUN_OF_POSSESSIVE[lower(before)] }
  return [{ ...clause, attribution: { phrase, cue: tokens[n].text, cueToken: n } }]
}

/** "According to X, …" / "…, according to X." */
function accordingAt(scope: SpeechScope, sentence: Sentence, v: number): ReportedSpeech[] {
  const { tokens } = scope
  if (lower(tokens[v + 1]) !== 'to') return []
  const end = sentence.tokenEnd
  const phrase = sourceWithRole(tokens, v + 2, end, scope.cues)
  if (!phrase) return []
  const attribution: Attribution = { phrase, cue: 'according to', cueToken: v }
  const start = clauseStart(scope, sentence)
  const source = phraseEnd(phrase)
  if (v === start && textAt(scope, source) === ',') {
    const clause = clauseFrom(scope, source + 1, end, true)
    return clause ? [{ ...clause, attribution }] : []
  }
  if (v > start && textAt(scope, v - 1) === ',') {
    const unfinished = is(scope, v - 2, WORD.notOpener | WORD.relative) || is(scope, start, WORD.subordinator)
    if (!unfinished && hasFiniteVerb(scope, start, v - 1)) {
      const [a, b] = trim(scope, start, v - 1)
      return b > a ? [{ from: a, to: b, attribution, marked: true }] : []
    }
    // "Indeed, according to X, …": what comes before is no clause, the sentence goes on after the source.
    if (textAt(scope, source) === ',') {
      const clause = clauseFrom(scope, source + 1, end, true)
      return clause && hasFiniteVerb(scope, clause.from, clause.to) ? [{ ...clause, attribution }] : []
    }
  }
  return []
}

/**
 * Reads reported speech at a hint token (see reportedSpeechHints) of a sentence. Returns nothing when
 * the word reports nothing here; a closing attribution followed by ", and …" can report two clauses.
 *
 * @example
 * reportedSpeechAt(scope, sentence, 1) // "Lavrov said the drills had ended." → the clause "the drills had ended"
 */
export function reportedSpeechAt(scope: SpeechScope, sentence: Sentence, v: number): ReportedSpeech[] {
  const f = scope.flags[v]
  if (f & WORD.according) return accordingAt(scope, sentence, v)
  const found = f & WORD.reportingVerb ? verbAt(scope, sentence, v) : []
  if (found.length === 0 && f & WORD.reportingNoun) return nounAt(scope, sentence, v)
  return found
}
