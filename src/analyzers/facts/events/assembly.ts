import { isBackgroundCue } from './background.ts'
import type { CameoCodebook } from '../../../knowledge/cameo/codebook.ts'
import type { Amount, DateFinding, EventFinding } from '../../../report/schema.ts'
import type { Sentence, Token } from '../../../text/types.ts'
import { trimmedSpan, type Candidate } from './candidates.ts'
import { linkAmount, linkDate } from './links.ts'
import type { MentionIndex } from './mentions.ts'
import { sameKind, triggerNoun } from './retold.ts'
import { findRoles } from './roles.ts'
import type { StatementTrigger } from './statements.ts'
import type { Trigger } from './trigger.ts'

const SOURCE_RANK = { statement: 3, pattern: 2, dictionary: 1 } as const
const DEFINITE = new Set(['the', 'this', 'these', 'those', 'that'])
const rootOf = (c: Candidate) => c.code.slice(0, 2)

function outranks(a: Candidate, b: Candidate): boolean {
  const ra = SOURCE_RANK[a.trigger.source]
  const rb = SOURCE_RANK[b.trigger.source]
  if (ra !== rb) return ra > rb
  if (a.confidence !== b.confidence) return a.confidence > b.confidence
  return a.code.length > b.code.length
}

/**
 * Drops what another rule already coded: in one clause, a dictionary verb of the same two-digit root as a
 * hand-written pattern's event ("air strikes on Kharkiv killed five": the killing is the strike), and a
 * verbal event inside a quote that its statement already codes ("He added: 'We condemn …'"), and an
 * infinitive of the same root that says what an earlier event of its sentence was for ("met X to
 * discuss Y"). Two events found by the same kind of rule both stay ("deployed troops and held exercises").
 */
export function keepDistinct(candidates: readonly Candidate[], quoteOfToken: Int32Array, lower: readonly string[]): Candidate[] {
  const statements = new Set(candidates.filter((c) => c.trigger.source === 'statement').map((c) => `${(c.trigger as StatementTrigger).quote}:${rootOf(c)}`))
  const fresh = candidates.filter((c) => c.trigger.source === 'statement' || !statements.has(`${quoteOfToken[c.trigger.tokenStart]}:${rootOf(c)}`))
  // "summoned the Tajik ambassador and called the attack “…”": a statement whose verb is joined by "and" after
  // another event of its clause is a second act, not the same one told again.
  const joined = (c: Candidate) => c.trigger.source === 'statement' && lower[c.trigger.tokenStart - 1] === 'and' && candidates.some((o) => o !== c && o.trigger.source !== 'statement' && o.trigger.clause === c.trigger.clause && o.trigger.tokenEnd < c.trigger.tokenStart)
  const key = (c: Candidate) => `${c.trigger.clause.sentence}:${c.trigger.clause.tokenStart}:${rootOf(c)}${joined(c) ? ':joined' : ''}`
  const best = new Map<string, Candidate>()
  for (const c of fresh) {
    const held = best.get(key(c))
    if (!held || outranks(c, held)) best.set(key(c), c)
  }
  const kept = oneStatementPerCue(fresh.filter((c) => SOURCE_RANK[c.trigger.source] >= SOURCE_RANK[best.get(key(c))!.trigger.source]))
  return kept.filter((c) => !restatesAsPurpose(c, kept, lower) && !purposeOnly(c, lower))
}

/**
 * An act named only as the purpose of something else ("a £640 million contract to support the Royal
 * Navy's helicopters", "reservists called up to support logistics") or as what someone is asked to do
 * ("called on Washington to lift the blockade"): an infinitive after a noun, a name or a particle is no
 * act reported (GUIDE: no future or hypothetical actions). Right after a verb of intent ("threatened to
 * strike", "plans to send") it keeps its reading, flagged as background.
 */
