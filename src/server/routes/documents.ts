import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { contentHash } from '../../corpus/content-hash.ts'
import { reportRows } from '../../corpus/report-rows.ts'
import type { Store } from '../../corpus/types.ts'
import { formatReports, FORMAT_NAMES } from '../../report/format/index.ts'
import type { Report } from '../../report/schema.ts'
import type { AnalysisPool } from '../analysis-pool.ts'
import { analysed } from '../analysis-errors.ts'
import { requireScope } from '../auth.ts'
import { searchFacets } from '../corpus-facets.ts'
import { searchOf } from '../corpus-query.ts'
import { readDocumentInput, type FetchPage } from '../document-input.ts'
import { HttpError } from '../http-error.ts'
import { limitBody } from '../limits.ts'
import type { TokenStore } from '../tokens-store.ts'

export interface DocumentRouteOptions {
  store: Store
  pool: AnalysisPool
  fetchPage: FetchPage
  tokens: TokenStore | null
  maxBodyBytes: number
}

const FORMAT_TYPES: Record<(typeof FORMAT_NAMES)[number], string> = {
  stylish: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
}

const ReportParamsSchema = z.object({ format: z.enum(FORMAT_NAMES).default('json') })
const PageParamsSchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50), offset: z.coerce.number().int().min(0).default(0) })

function errorProblems(report: Report): string | null {
  const broken = report.problems.filter((p) => (p.severity ?? 'error') === 'error')
  return broken.length > 0 ? broken.map((p) => p.message).join('; ') : null
}

async function storedOr404(store: Store, id: string) {
  const doc = await store.get(id)
  if (!doc) throw new HttpError(404, { code: 'not_found', message: `No document '${id}' in the store; ids come from GET /api/documents.` })
  return doc
}

/** Documents in the store: add one (analysed on the way in), search and list, read one and its report, list failures. */
export function documentRoutes({ store, pool, fetchPage, tokens, maxBodyBytes }: DocumentRouteOptions): Hono {
  const routes = new Hono()
  const read = requireScope(tokens, 'read')

  routes.post('/documents', requireScope(tokens, 'write'), limitBody(maxBodyBytes), async (c) => {
    const source = await readDocumentInput(c, fetchPage)
    const report = await analysed(() => pool.analyzeToReport(source))
    const hash = contentHash(report.document.text)
    const origin = source.url ?? source.source
    const problems = errorProblems(report)
    if (problems) {
      const d = report.document
      await store.addFailure({ hash, source: origin, error: problems, text: d.text, title: d.title, issuer: d.issuer, published: d.published, report })
      throw new HttpError(500, { code: 'analysis_failed', message: `The document was analysed only in part and is recorded as failed: ${problems}`, details: { hash } })
    }
    const outcome = await store.addReport({ hash, source: origin, report, rows: reportRows(report) })
    const stored = await store.get(hash)
    const { report: _report, sources: _sources, ...summary } = stored ?? { report: null, sources: [] }
    return c.json({ id: stored?.id ?? hash, outcome, document: stored ? summary : null }, outcome === 'duplicate' ? 200 : 201)
  })

  routes.get('/documents', read, async (c: Context) => {
    const params = c.req.query()
    const query = searchOf(params)
    const hits = await store.search(query)
    const facets = params.facets === 'true' || params.facets === '1' ? await searchFacets(store, query) : undefined
    return c.json({ hits, limit: query.limit, offset: query.offset, ...(facets ? { facets } : {}) })
  })

  routes.get('/documents/:id', read, async (c) => c.json(await storedOr404(store, c.req.param('id'))))

  routes.get('/documents/:id/report', read, async (c) => {
    const { format } = ReportParamsSchema.parse(c.req.query())
    const doc = await storedOr404(store, c.req.param('id'))
    if (!doc.report) throw new HttpError(404, { code: 'no_report', message: `Document '${doc.id}' failed before it was analysed: ${doc.error ?? 'no report'}.` })
    const body = format === 'json' ? JSON.stringify(doc.report) : formatReports(format, [doc.report])
    // The offline HTML report carries its own inline styles and nothing else.
    if (format === 'html') c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
    return c.body(body, 200, { 'Content-Type': FORMAT_TYPES[format] })
  })

  routes.get('/failures', read, async (c) => {
    const { limit, offset } = PageParamsSchema.parse(c.req.query())
    return c.json({ failures: await store.failures({ limit, offset }), limit, offset })
  })

  return routes
}
