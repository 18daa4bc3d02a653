import type { AnalyzerContext } from '../../../engine/types.ts'
import type { CameoCodebook } from '../../../knowledge/cameo/codebook.ts'
import type { EventFinding } from '../../../report/schema.ts'
import { buildCandidate, trimmedSpan, type Candidate, type CandidateContext } from './candidates.ts'
import { splitClauses, type Clause } from './clauses.ts'
import { findDictionaryTriggers } from './dictionary-triggers.ts'
import { indexMentions } from './mentions.ts'
import type { EventPatternIndex } from './pattern-index.ts'
import { TRIGGER_WORD, findPatternTriggers } from './pattern-triggers.ts'
import { findRoles } from './roles.ts'
import { linkAmount, linkDate } from './links.ts'
import type { Token } from '../../../text/types.ts'
import { findStatementTriggers, type StatementTrigger } from './statements.ts'
import type { Trigger } from './trigger.ts'
import { lookupKeys, type VerbDictionary } from './verb-dictionary.ts'

/** What the events analyzer loads once: the codebook, the compiled verb dictionary and pattern set. */
export interface EventResources {
  codebook: CameoCodebook
  dictionary: VerbDictionary
  patterns: EventPatternIndex
  /** every word that may begin a trigger, with its TRIGGER_WORD flags */
  triggerWords: ReadonlyMap<string, number>
}

/**
 * Indexes the first words of every trigger, so that a document needs one lookup per token.
 *
 * @example
 * triggerWordsOf(dictionary, patterns).get('shelled') // TRIGGER_WORD.patternVerb | TRIGGER_WORD.dictionaryVerb
 */
export function triggerWordsOf(dictionary: VerbDictionary, patterns: EventPatternIndex): Map<string, number> {
  const words = new Map<string, number>()
  const mark = (word: string, flag: number) => words.set(word, (words.get(word) ?? 0) | flag)
  for (const word of dictionary.forms.keys()) mark(word, TRIGGER_WORD.dictionaryVerb)
  for (const word of patterns.verbs.keys()) mark(word, TRIGGER_WORD.patternVerb)
  for (const word of patterns.nouns.keys()) mark(word, TRIGGER_WORD.patternNoun)
  return words
}

const SOURCE_RANK = { statement: 3, pattern: 2, dictionary: 1 } as const
const DEFINITE = new Set(['the', 'this', 'these', 'those', 'that'])

/** What a threat is a threat of, by the code of the act threatened. */
function threatOf(code: string): string | null {
  if (code === '163') return '1312'
  if (code === '161') return '1313'
  if (code.startsWith('162')) return '1311'
  const root = Number(code.slice(0, 2))
  return root === 15 || root >= 18 ? '138' : null
}

function outranks(a: Candidate, b: Candidate): boolean {
  const ra = SOURCE_RANK[a.trigger.source]
  const rb = SOURCE_RANK[b.trigger.source]
  if (ra !== rb) return ra > rb
  if (a.confidence !== b.confidence) return a.confidence > b.confidence
  return a.code.length > b.code.length
}

/** Keeps one event per clause and two-digit root: "shelled and bombed" is one attack, not two. */
function dedupe(candidates: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>()
  for (const c of candidates) {
    const key = `${c.trigger.clause.sentence}:${c.trigger.clause.tokenStart}:${c.code.slice(0, 2)}`
    const held = best.get(key)
    if (!held || outranks(c, held)) best.set(key, c)
  }
  return candidates.filter((c) => best.get(`${c.trigger.clause.sentence}:${c.trigger.clause.tokenStart}:${c.code.slice(0, 2)}`) === c)
}

/** The tokens lower-cased: slices of the lower-cased text, unless lower-casing changed its length ("İ"). */
function lowerCased(text: string, tokens: readonly Token[]): string[] {
  const lowered = text.toLowerCase()
  const out = new Array<string>(tokens.length)
  if (lowered.length !== text.length) {
    for (let i = 0; i < tokens.length; i++) out[i] = tokens[i].text.toLowerCase()
    return out
  }
  for (let i = 0; i < tokens.length; i++) out[i] = lowered.slice(tokens[i].start, tokens[i].end)
  return out
}

