import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks'
import type { DescribedFinding } from '../../../src/report/format/findings.ts'
import type { Report } from '../../../src/report/schema.ts'
import { DocumentText, segmentId } from './document-text.tsx'
import { Explanation } from './finding-card.tsx'
import { FindingsPanel } from './findings-panel.tsx'
import { LayerToggles } from './layer-toggles.tsx'
import { allVisible, showing, type Visibility } from './layers.ts'
import { layoutText } from './text-layout.ts'

interface Selection {
  start: number
  findings: DescribedFinding[]
  /** scroll the text to the selection (when it was picked from a panel) */
  reveal: boolean
}

function layerCounts(report: Report): Record<string, number> {
  const counts: Record<string, number> = {
    entity: report.entities.reduce((n, e) => n + e.mentions.length, 0),
    quote: report.quotes.length,
    amount: report.amounts.length,
    date: report.dates.length,
    event: report.events.length,
  }
  for (const t of report.techniques) counts[t.technique] = (counts[t.technique] ?? 0) + 1
  return counts
}

function Summary({ report }: { report: Report }) {
  const d = report.document
  const parts = [
    d.issuer ? `issuer ${d.issuer}` : null,
    `published ${d.published ?? 'unknown'}`,
    `language ${d.language}`,
    d.url ? `url ${d.url}` : d.source && d.source !== 'api' ? `source ${d.source}` : null,
  ].filter((p): p is string => p !== null)
  return (
    <p class="meta">
      {parts.map((p) => (
        <span key={p}>{p}</span>
      ))}
    </p>
  )
}

/**
 * A report for reading: the text with its findings highlighted by layer, a switch per layer, the
 * explanation of whatever piece of text is clicked (or reached with Tab and opened with Enter),
 * and side panels listing entities, quotes, events, numbers and techniques.
 */
export function ReadingView({ report }: { report: Report }) {
  const layout = useMemo(() => layoutText(report), [report])
  const counts = useMemo(() => layerCounts(report), [report])
  const [visibility, setVisibility] = useState<Visibility>(allVisible)
  const [selection, setSelection] = useState<Selection | null>(null)

  useEffect(() => setSelection(null), [report])
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setSelection(null)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  // Moving the focus as soon as the passage is drawn keeps keyboard users where they expect to be.
  useLayoutEffect(() => {
    if (!selection?.reveal) return
    const element = document.getElementById(segmentId(selection.start))
    element?.scrollIntoView({ block: 'center' })
    element?.focus({ preventScroll: true })
  }, [selection])

  const select = useCallback((start: number, findings: DescribedFinding[]) => setSelection({ start, findings, reveal: false }), [])
  const pick = useCallback((finding: DescribedFinding) => {
    setVisibility((v) => showing(v, finding))
    setSelection({ start: finding.start, findings: [finding], reveal: true })
  }, [])

  const d = report.document
  return (
    <article class="reading">
      <header class="doc-head">
        <h2>{d.title ?? (d.source && d.source !== 'api' ? d.source : 'Untitled document')}</h2>
        <Summary report={report} />
        <LayerToggles visibility={visibility} counts={counts} onChange={setVisibility} />
      </header>
      <div class="cols">
        <DocumentText text={d.text} layout={layout} visibility={visibility} selected={selection?.start ?? null} onSelect={select} />
        <aside class="side" aria-label="Findings">
          {selection ? (
            <Explanation report={report} findings={selection.findings} onClose={() => setSelection(null)} />
          ) : (
            <p class="hint">Click a highlighted passage, or reach it with Tab and press Enter, to see why it is marked.</p>
          )}
          <FindingsPanel report={report} findings={layout.findings} onPick={pick} />
        </aside>
      </div>
    </article>
  )
}
