import type { ComponentChildren } from 'preact'
import { speakerPhrase, techniqueName, type DescribedFinding, type FindingSection } from '../../../src/report/format/findings.ts'
import type { Report } from '../../../src/report/schema.ts'
import { href } from '../router.ts'
import { TECHNIQUE_COLORS } from './layers.ts'

interface PanelProps {
  report: Report
  findings: readonly DescribedFinding[]
  onPick: (finding: DescribedFinding) => void
}

function Panel({ title, count, empty, children }: { title: string; count: number; empty: string; children: ComponentChildren }) {
  return (
    <section class="panel">
      <h3>
        {title} <span class="count">({count})</span>
      </h3>
      {count === 0 ? <p class="note">{empty}</p> : <ul>{children}</ul>}
    </section>
  )
}

function first(findings: readonly DescribedFinding[], section: FindingSection, index: number): DescribedFinding | undefined {
  return findings.find((f) => f.section === section && f.index === index)
}

function Pick({ finding, onPick, children }: { finding: DescribedFinding | undefined; onPick: PanelProps['onPick']; children: ComponentChildren }) {
  if (!finding) return <>{children}</>
  return (
    <button type="button" class="pick" onClick={() => onPick(finding)}>
      {children}
    </button>
  )
}

/** The side panels of the reading view: techniques, quotes with speakers, events with CAMEO labels, entities, numbers. */
export function FindingsPanel({ report, findings, onPick }: PanelProps) {
  return (
    <div class="panels">
      <Panel title="Techniques" count={report.techniques.length} empty="No persuasion techniques found.">
        {report.techniques.map((t, i) => (
          <li key={i}>
            <span class="swatch" style={{ background: TECHNIQUE_COLORS[t.technique] }}>
              {techniqueName(t.technique)}
            </span>{' '}
            <span class="note">{t.confidence.toFixed(2)}</span>{' '}
            <Pick finding={first(findings, 'techniques', i)} onPick={onPick}>
              “{t.text}”
            </Pick>
          </li>
        ))}
      </Panel>
      <Panel title="Quotes" count={report.quotes.length} empty="No quotes found.">
        {report.quotes.map((q, i) => (
          <li key={i}>
            <b>{q.speaker ? speakerPhrase(q.speaker) : <span class="note">not attributed</span>}</b>
            {q.direct ? '' : <span class="note"> (indirect)</span>}:{' '}
            <Pick finding={first(findings, 'quotes', i)} onPick={onPick}>
              “{q.text}”
            </Pick>
          </li>
        ))}
      </Panel>
      <Panel title="Events" count={report.events.length} empty="No events found.">
        {report.events.map((e, i) => {
          const described = first(findings, 'events', i)
          return (
            <li key={i}>
              <b>
                <abbr title="CAMEO event code">{e.cameo}</abbr> {e.label}
              </b>{' '}
              <Pick finding={described} onPick={onPick}>
                “{e.text}”
              </Pick>
              {described?.details.map((line) => (
                <span key={line} class="note block">
                  {line}
                </span>
              ))}
            </li>
          )
        })}
      </Panel>
      <Panel title="Entities" count={report.entities.length} empty="No entities found.">
        {report.entities.map((e, i) => (
          <li key={e.id}>
            <Pick finding={first(findings, 'entities', i)} onPick={onPick}>
              <b>{e.name}</b>
            </Pick>{' '}
            <span class="note">
              {e.type} · {e.mentions.length} mention{e.mentions.length === 1 ? '' : 's'}
              {e.kb ? ` · ${e.kb.source} ${e.kb.id}` : ''}
            </span>{' '}
            <a class="corpus-link" href={href(['corpus'], { entity: e.name })} title={`Documents in the corpus naming ${e.name}`}>
              in corpus
            </a>
          </li>
        ))}
      </Panel>
      <Panel title="Amounts and dates" count={report.amounts.length + report.dates.length} empty="No amounts or dates found.">
        {report.amounts.map((a, i) => (
          <li key={`a${i}`}>
            <Pick finding={first(findings, 'amounts', i)} onPick={onPick}>
              {a.text}
            </Pick>
            {a.value !== null ? <span class="note"> = {a.value}{a.unit ? ` ${a.unit}` : ''}</span> : null}
          </li>
        ))}
        {report.dates.map((d, i) => (
          <li key={`d${i}`}>
            <Pick finding={first(findings, 'dates', i)} onPick={onPick}>
              {d.text}
            </Pick>
            <span class="note"> → {d.resolved ?? 'unresolved'}</span>
          </li>
        ))}
      </Panel>
      {report.problems.length > 0 ? (
        <Panel title="Problems" count={report.problems.length} empty="">
          {report.problems.map((p, i) => (
            <li key={i}>
              <span class={`sev sev-${p.severity ?? 'error'}`}>{p.severity ?? 'error'}</span> <b>{p.analyzer}</b>: {p.message}
            </li>
          ))}
        </Panel>
      ) : null}
    </div>
  )
}
