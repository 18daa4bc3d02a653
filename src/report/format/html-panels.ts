import type { Report } from '../schema.ts'
import { techniqueSeverity } from '../severity.ts'
import { describeFindings, speakerPhrase, techniqueName, type DescribedFinding } from './findings.ts'
import { escapeHtml } from './html-escape.ts'

/** The element id of the anchor placed where a finding starts in the text. */
export function anchorId(documentIndex: number, finding: Pick<DescribedFinding, 'section' | 'index'>): string {
  return `d${documentIndex}-${finding.section}-${finding.index}`
}

function link(documentIndex: number, section: DescribedFinding['section'], index: number, html: string): string {
  return `<a href="#${anchorId(documentIndex, { section, index })}">${html}</a>`
}

function panel(title: string, count: number, items: string[], empty: string): string {
  const body = items.length > 0 ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : `<p class="note">${empty}</p>`
  return `<section><h3>${escapeHtml(title)} (${count})</h3>${body}</section>`
}

function entitiesPanel(report: Report, d: number): string {
  const items = report.entities.map((e, i) => {
    const kb = e.kb ? ` <span class="note">${escapeHtml(`${e.kb.source} ${e.kb.id}`)}</span>` : ''
    const aliases = e.aliases.length > 0 ? ` <span class="note">also ${escapeHtml(e.aliases.join(', '))}</span>` : ''
    const mentions = `${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`
    return `${link(d, 'entities', i, `<b>${escapeHtml(e.name)}</b>`)} <span class="note">${escapeHtml(e.type)} · ${mentions}</span>${kb}${aliases}`
  })
  return panel('Entities', report.entities.length, items, 'No entities found.')
}

function quotesPanel(report: Report, d: number): string {
  const items = report.quotes.map((q, i) => {
    const speaker = q.speaker ? escapeHtml(speakerPhrase(q.speaker)) : '<span class="note">not attributed</span>'
    const kind = q.direct ? '' : ' <span class="note">(indirect)</span>'
    return `<b>${speaker}</b>${kind}: ${link(d, 'quotes', i, `“${escapeHtml(q.text)}”`)}`
  })
  return panel('Quotes', report.quotes.length, items, 'No quotes found.')
}

function eventsPanel(report: Report, d: number, described: readonly DescribedFinding[]): string {
  const bySection = described.filter((f) => f.section === 'events').sort((a, b) => a.index - b.index)
  const items = bySection.map((f) => {
    const details = f.details.map((line) => `<br><span class="note">${escapeHtml(line)}</span>`).join('')
    return `<b>${escapeHtml(f.title)}</b> ${link(d, 'events', f.index, `“${escapeHtml(f.text)}”`)}${details}`
  })
  return panel('Events', report.events.length, items, 'No events found.')
}

function numbersPanel(report: Report, d: number): string {
  const items = [
    ...report.amounts.map((a, i) => `${link(d, 'amounts', i, escapeHtml(a.text))}${a.value === null ? '' : ` <span class="note">= ${escapeHtml(String(a.value))}${a.unit ? ` ${escapeHtml(a.unit)}` : ''}</span>`}`),
    ...report.dates.map((t, i) => `${link(d, 'dates', i, escapeHtml(t.text))} <span class="note">→ ${escapeHtml(t.resolved ?? 'unresolved')}</span>`),
  ]
  return panel('Amounts and dates', items.length, items, 'No amounts or dates found.')
}

function techniquesPanel(report: Report, d: number): string {
  const items = report.techniques.map((t, i) => {
    const severity = techniqueSeverity(t.confidence)
    const speaker = t.speaker ? `<br><span class="note">said by ${escapeHtml(speakerPhrase(t.speaker))}</span>` : ''
    return (
      `<span class="swatch t-${t.technique}">${escapeHtml(techniqueName(t.technique))}</span> ` +
      `<span class="sev-${severity}">${severity} ${t.confidence.toFixed(2)}</span> ` +
      `${link(d, 'techniques', i, `“${escapeHtml(t.text)}”`)}<br>${escapeHtml(t.explanation)}${speaker}`
    )
  })
  return panel('Techniques', report.techniques.length, items, 'No persuasion techniques found.')
}

function problemsPanel(report: Report): string {
  if (report.problems.length === 0) return ''
  const items = report.problems.map((p) => {
    const severity = p.severity ?? 'error'
    return `<span class="sev-${severity}">${severity}</span> <b>${escapeHtml(p.analyzer)}</b>: ${escapeHtml(p.message)}`
  })
  return panel('Problems', report.problems.length, items, '')
}

/** The side panels of one document: entities, quotes with speakers, events, amounts and dates, techniques, problems. */
export function documentPanels(report: Report, documentIndex: number): string {
  const described = describeFindings(report)
  return [
    techniquesPanel(report, documentIndex),
    quotesPanel(report, documentIndex),
    eventsPanel(report, documentIndex, described),
    entitiesPanel(report, documentIndex),
    numbersPanel(report, documentIndex),
    problemsPanel(report),
  ].join('\n')
}
