import { Hono } from 'hono'
import type { Store } from '../../corpus/types.ts'
import { openApiDocument } from '../openapi.ts'
import { bearerToken } from '../tokens.ts'
import type { TokenStore } from '../tokens-store.ts'

/** `GET /openapi.json` and `GET /api/status`: open to all, so clients can find their way and learn whether they need a token. */
export function metaRoutes({ store, tokens, version, workers }: { store: Store | null; tokens: TokenStore | null; version: string; workers: number }): Hono {
  const routes = new Hono()
  const document = JSON.stringify(openApiDocument(version))
  routes.get('/openapi.json', (c) => c.body(document, 200, { 'Content-Type': 'application/json; charset=utf-8' }))
  routes.get('/api/status', async (c) => {
    const token = bearerToken(c.req.header('authorization'))
    const record = tokens && token ? await tokens.verify(token) : null
    const mayRead = !tokens || record !== null
    const counts = store && mayRead ? await store.count() : null
    return c.json({
      name: 'unspun',
      version,
      auth: tokens !== null,
      scope: record?.scope ?? null,
      store: store && counts ? { kind: store.kind, documents: counts.documents, failed: counts.failed } : null,
      workers,
    })
  })
  return routes
}
