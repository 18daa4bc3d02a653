import { useEffect, useState } from 'preact/hooks'
import type { SearchPage } from '../api.ts'
import { DownloadButton } from '../components/download-button.tsx'
import { ErrorMessage } from '../components/error-message.tsx'
import { MarkedSnippet } from '../components/marked-snippet.tsx'
import { useApi } from '../components/use-api.ts'
import { TECHNIQUE_COLORS, TECHNIQUES } from '../reading/layers.ts'
import { href, navigate, type Route } from '../router.ts'

const FILTERS = ['q', 'issuer', 'entity', 'technique', 'cameo', 'function', 'from', 'to'] as const
type FilterName = (typeof FILTERS)[number]
type Filters = Record<FilterName, string>

const FUNCTIONS = ['report', 'opinion', 'call_to_action', 'quote', 'question', 'other']
const PAGE = 20
const techniqueName = new Map(TECHNIQUES.map((t) => [t.id as string, t.name]))

function filtersOf(query: URLSearchParams): Filters {
  return Object.fromEntries(FILTERS.map((f) => [f, query.get(f) ?? ''])) as Filters
}

function apiPath(filters: Filters, offset: number): string {
  const params = new URLSearchParams()
  for (const f of FILTERS) if (filters[f]) params.set(f, filters[f])
  params.set('limit', String(PAGE))
  params.set('offset', String(offset))
  params.set('facets', 'true')
  return `/api/documents?${params}`
}

const EXPORTS: [kind: string, file: string, label: string][] = [
  ['jsonl', 'reports.jsonl', 'reports (JSONL)'],
  ['documents', 'documents.csv', 'documents'],
  ['entities', 'entities.csv', 'entities'],
  ['events', 'events.csv', 'events'],
  ['techniques', 'techniques.csv', 'techniques (CSV)'],
  ['gdelt', 'events.gdelt.tsv', 'GDELT-style events (TSV)'],
]

function exportQuery(filters: Filters): string {
  const params = new URLSearchParams()
  for (const f of FILTERS) if (f !== 'q' && filters[f]) params.set(f, filters[f])
  const text = params.toString()
  return text ? `?${text}` : ''
}

function Field({ name, label, value, onInput, type = 'text', placeholder }: { name: FilterName; label: string; value: string; onInput: (v: string) => void; type?: string; placeholder?: string }) {
  return (
    <label class="field">
      <span>{label}</span>
      <input name={name} type={type} value={value} placeholder={placeholder} onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)} />
    </label>
  )
}