function isDefinite(lower: readonly string[], trigger: Trigger): boolean {
  for (let k = trigger.tokenStart - 1; k >= trigger.clause.tokenStart && k >= trigger.tokenStart - 3; k--) if (DEFINITE.has(lower[k])) return true
  return false
}

function toFinding(c: Candidate, text: string, ctx: AnalyzerContext, codebook: CameoCodebook): EventFinding | null {
  const entry = codebook.get(c.code)
  if (!entry) return null
  const finding: EventFinding = {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    cameo: entry.code,
    label: entry.label,
    quadClass: entry.quadClass,
    goldstein: entry.goldstein,
    actor: c.roles.actor,
    target: c.roles.target,
    location: c.roles.location,
    participants: c.roles.participants,
    amount: c.amount,
    date: c.date,
    background: c.background !== null,
    confidence: c.confidence,
  }
  const t = c.trigger
  if (t.source !== 'statement' || (t as { cueFound?: boolean }).cueFound) {
    const start = ctx.tokens[t.tokenStart].start
    const end = ctx.tokens[t.tokenEnd - 1].end
    finding.trigger = { start, end, text: text.slice(start, end) }
  }
  return finding
}

/**
 * Finds the events of one document: statements from quotes first, then in each clause the
 * hand-written patterns, then the PETRARCH verbs on the words left. Roles, background, amounts and
 * dates are filled per clause, widened to the sentence when the sentence states one event.
 *
 * @example
 * extractEvents(ctx, resources)[0] // { cameo: '150', label: 'Demonstrate military or police power, …', actor: 'e1', … }
 */
