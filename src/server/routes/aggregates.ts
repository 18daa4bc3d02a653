import { Hono } from 'hono'
import { z } from 'zod'
import { cameoRootName } from '../../corpus/cameo-roots.ts'
import type { Store } from '../../corpus/types.ts'
import { requireScope } from '../auth.ts'
import { filtersOf } from '../corpus-query.ts'
import type { TokenStore } from '../tokens-store.ts'

export const CoMentionParamsSchema = z.object({
  with: z.string().max(500).optional().describe('only pairs that include this entity (name, alias or knowledge-base id)'),
  minDocuments: z.coerce.number().int().min(1).max(1_000_000).default(2).describe('pairs named together in at least this many documents'),
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('the most pairs'),
})

/** Aggregates over the stored corpus, each under the corpus filters. */
export function aggregateRoutes({ store, tokens }: { store: Store; tokens: TokenStore | null }): Hono {
  const routes = new Hono()
  routes.use('/aggregates/*', requireScope(tokens, 'read'))

  routes.get('/aggregates/techniques', async (c) => c.json({ counts: await store.techniqueCounts(filtersOf(c.req.query())) }))

  routes.get('/aggregates/co-mentions', async (c) => {
    const params = c.req.query()
    const options = CoMentionParamsSchema.parse(params)
    return c.json({ pairs: await store.entityCoMentions(filtersOf(params), options) })
  })

  routes.get('/aggregates/events', async (c) => {
    const counts = await store.eventCounts(filtersOf(c.req.query()))
    return c.json({ counts: counts.map((row) => ({ ...row, event: cameoRootName(row.root) })) })
  })

  return routes
}
