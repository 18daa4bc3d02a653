import { Hono } from 'hono'
import type { AnalysisPool } from '../analysis-pool.ts'
import { analysed } from '../analysis-errors.ts'
import { requireScope } from '../auth.ts'
import { readDocumentInput, type FetchPage } from '../document-input.ts'
import { limitBody } from '../limits.ts'
import type { TokenStore } from '../tokens-store.ts'

export interface AnalyzeRouteOptions {
  pool: AnalysisPool
  fetchPage: FetchPage
  tokens: TokenStore | null
  maxBodyBytes: number
}

/** `POST /analyze`: the unspun.report/1 report of one document, not stored. */
export function analyzeRoutes({ pool, fetchPage, tokens, maxBodyBytes }: AnalyzeRouteOptions): Hono {
  const routes = new Hono()
  routes.post('/analyze', requireScope(tokens, 'read'), limitBody(maxBodyBytes), async (c) => {
    const source = await readDocumentInput(c, fetchPage)
    const json = await analysed(() => pool.analyzeToJson(source))
    return c.body(json, 200, { 'Content-Type': 'application/json; charset=utf-8' })
  })
  return routes
}
