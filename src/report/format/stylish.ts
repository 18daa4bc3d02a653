import pc from 'picocolors'
import type { Report, SentenceFinding } from '../schema.ts'
import { locate, type Location } from '../../text/locate.ts'
import { maxSeverity, techniqueSeverity, type Severity } from '../severity.ts'
import { describeFindings, type DescribedFinding, type FindingKind } from './findings.ts'
import { rangeIndexAt, segmentSpans, spansByRange } from './segments.ts'
import { documentSummary, runTotals, type RunTotals, type Palette } from './stylish-summary.ts'
import { printable, truncateMiddle, wrapStyled, type StyledPiece } from './terminal-text.ts'
import { renderAll, type LayoutOptions, type ReportFormat } from './types.ts'

const KIND_WIDTH = 'technique'.length
const MARKED_MAX = 72
const MARKED_MIN = 24

function palette(color: boolean): Palette {
  const c = pc.createColors(color)
  const severity: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue }
  const kind: Record<Exclude<FindingKind, 'technique'>, (s: string) => string> = {
    entity: c.cyan,
    quote: c.magenta,
    amount: c.green,
    date: c.green,
    event: c.blue,
  }
  return { c, severity, kind }
}

function pointLabel(where: Location, offset: number): string {
  const { line, column } = where.toPoint(offset)
  return `${line}:${column}`
}

function metadataLine(report: Report, p: Palette): StyledPiece[] {
  const d = report.document
  const fields: Array<[string, string]> = []
  if (d.issuer) fields.push(['issuer', d.issuer])
  fields.push(['published', d.published ?? 'unknown'])
  fields.push(['language', d.language])
  fields.push(['id', d.id])
  const pieces: StyledPiece[] = []
  fields.forEach(([name, value], i) => {
    if (i > 0) pieces.push({ text: ' · ', paint: p.c.dim })
    pieces.push({ text: `${name} `, paint: p.c.dim }, { text: printable(value) })
  })
  return pieces
}

function header(report: Report, p: Palette, width: number): string[] {
  const d = report.document
  const name = printable(d.source ?? d.url ?? d.id)
  const lines = [p.c.bold(p.c.underline(name))]
  if (d.title) lines.push(...wrapStyled([{ text: printable(d.title), paint: p.c.bold }], width, '  ', '  '))
  lines.push(...wrapStyled(metadataLine(report, p), width, '  ', '  '))
  return lines
}

function sentenceText(report: Report, sentence: SentenceFinding, findings: readonly DescribedFinding[], p: Palette, width: number): string[] {
  const text = printable(report.document.text)
  const pieces: StyledPiece[] = segmentSpans(sentence.start, sentence.end, findings).map((segment) => {
    const piece = text.slice(segment.start, segment.end)
    if (segment.covering.length === 0) return { text: piece }
    const techniques = segment.covering.filter((f) => f.kind === 'technique')
    const worst = maxSeverity(techniques.map((t) => t.severity))
    const paints: Array<(s: string) => string> = []
    if (worst) paints.push(p.severity[worst])
    if (segment.covering.length > techniques.length) paints.push(p.c.underline)
    return { text: piece, paint: (s: string) => paints.reduce((acc, paint) => paint(acc), s) }
  })
  return wrapStyled(pieces, width, '    ', '    ')
}

function findingLines(finding: DescribedFinding, details: readonly string[], where: Location, pointWidth: number, p: Palette, width: number): string[] {
  const point = pointLabel(where, finding.start).padEnd(pointWidth)
  const lead = `    ${point}  `
  const hang = ' '.repeat(lead.length + KIND_WIDTH + 2)
  const kindPaint = finding.kind === 'technique' ? p.severity[finding.severity] : p.kind[finding.kind]
  const pieces: StyledPiece[] = [{ text: finding.kind.padEnd(KIND_WIDTH), paint: kindPaint }, { text: '  ' }]
  if (finding.kind === 'technique') pieces.push({ text: finding.severity.padEnd(7), paint: p.severity[finding.severity] }, { text: '  ' })
  pieces.push({ text: printable(finding.title), paint: p.c.bold })
  if (finding.confidence !== null) pieces.push({ text: ` ${finding.confidence.toFixed(2)}`, paint: p.c.dim })
  const value = finding.value === null ? null : printable(finding.value)
  const marked = printable(finding.text)
  const used = lead.length + pieces.reduce((n, piece) => n + piece.text.length, 0)
  const tail = value === null ? 0 : value.length + 3
  // The marked text goes on the first line when enough of it fits there, else on a line of its own.
  const inline = Math.min(MARKED_MAX, width - used - tail - 4)
  const markedLine: StyledPiece[] = []
  if (inline >= Math.min(MARKED_MIN, marked.length)) {
    pieces.push({ text: '  ' }, { text: `"${truncateMiddle(marked, inline)}"`, paint: p.c.bold })
    if (value !== null) pieces.push({ text: ' → ', paint: p.c.dim }, { text: value })
  } else {
    markedLine.push({ text: `"${truncateMiddle(marked, Math.min(MARKED_MAX, width - hang.length - tail - 2))}"`, paint: p.c.bold })
    if (value !== null) markedLine.push({ text: ' → ', paint: p.c.dim }, { text: value })
  }
  const lines = wrapStyled(pieces, width, p.c.dim(lead), hang)
  if (markedLine.length > 0) lines.push(...wrapStyled(markedLine, width, hang, hang))
  for (const detail of details) lines.push(...wrapStyled([{ text: printable(detail), paint: p.c.dim }], width, hang, hang))
  return lines
}

