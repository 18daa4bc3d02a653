import { Hono } from 'hono'
import type { Store } from '../corpus/types.ts'
import type { AnalysisPool } from './analysis-pool.ts'
import type { FetchPage } from './document-input.ts'
import { createErrorHandler, notFound, type ErrorLog } from './error-handler.ts'
import { HttpError } from './http-error.ts'
import { DEFAULT_LIMITS, limitTime, type Limits } from './limits.ts'
import { aggregateRoutes } from './routes/aggregates.ts'
import { analyzeRoutes } from './routes/analyze.ts'
import { clusterRoutes } from './routes/clusters.ts'
import { documentRoutes } from './routes/documents.ts'
import { exportRoutes } from './routes/exports.ts'
import { metaRoutes } from './routes/meta.ts'
import { securityHeaders } from './security-headers.ts'
import type { TokenStore } from './tokens-store.ts'
import { serveWeb, type WebAssets } from './web-assets.ts'

export interface AppOptions {
  /** analyses documents (worker threads, or the calling thread with `workers: 0`) */
  pool: AnalysisPool
  /** fetches URLs given to analyse; build it with safePageFetcher */
  fetchPage: FetchPage
  /** the corpus; without it the corpus endpoints answer 503 `no_store` */
  store?: Store | null
  /** API tokens; when given, every API call but status needs a valid token */
  tokens?: TokenStore | null
  limits?: Partial<Limits>
  /** the built web UI, served at / */
  web?: WebAssets | null
  version?: string
  /** where unexpected errors are written; default standard error */
  log?: ErrorLog
}

/**
 * The HTTP API and the web UI as a hono app: call it in-process with `app.request()`, or serve it
 * with `startServer`. Every error leaves as `{"error": {"code", "message", "details"?}}`.
 *
 * @example
 * const app = createApp({ pool: createServerPool({ workers: 0 }), fetchPage: safePageFetcher() })
 * const res = await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) })
 */
export function createApp(options: AppOptions): Hono {
  const { pool, fetchPage, store = null, tokens = null, web = null, version = '0.0.0' } = options
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const log = options.log ?? ((message: string) => process.stderr.write(`unspun serve: ${message}\n`))
  const app = new Hono()
  app.onError(createErrorHandler(log))
  app.notFound(notFound)
  app.use(securityHeaders())
  app.use('/api/*', limitTime(limits.requestTimeoutMs))
  app.route('/', metaRoutes({ store, tokens, version, workers: pool.workers }))
  app.route('/api', analyzeRoutes({ pool, fetchPage, tokens, maxBodyBytes: limits.maxBodyBytes }))
  if (store) {
    app.route('/api', documentRoutes({ store, pool, fetchPage, tokens, maxBodyBytes: limits.maxBodyBytes }))
    app.route('/api', aggregateRoutes({ store, tokens }))
    app.route('/api', clusterRoutes({ store, tokens }))
    app.route('/api', exportRoutes({ store, tokens }))
  } else {
    app.all('/api/*', () => {
      throw new HttpError(503, { code: 'no_store', message: 'This server runs without a document store; only /api/analyze and /api/status are available. Start it with --db.' })
    })
  }
  app.use(serveWeb(web))
  return app
}
