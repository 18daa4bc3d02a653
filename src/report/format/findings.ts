import type { Amount, EventFinding, Quote, Report, Speaker, Technique } from '../schema.ts'
import { techniqueSeverity, type Severity } from '../severity.ts'
import { TECHNIQUES } from '../techniques.ts'

export type FindingSection = 'entities' | 'quotes' | 'amounts' | 'dates' | 'events' | 'techniques'
export type FindingKind = 'entity' | 'quote' | 'amount' | 'date' | 'event' | 'technique'

export const KIND_OF_SECTION: Record<FindingSection, FindingKind> = {
  entities: 'entity',
  quotes: 'quote',
  amounts: 'amount',
  dates: 'date',
  events: 'event',
  techniques: 'technique',
}

/** One marked span of a report, described the same way for every format. */
export interface DescribedFinding {
  section: FindingSection
  kind: FindingKind
  /** Index into `report[section]`. */
  index: number
  start: number
  end: number
  text: string
  /** Machine label: technique id, entity type, CAMEO code, amount kind, date granularity, quote kind. */
  label: string
  /** Label for people: technique name, entity type, CAMEO code and name, "direct quote". */
  title: string
  /** What the span stands for, when that is not the text itself: entity name, resolved date, amount. */
  value: string | null
  /** Further facts a reader can check: explanation, cues, speaker, actors. */
  details: string[]
  confidence: number | null
  severity: Severity
}

const TECHNIQUE_NAMES = new Map(TECHNIQUES.map((t) => [t.id, t.name]))
const QUAD_CLASSES = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict']
const QUALIFIERS: Record<NonNullable<Amount['qualifier']>, string> = {
  exact: '',
  more_than: 'more than ',
  at_least: 'at least ',
  less_than: 'less than ',
  at_most: 'at most ',
  about: 'about ',
  up_to: 'up to ',
  nearly: 'nearly ',
  range: '',
}

/** The human name of a technique id, e.g. 'Loaded language'. */
export function techniqueName(id: Technique['technique']): string {
  return TECHNIQUE_NAMES.get(id) ?? id
}

/** A speaker as one phrase: "Vladimir Norov (SCO Secretary-General)". */
export function speakerPhrase(speaker: Speaker): string {
  return speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name
}

function amountValue(a: Amount): string | null {
  if (a.value === null) return null
  const number = a.qualifier === 'range' && a.max != null ? `${a.value}–${a.max}` : String(a.value)
  const prefix = a.qualifier ? QUALIFIERS[a.qualifier] : ''
  return `${prefix}${number}${a.unit ? ` ${a.unit}` : ''}`
}

function quoteDetails(q: Quote): string[] {
  const details = [q.speaker ? `speaker: ${speakerPhrase(q.speaker)}` : 'speaker: not attributed']
  if (q.cue) details.push(`cue: ${q.cue}`)
  return details
}

function eventDetails(e: EventFinding, nameOf: (id: string | null) => string | null, report: Report): string[] {
  const roles: string[] = []
  const actor = nameOf(e.actor)
  const target = nameOf(e.target)
  const location = nameOf(e.location)
  if (actor) roles.push(`actor: ${actor}`)
  if (target) roles.push(`target: ${target}`)
  if (location) roles.push(`location: ${location}`)
  const participants = e.participants.map((p) => nameOf(p)).filter((p): p is string => p !== null)
  if (participants.length > 0) roles.push(`with: ${participants.join(', ')}`)
  const amount = e.amount !== null ? report.amounts[e.amount] : undefined
  if (amount) roles.push(`amount: ${amount.text}`)
  const date = e.date !== null ? report.dates[e.date] : undefined
  if (date) roles.push(`date: ${date.resolved ?? date.text}`)
  const sign = e.goldstein > 0 ? '+' : ''
  const scale = `${QUAD_CLASSES[e.quadClass] ?? `quad class ${e.quadClass}`}, Goldstein ${sign}${e.goldstein}`
  const details = roles.length > 0 ? [roles.join(' · '), scale] : [scale]
  if (e.background) details.push('background: reported as earlier context, not news')
  return details
}

function techniqueDetails(t: Technique): string[] {
  const details = [t.explanation]
  if (t.cues.length > 0) details.push(`cues: ${t.cues.join(', ')}`)
  if (t.speaker) details.push(`said by: ${speakerPhrase(t.speaker)}`)
  return details
}

const SECTION_ORDER: Record<FindingSection, number> = { techniques: 0, quotes: 1, events: 2, entities: 3, amounts: 4, dates: 5 }

/**
 * Every marked span of a report (one per entity mention), described for people, sorted by
 * position; at the same position techniques come first, then quotes, events, entities, amounts, dates.
 *
 * @example
 * describeFindings(report).map((f) => `${f.kind} ${f.title}: ${f.text}`)
 */
export function describeFindings(report: Report): DescribedFinding[] {
  const entityNames = new Map(report.entities.map((e) => [e.id, e.name]))
  const nameOf = (id: string | null) => (id === null ? null : (entityNames.get(id) ?? id))
  const out: DescribedFinding[] = []
  const span = (f: { start: number; end: number; text: string }) => ({ start: f.start, end: f.end, text: f.text })
  report.entities.forEach((e, index) => {
    const details: string[] = []
    if (e.kb) details.push(`knowledge base: ${e.kb.source} ${e.kb.id}`)
    if (e.aliases.length > 0) details.push(`also: ${e.aliases.join(', ')}`)
    if (e.qualifier) details.push(`qualifier: ${e.qualifier}`)
    for (const mention of e.mentions) {
      const value = mention.text === e.name ? null : e.name
      out.push({ section: 'entities', kind: 'entity', index, ...span(mention), label: e.type, title: e.type, value, details, confidence: e.confidence ?? null, severity: 'info' })
    }
  })
  report.quotes.forEach((q, index) => {
    const label = q.direct ? 'direct' : 'indirect'
    out.push({ section: 'quotes', kind: 'quote', index, ...span(q), label, title: `${label} quote`, value: null, details: quoteDetails(q), confidence: q.confidence ?? null, severity: 'info' })
  })
  report.amounts.forEach((a, index) => {
    const label = a.kind ?? 'amount'
    out.push({ section: 'amounts', kind: 'amount', index, ...span(a), label, title: label, value: amountValue(a), details: [], confidence: null, severity: 'info' })
  })
  report.dates.forEach((d, index) => {
    const label = d.granularity ?? 'date'
    const details = d.resolved === null ? ['not resolved to a calendar date'] : []
    out.push({ section: 'dates', kind: 'date', index, ...span(d), label, title: label === 'date' ? 'date' : `date (${label})`, value: d.resolved, details, confidence: null, severity: 'info' })
  })
  report.events.forEach((e, index) => {
    out.push({ section: 'events', kind: 'event', index, ...span(e), label: e.cameo, title: `${e.cameo} ${e.label}`, value: null, details: eventDetails(e, nameOf, report), confidence: e.confidence ?? null, severity: 'info' })
  })
  report.techniques.forEach((t, index) => {
    out.push({ section: 'techniques', kind: 'technique', index, ...span(t), label: t.technique, title: techniqueName(t.technique), value: null, details: techniqueDetails(t), confidence: t.confidence, severity: techniqueSeverity(t.confidence) })
  })
  return out.sort((a, b) => a.start - b.start || SECTION_ORDER[a.section] - SECTION_ORDER[b.section] || a.end - b.end)
}