function purposeOnly(c: Candidate, lower: readonly string[]): boolean {
  const head = c.trigger.headStart
  return c.trigger.source === 'dictionary' && c.background === 'future' && lower[head - 1] === 'to' && !isBackgroundCue(lower[head - 2] ?? '')
}

/**
 * One reporting verb makes one statement, however many quotes it introduces: the words quoted inside
 * its own indirect speech ("added that the alliance would \"remain ready\"") or on both sides of it
 * ("'A,' he said, 'B.'"). The first quote's event stays, with the most specific code any of them gives
 * (a warning or an appeal over a plain statement) and the first target any of them names.
 */
function oneStatementPerCue(candidates: Candidate[]): Candidate[] {
  const byCue = new Map<number, Candidate>()
  const merged = new Set<Candidate>()
  for (const c of candidates) {
    const t = c.trigger
    if (t.source !== 'statement' || !(t as StatementTrigger).cueFound) continue
    const first = byCue.get(t.tokenStart)
    if (!first) {
      byCue.set(t.tokenStart, c)
      continue
    }
    if (first.code === '010' && c.code !== '010') first.code = c.code
    if (first.roles.target === null && c.roles.target !== null && c.roles.target !== first.roles.actor) first.roles.target = c.roles.target
    merged.add(c)
  }
  return merged.size === 0 ? candidates : candidates.filter((c) => !merged.has(c))
}

/**
 * "met the minister to discuss …", "held talks to negotiate …": an infinitive of the same kind after an
 * event of its sentence says what that event was for, not a second event.
 */
function restatesAsPurpose(c: Candidate, all: readonly Candidate[], lower: readonly string[]): boolean {
  const t = c.trigger
  if (t.source === 'statement' || lower[t.headStart - 1] !== 'to') return false
  return all.some((o) => o !== c && o.trigger.source !== 'statement' && o.trigger.clause.sentence === t.clause.sentence && o.trigger.tokenEnd <= t.headStart && rootOf(o) === rootOf(c))
}

export interface SentenceScope {
  tokens: readonly Token[]
  lower: readonly string[]
  mentions: MentionIndex
  sentences: readonly Sentence[]
  amounts: readonly Amount[]
  dates: readonly DateFinding[]
}

/** When a sentence states one event (statements aside), the whole sentence is its clause: evidence, place, participants, amount, date. */
export function widenLoneEvents(candidates: readonly Candidate[], scope: SentenceScope): void {
  const bySentence = new Map<number, Candidate[]>()
  for (const c of candidates) {
    if (c.trigger.source === 'statement') continue
    const list = bySentence.get(c.trigger.clause.sentence)
    if (list) list.push(c)
    else bySentence.set(c.trigger.clause.sentence, [c])
  }
  for (const [index, list] of bySentence) {
    if (list.length !== 1) continue
    const c = list[0]
    const s = scope.sentences[index]
    ;[c.start, c.end] = trimmedSpan(scope.tokens, s.tokenStart, s.tokenEnd)
    const wide = findRoles(c.trigger, { tokens: scope.tokens, lower: scope.lower, mentions: scope.mentions, from: s.tokenStart, to: s.tokenEnd })
    c.roles.location ??= wide.location
    c.roles.participants = [...new Set([...c.roles.participants, ...wide.participants])].filter((id) => id !== c.roles.location)
    const at = scope.tokens[c.trigger.tokenStart].start
    c.amount ??= linkAmount(scope.amounts, c.start, c.end, at, c.code)
    c.date ??= linkDate(scope.dates, c.start, c.end, at)
  }
}

function isDefinite(lower: readonly string[], trigger: Trigger): boolean {
  for (let k = trigger.tokenStart - 1; k >= trigger.clause.tokenStart && k >= trigger.tokenStart - 3; k--) if (DEFINITE.has(lower[k])) return true
  return false
}

/** How far back a definite mention of a show of force ("the drills") finds the event it retells: sentences, and paragraphs (press releases keep them short). */
const RETOLD_SENTENCES = 6
const RETOLD_PARAGRAPHS = 2

