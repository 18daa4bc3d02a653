import type { Report, SentenceFinding, Span } from '../schema.ts'
import { TECHNIQUES } from '../techniques.ts'
import { describeFindings, type DescribedFinding } from './findings.ts'
import { escapeHtml } from './html-escape.ts'
import { anchorId, documentPanels } from './html-panels.ts'
import { FACT_LAYERS, styleSheet, toggleId } from './html-style.ts'
import { segmentSpans, spansByRange, type Segment } from './segments.ts'
import { renderAll, type ReportFormat } from './types.ts'

const FUNCTION_NAMES: Record<SentenceFinding['function'], string> = {
  report: 'report',
  opinion: 'opinion',
  call_to_action: 'call to action',
  quote: 'quote',
  question: 'question',
  other: 'other',
}

const LAYER_NAMES: Record<(typeof FACT_LAYERS)[number], string> = {
  quote: 'quotes',
  event: 'events',
  entity: 'entities',
  amount: 'amounts',
  date: 'dates',
}

function checkbox(name: string, label: string): string {
  return `<label><input type="checkbox" id="${toggleId(name)}" checked> ${label}</label>`
}

function legend(): string {
  const facts = FACT_LAYERS.map((layer) => checkbox(layer, `<span class="swatch ly-${layer}">${LAYER_NAMES[layer]}</span>`)).join('')
  const techniques = TECHNIQUES.map((t) => checkbox(t.id, `<span class="swatch t-${t.id}">${escapeHtml(t.name)}</span>`)).join('')
  return (
    '<form class="legend" aria-label="Layers">' +
    `<fieldset><legend>Facts</legend>${facts}</fieldset>` +
    `<fieldset><legend>Techniques</legend>${checkbox('technique', '<b>all</b>')}${techniques}</fieldset>` +
    `<fieldset><legend>Sentences</legend>${checkbox('function', 'function and check-worthiness')}</fieldset>` +
    '</form>'
  )
}

function tooltip(finding: DescribedFinding): string {
  const head = `${finding.kind}: ${finding.title}${finding.value ? ` → ${finding.value}` : ''}`
  const confidence = finding.confidence !== null ? ` (${finding.kind === 'technique' ? `${finding.severity}, ` : ''}${finding.confidence.toFixed(2)})` : ''
  // The first detail is the one that explains the span (explanation, speaker, actors); the rest are in the panels.
  return [head + confidence, ...finding.details.slice(0, 1)].join('\n')
}

/**
 * One segment as nested spans: techniques innermost (each its own background colour), the fact
 * layers around them; the innermost span carries a tooltip describing every finding that covers it.
 */
function segmentHtml(text: string, segment: Segment<DescribedFinding>): string {
  const body = escapeHtml(text.slice(segment.start, segment.end))
  if (segment.covering.length === 0) return body
  const classes: string[] = []
  const seenTechniques = new Set<string>()
  for (const f of segment.covering) {
    if (f.kind !== 'technique' || seenTechniques.has(f.label)) continue
    seenTechniques.add(f.label)
    classes.push(`ly-technique t-${f.label}`)
  }
  for (const layer of FACT_LAYERS) if (segment.covering.some((f) => f.kind === layer)) classes.push(`ly-${layer}`)
  const title = escapeHtml(segment.covering.map(tooltip).join('\n\n'))
  let html = body
  classes.forEach((cls, i) => {
    const attributes = i === 0 ? ` title="${title}"` : ''
    html = `<span class="${cls}"${attributes}>${html}</span>`
  })
  return html
}

function sentenceHtml(report: Report, documentIndex: number, range: Span, sentence: SentenceFinding | null, findings: readonly DescribedFinding[], anchored: Set<string>): string {
  const text = report.document.text
  let inner = ''
  for (const segment of segmentSpans(range.start, range.end, findings)) {
    for (const f of findings) {
      if (f.start !== segment.start) continue
      const id = anchorId(documentIndex, f)
      if (anchored.has(id)) continue
      anchored.add(id)
      inner += `<span id="${id}"></span>`
    }
    inner += segmentHtml(text, segment)
  }
  const fn = sentence
    ? `<span class="fn"><b>${FUNCTION_NAMES[sentence.function]}</b>check-worthiness ${sentence.checkworthiness.toFixed(2)}<br><meter min="0" max="1" value="${sentence.checkworthiness}"></meter></span>`
    : '<span class="fn"></span>'
  return `<div class="sent${sentence ? ` fn-${sentence.function}` : ''}">${fn}<p>${inner}</p></div>`
}

