import type pc from 'picocolors'
import type { Report, SentenceFinding } from '../schema.ts'
import { SEVERITIES, type Severity } from '../severity.ts'
import type { DescribedFinding, FindingKind } from './findings.ts'
import { printable, wrapStyled, type StyledPiece } from './terminal-text.ts'

/** The colours the stylish format paints with; all identity functions when colour is off. */
export interface Palette {
  c: ReturnType<typeof pc.createColors>
  severity: Record<Severity, (s: string) => string>
  kind: Record<Exclude<FindingKind, 'technique'>, (s: string) => string>
}

/** What the stylish format adds up over a run. */
export interface RunTotals {
  documents: number
  techniques: Record<Severity, number>
  facts: number
  problems: number
}

/** Sentences at or above this check-worthiness are counted as check-worthy in the summary. */
export const CHECKWORTHY = 0.5
const TOP_TECHNIQUES = 5
const LABEL_WIDTH = 'techniques'.length

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

function functionCounts(sentences: readonly SentenceFinding[]): string {
  const counts = new Map<string, number>()
  for (const s of sentences) counts.set(s.function, (counts.get(s.function) ?? 0) + 1)
  const parts = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, n]) => `${n} ${name.replace(/_/g, ' ')}`)
  return `${sentences.length}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`
}

function severityCounts(counts: Record<Severity, number>, p: Palette): StyledPiece[] {
  const pieces: StyledPiece[] = []
  for (const severity of [...SEVERITIES].reverse()) {
    if (counts[severity] === 0) continue
    if (pieces.length > 0) pieces.push({ text: ' · ' })
    pieces.push({ text: `${counts[severity]} ${severity}`, paint: p.severity[severity] })
  }
  return pieces
}

function topTechniques(findings: readonly DescribedFinding[]): string {
  const byName = new Map<string, { count: number; best: number }>()
  for (const f of findings) {
    if (f.kind !== 'technique') continue
    const entry = byName.get(f.title) ?? { count: 0, best: 0 }
    entry.count++
    entry.best = Math.max(entry.best, f.confidence ?? 0)
    byName.set(f.title, entry)
  }
  return [...byName]
    .sort((a, b) => b[1].count - a[1].count || b[1].best - a[1].best || a[0].localeCompare(b[0]))
    .slice(0, TOP_TECHNIQUES)
    .map(([name, { count }]) => `${name} ×${count}`)
    .join(' · ')
}

function labelled(label: string, pieces: StyledPiece[], p: Palette, width: number): string[] {
  const lead = `  ${label.padEnd(LABEL_WIDTH)}  `
  return wrapStyled(pieces, width, p.c.bold(lead), ' '.repeat(lead.length))
}

/**
 * The summary that closes a document in the stylish format: sentences by function, findings per
 * section, techniques by severity, the most frequent techniques, and the analyzers' problems.
 */
export function documentSummary(report: Report, findings: readonly DescribedFinding[], p: Palette, width: number): string[] {
  const mentions = report.entities.reduce((n, e) => n + e.mentions.length, 0)
  const checkworthy = report.sentences.filter((s) => s.checkworthiness >= CHECKWORTHY).length
  const facts = [
    `${plural(report.entities.length, 'entity', 'entities')} (${plural(mentions, 'mention')})`,
    plural(report.quotes.length, 'quote'),
    plural(report.amounts.length, 'amount'),
    plural(report.dates.length, 'date'),
    plural(report.events.length, 'event'),
  ].join(' · ')
  const counts: Record<Severity, number> = { info: 0, warning: 0, error: 0 }
  for (const f of findings) if (f.kind === 'technique') counts[f.severity]++
  const techniquePieces: StyledPiece[] = [{ text: plural(report.techniques.length, 'technique') }]
  const bySeverity = severityCounts(counts, p)
  if (bySeverity.length > 0) techniquePieces.push({ text: ' (' }, ...bySeverity, { text: ')' })
  const lines = [
    ...labelled('sentences', [{ text: `${functionCounts(report.sentences)} · ${checkworthy} check-worthy (≥ ${CHECKWORTHY})` }], p, width),
    ...labelled('facts', [{ text: facts }], p, width),
    ...labelled('techniques', techniquePieces, p, width),
  ]
  const top = topTechniques(findings)
  if (top) lines.push(...labelled('top', [{ text: top }], p, width))
  for (const problem of report.problems) {
    const severity = problem.severity ?? 'error'
    lines.push(...labelled('problem', [{ text: severity, paint: p.severity[severity] }, { text: `  ${printable(problem.analyzer)}: ${printable(problem.message)}` }], p, width))
  }
  return lines
}

/** The closing lines of a stylish run: documents, techniques by severity, facts and problems. */
export function runTotals(totals: RunTotals, p: Palette, width: number): string[] {
  if (totals.documents === 0) return [p.c.dim('No documents analysed.')]
  const techniques = totals.techniques.info + totals.techniques.warning + totals.techniques.error
  const bySeverity = severityCounts(totals.techniques, p)
  const pieces: StyledPiece[] = [
    { text: plural(totals.documents, 'document'), paint: p.c.bold },
    { text: ' · ' },
    { text: plural(techniques, 'technique') },
    ...(bySeverity.length > 0 ? [{ text: ' (' }, ...bySeverity, { text: ')' }] : []),
    { text: ` · ${plural(totals.facts, 'fact')} · ${plural(totals.problems, 'problem')}` },
  ]
  return wrapStyled(pieces, width, '', '')
}
