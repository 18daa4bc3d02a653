import type { SearchPage, TechniqueCount } from '../api.ts'
import { TechniqueChart } from '../charts/technique-chart.tsx'
import { ErrorMessage } from '../components/error-message.tsx'
import { useApi } from '../components/use-api.ts'
import { TECHNIQUE_COLORS, TECHNIQUES } from '../reading/layers.ts'
import { href } from '../router.ts'

/** An issuer's profile: its techniques over time as a chart, totals per technique, and its documents. */
export function IssuerPage({ issuer }: { issuer: string }) {
  const query = `issuer=${encodeURIComponent(issuer)}`
  const counts = useApi<{ counts: TechniqueCount[] }>(`/api/aggregates/techniques?${query}`)
  const documents = useApi<SearchPage>(`/api/documents?${query}&limit=50`)
  // The issuer filter matches any issuer containing the name; the profile is of this issuer alone.
  const rows = (counts.data?.counts ?? []).filter((r) => r.issuer === issuer)
  const ownDocuments = (documents.data?.hits ?? []).filter((h) => h.issuer === issuer)
  const totals = TECHNIQUES.map((t) => ({
    ...t,
    count: rows.filter((r) => r.technique === t.id).reduce((n, r) => n + r.count, 0),
    documents: rows.filter((r) => r.technique === t.id).reduce((n, r) => n + r.documents, 0),
  })).filter((t) => t.count > 0)
  return (
    <div class="page issuer">
      <nav class="crumbs" aria-label="Breadcrumbs">
        <a href={href(['corpus'])}>Corpus</a> › issuer
      </nav>
      <h1>{issuer}</h1>
      <ErrorMessage error={counts.error ?? documents.error} />
      <section>
        <h2>Techniques over time</h2>
        {counts.loading ? <p class="loading">Loading…</p> : <TechniqueChart rows={rows} title={`Persuasion technique findings per month in documents issued by ${issuer}`} />}
      </section>
      <div class="issuer-cols">
        <section class="panel">
          <h2>Techniques in all its documents</h2>
          {totals.length === 0 ? (
            <p class="note">No technique findings.</p>
          ) : (
            <table class="numbers">
              <thead>
                <tr>
                  <th scope="col">Technique</th>
                  <th scope="col">Findings</th>
                  <th scope="col">Documents</th>
                </tr>
              </thead>
              <tbody>
                {totals.map((t) => (
                  <tr key={t.id}>
                    <th scope="row">
                      <a href={href(['corpus'], { issuer, technique: t.id })}>
                        <span class="swatch" style={{ background: TECHNIQUE_COLORS[t.id] }}>
                          {t.name}
                        </span>
                      </a>
                    </th>
                    <td>{t.count}</td>
                    <td>{t.documents}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section class="panel">
          <h2>Documents</h2>
          {ownDocuments.length === 0 ? (
            <p class="note">{documents.loading ? 'Loading…' : 'No documents.'}</p>
          ) : (
            <ul>
              {ownDocuments.map((h) => (
                <li key={h.id}>
                  <a href={href(['documents', h.id])}>{h.title ?? h.source}</a> <span class="note">{h.published ?? 'undated'}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  )
}