const FUNCTION_NAMES: Record<SentenceFinding['function'], string> = {
  report: 'report',
  opinion: 'opinion',
  call_to_action: 'call to action',
  quote: 'quote',
  question: 'question',
  other: 'other',
}

function sentenceHeading(sentence: SentenceFinding, where: Location, p: Palette): string {
  const worth = sentence.checkworthiness
  const worthText = `check-worthiness ${worth.toFixed(2)}`
  return `  ${p.c.dim(pointLabel(where, sentence.start))}  ${p.c.bold(FUNCTION_NAMES[sentence.function])} ${p.c.dim('·')} ${worth >= 0.5 ? p.c.bold(worthText) : p.c.dim(worthText)}`
}

function documentText(report: Report, p: Palette, width: number): string {
  const where = locate(report.document.text)
  const findings = describeFindings(report)
  const pointWidth = Math.max(3, ...findings.map((f) => pointLabel(where, f.start).length))
  const bySentence: DescribedFinding[][] = report.sentences.map(() => [])
  const outside: DescribedFinding[] = []
  for (const f of findings) {
    const i = rangeIndexAt(report.sentences, f.start)
    if (i < 0) outside.push(f)
    else bySentence[i].push(f)
  }
  const touching = spansByRange(report.sentences, findings)
  // An entity's knowledge-base link and aliases are shown at its first mention only.
  const describedEntities = new Set<number>()
  const describe = (f: DescribedFinding) => {
    const repeat = f.kind === 'entity' && describedEntities.has(f.index)
    if (f.kind === 'entity') describedEntities.add(f.index)
    return findingLines(f, repeat ? [] : f.details, where, pointWidth, p, width)
  }
  const lines = [...header(report, p, width), '']
  report.sentences.forEach((sentence, i) => {
    lines.push(sentenceHeading(sentence, where, p))
    lines.push(...sentenceText(report, sentence, touching[i], p, width))
    for (const f of bySentence[i]) lines.push(...describe(f))
    lines.push('')
  })
  for (const f of outside) lines.push(...describe(f))
  if (outside.length > 0) lines.push('')
  lines.push(...documentSummary(report, findings, p, width), '')
  return `${lines.join('\n')}\n`
}

/**
 * A report for people reading a terminal: per document a header, then sentence by sentence the
 * sentence's function and check-worthiness, its text, and the findings that start in it (position,
 * kind, label, the marked text, and the explanation, speaker or CAMEO event that goes with it),
 * then a summary; after the last document, totals for the run. Readable without colour.
 */
export function stylishFormat(options: LayoutOptions = {}): ReportFormat {
  const p = palette(options.color ?? false)
  const width = Math.max(40, options.width ?? 100)
  const totals: RunTotals = { documents: 0, techniques: { info: 0, warning: 0, error: 0 }, facts: 0, problems: 0 }
  return {
    begin: () => '',
    document(report) {
      totals.documents++
      for (const t of report.techniques) totals.techniques[techniqueSeverity(t.confidence)]++
      totals.facts += report.entities.reduce((n, e) => n + e.mentions.length, 0) + report.quotes.length + report.amounts.length + report.dates.length + report.events.length
      totals.problems += report.problems.length
      return documentText(report, p, width)
    },
    end: () => `${runTotals(totals, p, width).join('\n')}\n`,
  }
}

/**
 * The stylish report of several documents as one string.
 *
 * @example
 * process.stdout.write(formatStylish([report], { color: process.stdout.isTTY }))
 */
export function formatStylish(reports: readonly Report[], options: LayoutOptions = {}): string {
  return renderAll(stylishFormat(options), reports)
}