/**
 * Folds a definite mention of an event already reported ("More than 1,200 troops took part in the
 * drills") into that event: it adds amount, date, place, actor and participants instead of counting a
 * second event. A show of force is found back within six sentences and two paragraphs, whatever tense
 * each telling is in ("will take part in the exercise … The exercise will take place near Võru");
 * other acts within three sentences of one paragraph, in the same tense.
 */
export function foldRepeatedMentions(candidates: readonly Candidate[], lower: readonly string[], sentences: readonly Sentence[]): Candidate[] {
  const out: Candidate[] = []
  for (const c of candidates) {
    const t = c.trigger
    const paragraph = sentences[t.clause.sentence].paragraph
    // A show of force is retold across paragraphs and tenses; other acts only within three sentences of one paragraph, in one tense.
    const force = c.code.startsWith('15')
    const retells = (o: Candidate) => {
      const distance = t.clause.sentence - o.trigger.clause.sentence
      const paragraphs = paragraph - sentences[o.trigger.clause.sentence].paragraph
      if (force) return distance <= RETOLD_SENTENCES && paragraphs <= RETOLD_PARAGRAPHS
      return distance <= 3 && paragraphs === 0 && (o.background === null) === (c.background === null)
    }
    const earlier =
      t.source === 'pattern' && isDefinite(lower, t)
        ? out.find((o) => o.trigger !== t && o.trigger.rule === t.rule && retells(o))
        : force && t.source === 'pattern'
          ? out.find((o) => o.trigger !== t && o.trigger.rule === t.rule && tellsAgainInSentence(o, c, lower))
          : undefined
    if (!earlier) {
      out.push(c)
      continue
    }
    // Every party's copy of the earlier event learns the same.
    for (const e of out) {
      if (e.trigger !== earlier.trigger) continue
      e.roles.location ??= c.roles.location
      e.amount ??= c.amount
      e.date ??= c.date
      if (c.roles.actor !== e.roles.target) e.roles.actor ??= c.roles.actor
      e.roles.participants = [...new Set([...e.roles.participants, ...c.roles.participants])]
    }
  }
  return out
}

/**
 * A show of force named again in its own sentence by a noun of the same kind, with no other doer:
 * "completed a joint exercise …, closing nine days of manoeuvres in the Issyk-Kul region" is one exercise.
 */
function tellsAgainInSentence(earlier: Candidate, later: Candidate, lower: readonly string[]): boolean {
  if (earlier.trigger.clause.sentence !== later.trigger.clause.sentence) return false
  if (later.roles.actor !== null && later.roles.actor !== earlier.roles.actor) return false
  const a = triggerNoun(earlier, lower)
  const b = triggerNoun(later, lower)
  return a !== null && b !== null && sameKind(a, b)
}

const RECIPROCAL = ['each other', 'one another']
const LIST_JOINERS = new Set([',', 'and', '&'])

/** The coordinated names right before a token, skipping adverbs: "Armenia and Azerbaijan (have) accused". */
function coordinatedSubject(lower: readonly string[], mentions: MentionIndex, head: number, floor: number): string[] {
  let k = head - 1
  while (k >= floor && !mentions.at(k) && k >= head - 3 && !LIST_JOINERS.has(lower[k])) k--
  const ids: string[] = []
  while (k >= floor) {
    const mention = mentions.at(k)
    if (mention) {
      ids.unshift(mention.entity.id)
      k = mention.tokenStart - 1
    } else if (LIST_JOINERS.has(lower[k]) || lower[k] === 'the') k--
    else break
  }
  return [...new Set(ids)]
}

const isSymmetric = (code: string) => Number(code.slice(0, 2)) >= 3 && Number(code.slice(0, 2)) <= 6

/**
 * A consultation held "with" its one named target ("discussed the measures in a telephone conversation
 * with Foreign Minister Marek Zieliński", "met with") is mutual: both took part, one event each way.
 */
