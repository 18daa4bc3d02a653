import type { ClusterComparison } from '../api.ts'
import { ErrorMessage } from '../components/error-message.tsx'
import { useApi } from '../components/use-api.ts'
import { TECHNIQUE_COLORS, TECHNIQUES } from '../reading/layers.ts'
import { href, type Route } from '../router.ts'

const techniqueName = new Map(TECHNIQUES.map((t) => [t.id as string, t.name]))

/** One event as each source reported it, side by side: its sentences, numbers, quotes and techniques. */
export function ClusterPage({ id, route }: { id: string; route: Route }) {
  const query = route.query.toString()
  const { data, error, loading } = useApi<ClusterComparison>(`/api/clusters/${encodeURIComponent(id)}${query ? `?${query}` : ''}`)
  if (loading && !data) return <p class="loading">Loading the event…</p>
  if (error) return <ErrorMessage error={error} />
  if (!data) return null
  const c = data.cluster
  return (
    <div class="page cluster-page">
      <nav class="crumbs" aria-label="Breadcrumbs">
        <a href={`${href(['events'])}${query ? `?${query}` : ''}`}>Events</a> › cluster {c.id}
      </nav>
      <h1>
        {c.event} <abbr title="CAMEO code">{c.cameo}</abbr>
        {c.locationName ? ` at ${c.locationName}` : ''} <span class="note">{c.from === c.to ? c.from : `${c.from} – ${c.to}`}</span>
      </h1>
      <p class="meta">
        <span>{c.documents} documents</span>
        {c.partyNames.length > 0 ? <span>{c.partyNames.join(', ')}</span> : null}
      </p>
      <div class="compare" style={{ gridTemplateColumns: `repeat(${Math.min(data.sources.length, 4)}, minmax(16rem, 1fr))` }}>
        {data.sources.map((s) => (
          <section key={s.document.id} class="source panel">
            <h2>
              <a href={href(['documents', s.document.id])}>{s.document.title ?? s.document.source}</a>
            </h2>
            <p class="meta">
              <span>{s.document.issuer ?? 'issuer unknown'}</span>
              <span>{s.document.published ?? 'undated'}</span>
            </p>
            <h3>What it reports</h3>
            <ul>
              {s.events.map((e) => (
                <li key={e.start}>
                  <b>
                    {e.cameo} {e.label}
                  </b>{' '}
                  <span class="note">{e.date}</span>
                  <br />“{e.text}”
                </li>
              ))}
            </ul>
            <h3>Numbers</h3>
            {s.numbers.length === 0 ? (
              <p class="note">No numbers.</p>
            ) : (
              <ul>
                {s.numbers.map((n) => (
                  <li key={n.start}>
                    {n.text}
                    {n.value !== null ? <span class="note"> = {n.value}{n.unit ? ` ${n.unit}` : ''}</span> : null}
                  </li>
                ))}
              </ul>
            )}
            <h3>Quotes</h3>
            {s.quotes.length === 0 ? (
              <p class="note">No quotes.</p>
            ) : (
              <ul>
                {s.quotes.map((q) => (
                  <li key={q.start}>
                    <b>{q.speaker ?? 'not attributed'}</b>
                    {q.direct ? '' : <span class="note"> (indirect)</span>}: “{q.text}”
                  </li>
                ))}
              </ul>
            )}
            <h3>Techniques</h3>
            {s.techniques.length === 0 ? (
              <p class="note">No persuasion techniques found.</p>
            ) : (
              <ul>
                {s.techniques.map((t) => (
                  <li key={t.technique}>
                    <span class="swatch" style={{ background: TECHNIQUE_COLORS[t.technique] }}>
                      {techniqueName.get(t.technique) ?? t.technique}
                    </span>{' '}
                    ×{t.count}
                    {t.examples.map((x) => (
                      <span key={x} class="note block">
                        “{x}”
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  )
}