function textHtml(report: Report, documentIndex: number): string {
  const findings = describeFindings(report)
  const sentences: readonly SentenceFinding[] = report.sentences
  const ranges: Span[] = sentences.length > 0 ? [...sentences] : [{ start: 0, end: report.document.text.length }]
  const touching = spansByRange(ranges, findings)
  const anchored = new Set<string>()
  const paragraphs: string[][] = []
  let lastParagraph: number | undefined
  ranges.forEach((range, i) => {
    const sentence = sentences[i] ?? null
    const paragraph = sentence?.paragraph
    if (paragraphs.length === 0 || paragraph === undefined || paragraph !== lastParagraph) paragraphs.push([])
    lastParagraph = paragraph
    paragraphs[paragraphs.length - 1].push(sentenceHtml(report, documentIndex, range, sentence, touching[i], anchored))
  })
  return paragraphs.map((p) => `<div class="para">${p.join('')}</div>`).join('\n')
}

function metaHtml(report: Report): string {
  const d = report.document
  const parts = [
    d.issuer ? `issuer ${escapeHtml(d.issuer)}` : null,
    `published ${escapeHtml(d.published ?? 'unknown')}`,
    `language ${escapeHtml(d.language)}`,
    d.source ? `source ${escapeHtml(d.source)}` : null,
    d.url ? `url ${escapeHtml(d.url)}` : null,
    `id ${escapeHtml(d.id)}`,
  ]
  return `<p class="meta">${parts
    .filter((p): p is string => p !== null)
    .map((p) => `<span>${p}</span>`)
    .join('')}</p>`
}

function summaryHtml(report: Report): string {
  const mentions = report.entities.reduce((n, e) => n + e.mentions.length, 0)
  const counts = [
    `${report.sentences.length} sentences`,
    `${report.entities.length} entities (${mentions} mentions)`,
    `${report.quotes.length} quotes`,
    `${report.amounts.length} amounts`,
    `${report.dates.length} dates`,
    `${report.events.length} events`,
    `${report.techniques.length} techniques`,
  ]
  return `<p class="summary">${counts.join(' · ')}</p>`
}

function documentHtml(report: Report, index: number): string {
  const title = report.document.title ?? report.document.source ?? report.document.id
  return (
    `<article class="doc" id="d${index}">\n` +
    `<header><h2>${escapeHtml(title)}</h2>${metaHtml(report)}</header>\n` +
    `<div class="cols">\n<section class="text" aria-label="Text">\n${textHtml(report, index)}\n</section>\n` +
    `<aside class="panels">\n${documentPanels(report, index)}\n</aside>\n</div>\n` +
    `${summaryHtml(report)}\n</article>\n`
  )
}

/**
 * One self-contained HTML page for all documents: no external resources and no scripts (the
 * content security policy forbids both); the layer and technique toggles are checkboxes that the
 * style sheet reads with `:has()`. Every piece of document text is escaped.
 */
export const htmlFormat: ReportFormat = {
  begin: () =>
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    '<title>unspun report</title>\n' +
    `<style>\n${styleSheet()}\n</style>\n</head>\n<body>\n` +
    `<header class="top"><h1>unspun report</h1>${legend()}</header>\n<main>\n`,
  document: (report, index) => documentHtml(report, index),
  end: (count) => `${count === 0 ? '<p class="note">No documents.</p>\n' : ''}</main>\n</body>\n</html>\n`,
}

/**
 * The reports as one offline HTML page with highlighted spans, a legend, toggles and side panels.
 *
 * @example
 * writeFileSync('report.html', formatHtml([report]))
 */
export function formatHtml(reports: readonly Report[]): string {
  return renderAll(htmlFormat, reports)
}