function consultsWith(c: Candidate, lower: readonly string[], mentions: MentionIndex): boolean {
  const { roles, trigger } = c
  if (!c.code.startsWith('04') || !roles.actor || !roles.target || roles.actor === roles.target || roles.targets.length > 1 || roles.actors.length > 1) return false
  const mention = mentions.within(trigger.tokenEnd, trigger.clause.tokenEnd).find((m) => m.entity.id === roles.target)
  if (!mention) return false
  for (let k = trigger.tokenEnd; k < mention.tokenStart; k++) if (lower[k] === 'with') return true
  return false
}

/**
 * One event per party when several share an action: "Hungary and Poland voted against" is two events,
 * "sanctions on Russia and Belarus" two, and what parties do together or to each other ("China and
 * Russia held talks", "Armenia and Azerbaijan accused each other") one in each direction. Every copy
 * keeps the whole list as participants.
 */
export function splitSharedRoles(candidates: readonly Candidate[], lower: readonly string[], mentions: MentionIndex): Candidate[] {
  const out: Candidate[] = []
  const copy = (c: Candidate, actor: string | null, target: string | null, participants: string[]) => out.push({ ...c, roles: { ...c.roles, actor, target, participants } })
  for (const c of candidates) {
    const { roles, trigger } = c
    const after = `${lower[trigger.tokenEnd] ?? ''} ${lower[trigger.tokenEnd + 1] ?? ''}`
    const mutual = RECIPROCAL.includes(after) ? coordinatedSubject(lower, mentions, trigger.headStart, trigger.clause.tokenStart) : isSymmetric(c.code) && roles.targets.length === 0 ? roles.actors : []
    if (mutual.length >= 2) {
      for (const actor of mutual) for (const target of mutual) if (actor !== target) copy(c, actor, target, mutual)
      continue
    }
    if (consultsWith(c, lower, mentions)) {
      const pair = [roles.actor!, roles.target!]
      copy(c, pair[0], pair[1], roles.participants)
      copy(c, pair[1], pair[0], roles.participants)
      continue
    }
    const actors = roles.actors.length > 1 && trigger.source !== 'statement' ? roles.actors : [roles.actor]
    const targets = roles.targets.length > 1 ? roles.targets : [roles.target]
    if (actors.length === 1 && targets.length === 1) {
      out.push(c)
      continue
    }
    const participants = targets.length > 1 ? [...new Set([...roles.participants, ...roles.targets])] : roles.participants
    for (const actor of actors) for (const target of targets) if (actor !== target) copy(c, actor, target, participants)
  }
  return out
}

/** What a threat is a threat of, by the code of the act threatened. */
function threatOf(code: string): string | null {
  if (code === '163') return '1312'
  if (code === '161') return '1313'
  if (code.startsWith('162')) return '1311'
  const root = Number(code.slice(0, 2))
  return root === 15 || root >= 18 ? '138' : null
}

/** "threatened to impose sanctions": a plain threat (130) takes the code of what it threatens right after it (1312). */
export function codeThreats(candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (c.code !== '130' || c.background) continue
    const threatened = candidates.find(
      (o) => o.trigger.clause === c.trigger.clause && o.trigger.headStart > c.trigger.tailEnd && o.trigger.headStart - c.trigger.tailEnd <= 4 && o.background === 'future' && threatOf(o.code),
    )
    if (threatened) c.code = threatOf(threatened.code)!
  }
}

/** The report's event: the codebook's label, quad class and weight, and the trigger mention when there is one. */
export function toFinding(c: Candidate, text: string, tokens: readonly Token[], codebook: CameoCodebook): EventFinding | null {
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
  if (t.source !== 'statement' || (t as StatementTrigger).cueFound) {
    const start = tokens[t.tokenStart].start
    const end = tokens[t.tokenEnd - 1].end
    finding.trigger = { start, end, text: text.slice(start, end) }
  }
  return finding
}
