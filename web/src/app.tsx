import { useEffect, useState } from 'preact/hooks'
import { getJson, onAuthRequired, onTokenChange, type ServerStatus } from './api.ts'
import { TokenForm } from './components/token-form.tsx'
import { AnalysePage } from './pages/analyse-page.tsx'
import { ClusterPage } from './pages/cluster-page.tsx'
import { CorpusPage } from './pages/corpus-page.tsx'
import { DocumentPage } from './pages/document-page.tsx'
import { EventsPage } from './pages/events-page.tsx'
import { IssuerPage } from './pages/issuer-page.tsx'
import { href, useRoute, type Route } from './router.ts'

function Page({ route, status }: { route: Route; status: ServerStatus | null }) {
  const [first, second] = route.segments
  if (first === 'analyse') return <AnalysePage canWrite={status?.store != null && (!status.auth || status.scope === 'write')} />
  if (first === 'documents' && second) return <DocumentPage id={second} />
  if (first === 'issuers' && second) return <IssuerPage issuer={second} />
  if (first === 'events' && second) return <ClusterPage id={second} route={route} />
  if (first === 'events') return <EventsPage route={route} />
  if (first === undefined || first === 'corpus') return <CorpusPage route={route} />
  return (
    <div class="page">
      <h1>Not found</h1>
      <p>
        Nothing here. Go to the <a href={href(['corpus'])}>corpus</a> or <a href={href(['analyse'])}>analyse a document</a>.
      </p>
    </div>
  )
}

const NAV = [
  { section: 'corpus', label: 'Corpus', match: ['corpus', 'documents', 'issuers', undefined] },
  { section: 'events', label: 'Events', match: ['events'] },
  { section: 'analyse', label: 'Analyse', match: ['analyse'] },
]

/** The workbench: a header with the sections, the token form when the server asks for one, and the current page. */
export function App() {
  const route = useRoute()
  const [status, setStatus] = useState<ServerStatus | null>(null)
  const [tokenReason, setTokenReason] = useState<string | null>(null)
  const [showToken, setShowToken] = useState(false)
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    getJson<ServerStatus>('/api/status').then(setStatus, () => setStatus(null))
  }, [generation])
  useEffect(() => onTokenChange(() => setGeneration((g) => g + 1)), [])
  useEffect(
    () =>
      onAuthRequired((error) => {
        setTokenReason(error.message)
        setShowToken(true)
      }),
    [],
  )

  const section = route.segments[0]
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href={href(['corpus'])}>
          unspun
        </a>
        <nav aria-label="Sections">
          {NAV.map((n) => (
            <a key={n.section} href={href([n.section])} aria-current={n.match.includes(section) ? 'page' : undefined}>
              {n.label}
            </a>
          ))}
          <a href="/openapi.json" target="_blank" rel="noopener">
            API
          </a>
        </nav>
        <span class="status">
          {status?.store ? `${status.store.documents} documents` : null}
          {status?.auth ? (
            <button type="button" class="link" onClick={() => setShowToken(!showToken)} aria-expanded={showToken}>
              {status.scope ? `token: ${status.scope}` : 'token needed'}
            </button>
          ) : null}
        </span>
      </header>
      {showToken ? (
        <TokenForm
          reason={tokenReason}
          onDone={() => {
            setShowToken(false)
            setTokenReason(null)
          }}
        />
      ) : null}
      <main id="main" key={generation}>
        <Page route={route} status={status} />
      </main>
    </>
  )
}
