import { useEffect, useState } from 'preact/hooks'
import type { ClusterSummary } from '../api.ts'
import { ErrorMessage } from '../components/error-message.tsx'
import { useApi } from '../components/use-api.ts'
import { href, navigate, type Route } from '../router.ts'

const KEYS = ['window', 'cameo', 'issuer', 'entity', 'from', 'to'] as const
type Key = (typeof KEYS)[number]

function paramsOf(query: URLSearchParams): Record<Key, string> {
  return Object.fromEntries(KEYS.map((k) => [k, query.get(k) ?? ''])) as Record<Key, string>
}

function search(params: Record<string, string>): string {
  const s = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v) s.set(k, v)
  return s.toString()
}

/** The same event across sources: clusters of events reported by several documents. */
export function EventsPage({ route }: { route: Route }) {
  const applied = paramsOf(route.query)
  const [draft, setDraft] = useState(applied)
  const key = route.query.toString()
  useEffect(() => setDraft(paramsOf(route.query)), [key])
  const { data, error, loading } = useApi<{ clusters: ClusterSummary[] }>(`/api/clusters?${search(applied)}`)
  const field = (k: Key, label: string, type = 'text', placeholder = '') => (
    <label class="field">
      <span>{label}</span>
      <input name={k} type={type} value={draft[k]} placeholder={placeholder} onInput={(e) => setDraft({ ...draft, [k]: (e.currentTarget as HTMLInputElement).value })} />
    </label>
  )
  return (
    <div class="page events">
      <h1>Events across sources</h1>
      <p class="note">Events from different documents with the same CAMEO root, a shared location or party, and dates close together are grouped; open a group to compare how each source reported it.</p>
      <form
        class="search"
        onSubmit={(e) => {
          e.preventDefault()
          navigate(href(['events'], draft))
        }}
      >
        <div class="row">
          {field('window', 'Days apart at most', 'number', '3')}
          {field('cameo', 'CAMEO code', 'text', 'e.g. 19')}
          {field('issuer', 'Issuer')}
          {field('entity', 'Entity')}
          {field('from', 'From', 'date')}
          {field('to', 'To', 'date')}
          <button type="submit" class="primary">
            Group
          </button>
        </div>
      </form>
      <ErrorMessage error={error} />
      {loading && !data ? <p class="loading">Grouping events…</p> : null}
      {data && data.clusters.length === 0 ? <p class="note">No event is reported by more than one document with these settings.</p> : null}
      <ol class="clusters">
        {data?.clusters.map((c) => (
          <li key={c.id} class="cluster">
            <h3>
              <a href={href(['events', c.id], applied)}>
                {c.event} <abbr title="CAMEO code">{c.cameo}</abbr>
                {c.locationName ? ` at ${c.locationName}` : ''}, {c.from === c.to ? c.from : `${c.from} – ${c.to}`}
              </a>
            </h3>
            <p class="meta">
              <span>{c.documents} documents</span>
              <span>{c.issuers.join(', ') || 'issuers unknown'}</span>
              {c.partyNames.length > 0 ? <span>{c.partyNames.join(', ')}</span> : null}
            </p>
          </li>
        ))}
      </ol>
    </div>
  )
}
