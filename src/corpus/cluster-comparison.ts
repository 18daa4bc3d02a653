import type { Amount, Quote, Report, TechniqueId } from '../report/schema.ts'
import type { EventCluster } from './clustering.ts'
import type { DocumentSummary, Store } from './types.ts'

/** How one source reported a clustered event. */
export interface SourceAccount {
  document: Pick<DocumentSummary, 'id' | 'title' | 'issuer' | 'published' | 'source'>
  /** the source's sentences about the event, with its CAMEO code and date */
  events: { text: string; cameo: string; label: string; date: string; start: number; end: number }[]
  /** amounts tied to the event or said in the same sentence */
  numbers: Pick<Amount, 'text' | 'value' | 'unit' | 'qualifier' | 'start' | 'end'>[]
  /** what the source quotes, and who it quotes */
  quotes: { text: string; speaker: string | null; direct: boolean; start: number; end: number }[]
  /** persuasion techniques in the whole document, with how many findings */
  techniques: { technique: TechniqueId; count: number; examples: string[] }[]
}

/** A cluster with every source's account side by side. */
export interface ClusterComparison {
  cluster: Omit<EventCluster, 'members'>
  sources: SourceAccount[]
}

const MAX_QUOTES = 6
const MAX_EXAMPLES = 2

function sentenceAround(report: Report, start: number, end: number): { start: number; end: number } {
  const s = report.sentences.find((x) => x.start <= start && x.end >= start)
  const e = report.sentences.find((x) => x.start <= end && x.end >= end)
  return { start: Math.min(s?.start ?? start, start), end: Math.max(e?.end ?? end, end) }
}

/** One source's account of the cluster's events from its report. */
export function sourceAccount(cluster: EventCluster, documentId: string, summary: SourceAccount['document'], report: Report): SourceAccount {
  const mine = cluster.members.filter((m) => m.documentId === documentId)
  const events = mine.map((m) => ({ member: m, event: report.events[m.index] })).filter((x) => x.event)
  const spans = events.map((x) => sentenceAround(report, x.event.start, x.event.end))
  const inSpans = (a: { start: number; end: number }) => spans.some((s) => a.start >= s.start && a.end <= s.end)
  const linked = new Set(events.map((x) => x.event.amount).filter((i): i is number => i !== null))
  const numbers = report.amounts
    .filter((a, i) => linked.has(i) || inSpans(a))
    .map((a) => ({ text: a.text, value: a.value, unit: a.unit, qualifier: a.qualifier, start: a.start, end: a.end }))
  const quotes = report.quotes.slice(0, MAX_QUOTES).map((q: Quote) => ({ text: q.text, speaker: q.speaker?.name ?? null, direct: q.direct, start: q.start, end: q.end }))
  const byTechnique = new Map<TechniqueId, { count: number; examples: string[] }>()
  for (const t of report.techniques) {
    const entry = byTechnique.get(t.technique) ?? { count: 0, examples: [] }
    entry.count++
    if (entry.examples.length < MAX_EXAMPLES && !entry.examples.includes(t.text)) entry.examples.push(t.text)
    byTechnique.set(t.technique, entry)
  }
  return {
    document: summary,
    events: events.map(({ member, event }) => ({ text: event.text, cameo: event.cameo, label: event.label, date: member.date, start: event.start, end: event.end })),
    numbers,
    quotes,
    techniques: [...byTechnique].map(([technique, e]) => ({ technique, ...e })).sort((a, b) => b.count - a.count || (a.technique < b.technique ? -1 : 1)),
  }
}

/**
 * Loads the reports of a cluster's documents and lays out how each source reported the event:
 * its sentences, numbers, quotes and techniques.
 *
 * @example
 * const [cluster] = clusterEvents(await store.eventRecords())
 * const comparison = await compareCluster(store, cluster)
 */
export async function compareCluster(store: Store, cluster: EventCluster): Promise<ClusterComparison> {
  const sources: SourceAccount[] = []
  for (const documentId of [...new Set(cluster.members.map((m) => m.documentId))]) {
    const stored = await store.get(documentId)
    if (!stored?.report) continue
    const { id, title, issuer, published, source } = stored
    sources.push(sourceAccount(cluster, documentId, { id, title, issuer, published, source }, stored.report))
  }
  const { members: _members, ...summary } = cluster
  return { cluster: summary, sources }
}
