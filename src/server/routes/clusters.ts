import { Hono } from 'hono'
import { z } from 'zod'
import { cameoRootName } from '../../corpus/cameo-roots.ts'
import { compareCluster } from '../../corpus/cluster-comparison.ts'
import { clusterEvents, type EventCluster } from '../../corpus/clustering.ts'
import type { Store } from '../../corpus/types.ts'
import { requireScope } from '../auth.ts'
import { filtersOf } from '../corpus-query.ts'
import { HttpError } from '../http-error.ts'
import type { TokenStore } from '../tokens-store.ts'

export const ClusterParamsSchema = z.object({
  window: z.coerce.number().int().min(0).max(60).default(3).describe('the most days between two directly linked events'),
  minSources: z.coerce.number().int().min(2).max(1000).default(2).describe('the fewest distinct documents a cluster needs'),
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('the most clusters listed'),
})

function summary({ members: _members, ...cluster }: EventCluster) {
  return { ...cluster, event: cameoRootName(cluster.root) }
}

/** The same event across sources: clusters of events, and one cluster compared source by source. */
export function clusterRoutes({ store, tokens }: { store: Store; tokens: TokenStore | null }): Hono {
  const routes = new Hono()
  routes.use('/clusters', requireScope(tokens, 'read'))
  routes.use('/clusters/*', requireScope(tokens, 'read'))

  const clusters = async (params: Record<string, string>) => {
    const options = ClusterParamsSchema.parse(params)
    const records = await store.eventRecords(filtersOf(params))
    return { options, clusters: clusterEvents(records, { windowDays: options.window, minSources: options.minSources }) }
  }

  routes.get('/clusters', async (c) => {
    const { options, clusters: found } = await clusters(c.req.query())
    return c.json({ window: options.window, total: found.length, clusters: found.slice(0, options.limit).map(summary) })
  })

  routes.get('/clusters/:id', async (c) => {
    const id = c.req.param('id')
    const { clusters: found } = await clusters(c.req.query())
    const cluster = found.find((x) => x.id === id)
    if (!cluster) {
      throw new HttpError(404, {
        code: 'not_found',
        message: `No event cluster '${id}' with these settings; cluster ids depend on the corpus, the window and the filters, so ask with the same ones GET /api/clusters was given.`,
      })
    }
    const comparison = await compareCluster(store, cluster)
    return c.json({ ...comparison, cluster: { ...comparison.cluster, event: cameoRootName(cluster.root) } })
  })

  return routes
}
