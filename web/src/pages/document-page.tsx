import type { StoredDocument } from '../api.ts'
import { DownloadButton } from '../components/download-button.tsx'
import { ErrorMessage } from '../components/error-message.tsx'
import { useApi } from '../components/use-api.ts'
import { ReadingView } from '../reading/reading-view.tsx'
import { href } from '../router.ts'

/** One stored document: its report in the reading view, where it came from, and when it was ingested. */
export function DocumentPage({ id }: { id: string }) {
  const { data, error, loading } = useApi<StoredDocument>(`/api/documents/${encodeURIComponent(id)}`)
  if (loading && !data) return <p class="loading">Loading the document…</p>
  if (error) return <ErrorMessage error={error} />
  if (!data) return null
  return (
    <div class="page document">
      <nav class="crumbs" aria-label="Breadcrumbs">
        <a href={href(['corpus'])}>Corpus</a>
        {data.issuer ? (
          <>
            {' › '}
            <a href={href(['issuers', data.issuer])}>{data.issuer}</a>
          </>
        ) : null}
      </nav>
      {data.report ? (
        <ReadingView report={data.report} />
      ) : (
        <section>
          <h2>{data.title ?? data.source}</h2>
          <p class="error">This document could not be analysed: {data.error ?? 'no report was stored'}.</p>
        </section>
      )}
      <footer class="provenance">
        <p class="note">
          Stored as <code>{data.id}</code>, ingested {data.ingestedAt}. Sources: {data.sources.join(', ') || data.source}.{' '}
          Download the report as{' '}
          <DownloadButton path={`/api/documents/${encodeURIComponent(data.id)}/report?format=html`} filename={`${data.id}.html`}>
            an offline HTML page
          </DownloadButton>{' '}
          or{' '}
          <DownloadButton path={`/api/documents/${encodeURIComponent(data.id)}/report`} filename={`${data.id}.json`}>
            JSON
          </DownloadButton>
          .
        </p>
      </footer>
    </div>
  )
}