/** The corpus: full-text search with filters, facets to narrow by technique and issuer, and the hits. */
export function CorpusPage({ route }: { route: Route }) {
  const applied = filtersOf(route.query)
  const offset = Number(route.query.get('offset') ?? 0) || 0
  const [draft, setDraft] = useState<Filters>(applied)
  const appliedKey = route.query.toString()
  useEffect(() => setDraft(filtersOf(route.query)), [appliedKey])
  const { data, error, loading } = useApi<SearchPage>(apiPath(applied, offset))

  const go = (filters: Filters, at = 0) => navigate(href(['corpus'], { ...filters, offset: at ? String(at) : undefined }))
  const set = (name: FilterName) => (value: string) => setDraft({ ...draft, [name]: value })
  const narrow = (name: FilterName, value: string) => go({ ...applied, [name]: value })
  const active = FILTERS.filter((f) => applied[f])

  return (
    <div class="page corpus">
      <h1>Corpus</h1>
      <form
        class="search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault()
          go(draft)
        }}
      >
        <div class="row">
          <label class="field wide">
            <span>Search the texts</span>
            <input name="q" type="search" value={draft.q} placeholder='words, "a phrase", OR, -excluded' onInput={(e) => set('q')((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <button type="submit" class="primary">
            Search
          </button>
        </div>
        <details class="filters" open={active.some((f) => f !== 'q')}>
          <summary>Filters</summary>
          <div class="row">
            <Field name="issuer" label="Issuer" value={draft.issuer} onInput={set('issuer')} placeholder="contains…" />
            <Field name="entity" label="Entity" value={draft.entity} onInput={set('entity')} placeholder="name or alias" />
            <label class="field">
              <span>Technique</span>
              <select name="technique" value={draft.technique} onChange={(e) => set('technique')((e.currentTarget as HTMLSelectElement).value)}>
                <option value="">any</option>
                {TECHNIQUES.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>
            <Field name="cameo" label="CAMEO code" value={draft.cameo} onInput={set('cameo')} placeholder="e.g. 19 or 190" />
            <label class="field">
              <span>Sentence function</span>
              <select name="function" value={draft.function} onChange={(e) => set('function')((e.currentTarget as HTMLSelectElement).value)}>
                <option value="">any</option>
                {FUNCTIONS.map((f) => (
                  <option key={f} value={f}>
                    {f.replaceAll('_', ' ')}
                  </option>
                ))}
              </select>
            </label>
            <Field name="from" label="From" type="date" value={draft.from} onInput={set('from')} />
            <Field name="to" label="To" type="date" value={draft.to} onInput={set('to')} />
          </div>
        </details>
      </form>
      {active.length > 0 ? (
        <p class="active-filters">
          {active.map((f) => (
            <button key={f} type="button" class="chip" onClick={() => go({ ...applied, [f]: '' })} aria-label={`Remove the ${f} filter`}>
              {f}: {f === 'technique' ? (techniqueName.get(applied[f]) ?? applied[f]) : applied[f]} ×
            </button>
          ))}
        </p>
      ) : null}
      <ErrorMessage error={error} />
      <div class="corpus-cols">
        <aside class="facets" aria-label="Facets">
          {data?.facets?.partial ? <p class="note">Counted over the first 1,000 matching documents.</p> : null}
          <section class="panel">
            <h3>Techniques</h3>
            {data?.facets && data.facets.techniques.length > 0 ? (
              <ul>
                {data.facets.techniques.map((f) => (
                  <li key={f.technique}>
                    <button type="button" class="pick" onClick={() => narrow('technique', f.technique)} title="Only documents with this technique">
                      <span class="swatch" style={{ background: TECHNIQUE_COLORS[f.technique as keyof typeof TECHNIQUE_COLORS] }}>
                        {techniqueName.get(f.technique) ?? f.technique}
                      </span>
                    </button>
                    <span class="count">{f.documents}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="note">None.</p>
            )}
          </section>
          <section class="panel">
            <h3>Issuers</h3>
            {data?.facets && data.facets.issuers.length > 0 ? (
              <ul>
                {data.facets.issuers.map((f) => (
                  <li key={f.issuer}>
                    <button type="button" class="pick" onClick={() => narrow('issuer', f.issuer)} title={`Only documents issued by ${f.issuer}`}>
                      {f.issuer}
                    </button>
                    <span class="count">{f.documents}</span>
                    <a class="profile" href={href(['issuers', f.issuer])} aria-label={`Profile of ${f.issuer}`} title={`Profile of ${f.issuer}`}>
                      profile
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="note">None.</p>
            )}
          </section>
        </aside>
        <section class="hits" aria-label="Documents" aria-busy={loading}>
          {data && data.hits.length === 0 ? <p class="note">No documents match.</p> : null}
          <ol class="hit-list" start={offset + 1}>
            {data?.hits.map((hit) => (
              <li key={hit.id} class="hit">
                <h3>
                  <a href={href(['documents', hit.id])}>{hit.title ?? hit.source}</a>
                </h3>
                <p class="meta">
                  {hit.issuer ? (
                    <span>
                      <a href={href(['issuers', hit.issuer])}>{hit.issuer}</a>
                    </span>
                  ) : null}
                  <span>{hit.published ?? 'undated'}</span>
                </p>
                <MarkedSnippet snippet={hit.snippet} highlights={hit.highlights} />
              </li>
            ))}
          </ol>
          <p class="exports note">
            Export the matching documents{applied.q ? ' (the filters; exports do not take the text query)' : ''}:{' '}
            {EXPORTS.map(([kind, file, label], i) => (
              <span key={kind}>
                {i > 0 ? ' · ' : ''}
                <DownloadButton path={`/api/export/${kind}${exportQuery(applied)}`} filename={file}>
                  {label}
                </DownloadButton>
              </span>
            ))}
          </p>
          <nav class="pager" aria-label="Pages">
            {offset > 0 ? (
              <button type="button" onClick={() => go(applied, Math.max(0, offset - PAGE))}>
                ← Previous
              </button>
            ) : null}
            {data && data.hits.length === PAGE ? (
              <button type="button" onClick={() => go(applied, offset + PAGE)}>
                Next →
              </button>
            ) : null}
          </nav>
        </section>
      </div>
    </div>
  )
}