export function extractEvents(ctx: AnalyzerContext, resources: EventResources): EventFinding[] {
  const { tokens, sentences, text } = ctx
  const { entities, amounts, dates, quotes } = ctx.findings
  const lower = lowerCased(text, tokens)
  const starts = new Uint8Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === 'word') starts[i] = resources.triggerWords.get(lower[i]) ?? 0
  const keyCache = new Map<string, string[]>()
  const keys = (i: number) => {
    let found = keyCache.get(lower[i])
    if (!found) keyCache.set(lower[i], (found = lookupKeys(lower[i])))
    return found
  }
  const mentions = indexMentions(tokens, entities)
  const claimed = new Uint8Array(tokens.length)
  const clauses: Clause[][] = sentences.map((s) => splitClauses(tokens, s))
  const flat = clauses.flat()
  const clauseOfToken = new Int32Array(tokens.length).fill(-1)
  flat.forEach((c, k) => clauseOfToken.fill(k, c.tokenStart, c.tokenEnd))
  const sentenceOfToken = new Int32Array(tokens.length)
  for (const s of sentences) sentenceOfToken.fill(s.index, s.tokenStart, s.tokenEnd)
  // Separators (";", ", but") belong to no clause; a cue standing on one gets its whole sentence.
  const clauseOf = (t: number): Clause => {
    if (clauseOfToken[t] !== -1) return flat[clauseOfToken[t]]
    const s = sentences[sentenceOfToken[t]]
    return { sentence: s.index, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd }
  }

  const statements = findStatementTriggers(quotes, { tokens, lower, mentions, clauseOf, claimed })
  const quoteOfToken = new Int32Array(tokens.length).fill(-1)
  for (const s of statements) quoteOfToken.fill(s.quote, s.quoteTokens[0], s.quoteTokens[1])

  const triggers: Trigger[] = [...statements]
  for (const s of sentences) {
    for (const clause of clauses[s.index]) {
      const scope = { tokens, lower, keys, mentions, clause, sentenceStart: s.tokenStart, claimed, starts }
      triggers.push(...findPatternTriggers(resources.patterns, scope))
      triggers.push(...findDictionaryTriggers(resources.dictionary, scope))
    }
  }
  triggers.sort((a, b) => a.tokenStart - b.tokenStart)

  const reference = ctx.document.published ?? null
  const built: Candidate[] = []
  const lastActor = new Map<number, string>()
  for (const trigger of triggers) {
    // A verb's default code needs a named party after it to be coded at all; check that before filling roles.
    if (trigger.source === 'dictionary' && (trigger.code === '010' || (!trigger.specific && mentions.within(trigger.tailEnd, trigger.clause.tokenEnd).length === 0))) continue
    const sentence = sentences[trigger.clause.sentence]
    const context: CandidateContext = { tokens, lower, mentions, amounts, dates, sentenceStart: sentence.tokenStart, sentenceEnd: sentence.tokenEnd, quoteOfToken, reference }
    const candidate = buildCandidate(trigger, context)
    const roles = candidate.roles
    if (!roles.actor && roles.pronounSubject) {
      // "we" in a quote is its speaker; "it", "they", "he", "she" the last actor named in the paragraph.
      const quote = quoteOfToken[trigger.tokenStart]
      roles.actor = roles.pronounSubject === 'we' ? (quote >= 0 ? (quotes[quote].speaker?.entity ?? null) : null) : (lastActor.get(sentence.paragraph) ?? null)
    }
    if (trigger.source === 'dictionary') {
      // Like PETRARCH, a verb alone codes an event only between named parties; plain "said" is left to the quotes.
      if (!candidate.roles.actor) continue
      if (!trigger.specific && !candidate.roles.target) continue
    }
    if (roles.actor) lastActor.set(sentence.paragraph, roles.actor)
    built.push(candidate)
  }

  // A verbal event inside a quote that its statement already codes ("He added: 'We condemn …'") is the statement.
  const statementRoots = new Map(built.filter((c) => c.trigger.source === 'statement').map((c) => [`${(c.trigger as StatementTrigger).quote}:${c.code.slice(0, 2)}`, c]))
  const kept = dedupe(built.filter((c) => c.trigger.source === 'statement' || !statementRoots.has(`${quoteOfToken[c.trigger.tokenStart]}:${c.code.slice(0, 2)}`)))
  const bySentence = new Map<number, Candidate[]>()
  for (const c of kept) bySentence.set(c.trigger.clause.sentence, [...(bySentence.get(c.trigger.clause.sentence) ?? []), c])
  for (const [index, list] of bySentence) {
    const own = list.filter((c) => c.trigger.source !== 'statement')
    if (own.length !== 1) continue
    // One event in the sentence: the whole sentence is its clause.
    const c = own[0]
    const s = sentences[index]
    ;[c.start, c.end] = trimmedSpan(tokens, s.tokenStart, s.tokenEnd)
    const wide = findRoles(c.trigger, { tokens, lower, mentions, from: s.tokenStart, to: s.tokenEnd })
    c.roles.location ??= wide.location
    c.roles.participants = [...new Set([...c.roles.participants, ...wide.participants])].filter((id) => id !== c.roles.location)
    const at = tokens[c.trigger.tokenStart].start
    c.amount ??= linkAmount(amounts, c.start, c.end, at, c.code)
    c.date ??= linkDate(dates, c.start, c.end, at)
  }

  const out: Candidate[] = []
  for (const c of kept) {
    const t = c.trigger
    const paragraph = sentences[t.clause.sentence].paragraph
    const earlier =
      t.source === 'pattern' && isDefinite(lower, t)
        ? out.find((o) => o.trigger.rule === t.rule && (o.background === null) === (c.background === null) && t.clause.sentence - o.trigger.clause.sentence <= 3 && sentences[o.trigger.clause.sentence].paragraph === paragraph)
        : undefined
    if (earlier) {
      // "The exercise involved 1,200 troops": more about an event already reported, not a new one.
      earlier.roles.location ??= c.roles.location
      earlier.amount ??= c.amount
      earlier.date ??= c.date
      earlier.roles.actor ??= c.roles.actor
      earlier.roles.participants = [...new Set([...earlier.roles.participants, ...c.roles.participants])]
      continue
    }
    out.push(c)
  }
  for (const c of out) {
    if (c.code !== '130' || c.background) continue
    // "threatened to impose sanctions": the threat takes the code of what it threatens (1312), when that follows right after.
    const threatened = out.find((o) => o.trigger.clause === c.trigger.clause && o.trigger.headStart > c.trigger.tailEnd && o.trigger.headStart - c.trigger.tailEnd <= 4 && o.background === 'future' && threatOf(o.code))
    if (threatened) c.code = threatOf(threatened.code)!
  }
  return out
    .map((c) => toFinding(c, text, ctx, resources.codebook))
    .filter((f): f is EventFinding => f !== null)
    .sort((a, b) => a.start - b.start || (a.trigger?.start ?? 0) - (b.trigger?.start ?? 0))
}
