import { speakerPhrase, type DescribedFinding } from '../../../src/report/format/findings.ts'
import type { Report } from '../../../src/report/schema.ts'
import { href } from '../router.ts'
import { KIND_NAMES, TECHNIQUE_COLORS } from './layers.ts'

function Confidence({ value }: { value: number | null }) {
  if (value === null) return null
  return (
    <p class="confidence">
      confidence <b>{value.toFixed(2)}</b> <meter min={0} max={1} value={value} aria-label={`confidence ${value.toFixed(2)}`} />
    </p>
  )
}

function TechniqueBody({ report, finding }: { report: Report; finding: DescribedFinding }) {
  const t = report.techniques[finding.index]
  return (
    <>
      <p class="explanation">{t.explanation}</p>
      {t.cues.length > 0 ? (
        <p class="cues">
          cues:{' '}
          {t.cues.map((cue) => (
            <code key={cue}>{cue}</code>
          ))}
        </p>
      ) : null}
      {t.speaker ? <p>said by {speakerPhrase(t.speaker)}</p> : null}
      <p class={`sev sev-${finding.severity}`}>severity {finding.severity}</p>
      <Confidence value={t.confidence} />
    </>
  )
}

function EntityBody({ report, finding }: { report: Report; finding: DescribedFinding }) {
  const e = report.entities[finding.index]
  return (
    <>
      <p>
        <b>{e.name}</b> <span class="note">{e.type}</span>
      </p>
      {e.kb ? <p class="note">knowledge base: {e.kb.source} {e.kb.id}</p> : null}
      {e.aliases.length > 0 ? <p class="note">also: {e.aliases.join(', ')}</p> : null}
      <p class="note">{e.mentions.length} mention{e.mentions.length === 1 ? '' : 's'} in this document</p>
      <p>
        <a href={href(['corpus'], { entity: e.name })}>Documents naming {e.name}</a>
      </p>
      <Confidence value={e.confidence ?? null} />
    </>
  )
}

function DetailsBody({ finding }: { finding: DescribedFinding }) {
  return (
    <>
      {finding.value ? <p>→ <b>{finding.value}</b></p> : null}
      {finding.details.map((line) => (
        <p key={line} class="note">
          {line}
        </p>
      ))}
      <Confidence value={finding.confidence} />
    </>
  )
}

/** One finding explained: what it is, why it was found (explanation, cues), how sure the analysis is. */
export function FindingCard({ report, finding }: { report: Report; finding: DescribedFinding }) {
  const color = finding.kind === 'technique' ? TECHNIQUE_COLORS[report.techniques[finding.index].technique] : undefined
  return (
    <article class={`finding finding-${finding.kind}`}>
      <h4>
        <span class={`badge badge-${finding.kind}`} style={color ? { background: color } : undefined}>
          {KIND_NAMES[finding.kind]}
        </span>{' '}
        {finding.title}
      </h4>
      <blockquote>“{finding.text}”</blockquote>
      {finding.kind === 'technique' ? <TechniqueBody report={report} finding={finding} /> : finding.kind === 'entity' ? <EntityBody report={report} finding={finding} /> : <DetailsBody finding={finding} />}
    </article>
  )
}

/** The explanation panel of the selected piece of text: every finding drawn on it. */
export function Explanation({ report, findings, onClose }: { report: Report; findings: readonly DescribedFinding[]; onClose: () => void }) {
  return (
    <section class="explain" aria-label="Explanation" aria-live="polite">
      <header>
        <h3>Why this is marked</h3>
        <button type="button" class="close" onClick={onClose} aria-label="Close the explanation (Escape)">
          ×
        </button>
      </header>
      {findings.map((f) => (
        <FindingCard key={`${f.section}-${f.index}-${f.start}`} report={report} finding={f} />
      ))}
    </section>
  )
}
