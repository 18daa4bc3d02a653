import { Hono } from 'hono'
import { stream } from 'hono/streaming'
import { EXPORT_KINDS, exportCorpus, type ExportKind } from '../../corpus/exports.ts'
import type { Store } from '../../corpus/types.ts'
import { requireScope } from '../auth.ts'
import { filtersOf } from '../corpus-query.ts'
import { HttpError } from '../http-error.ts'
import type { TokenStore } from '../tokens-store.ts'

/** The file each export downloads as, and its content type. */
export const EXPORT_FILES: Record<ExportKind, { file: string; type: string }> = {
  jsonl: { file: 'reports.jsonl', type: 'application/x-ndjson; charset=utf-8' },
  documents: { file: 'documents.csv', type: 'text/csv; charset=utf-8' },
  entities: { file: 'entities.csv', type: 'text/csv; charset=utf-8' },
  events: { file: 'events.csv', type: 'text/csv; charset=utf-8' },
  techniques: { file: 'techniques.csv', type: 'text/csv; charset=utf-8' },
  gdelt: { file: 'events.gdelt.tsv', type: 'text/tab-separated-values; charset=utf-8' },
}

const isKind = (kind: string): kind is ExportKind => (EXPORT_KINDS as readonly string[]).includes(kind)

/** Exports of the stored corpus, streamed: JSONL reports, CSV tables, GDELT-style events. */
export function exportRoutes({ store, tokens }: { store: Store; tokens: TokenStore | null }): Hono {
  const routes = new Hono()
  routes.get('/export/:kind', requireScope(tokens, 'read'), async (c) => {
    const kind = c.req.param('kind')
    if (!isKind(kind)) throw new HttpError(404, { code: 'not_found', message: `No export '${kind}'. Exports: ${EXPORT_KINDS.join(', ')}.` })
    const filters = filtersOf(c.req.query())
    const { file, type } = EXPORT_FILES[kind]
    c.header('Content-Type', type)
    c.header('Content-Disposition', `attachment; filename="${file}"`)
    return stream(c, async (out) => {
      await exportCorpus(store, kind, async (chunk) => {
        await out.write(chunk)
      }, filters)
    })
  })
  return routes
}
