// The app called in-process (no port) over an in-memory SQLite store, analysing on the test's own thread.
import { openSqliteStore } from '../../src/corpus/sqlite/store.ts'
import type { Store } from '../../src/corpus/types.ts'
import { createServerPool, type AnalysisPool } from '../../src/server/analysis-pool.ts'
import { createApp, type AppOptions } from '../../src/server/app.ts'
import { safePageFetcher } from '../../src/server/fetch-page.ts'

export interface TestApi {
  app: ReturnType<typeof createApp>
  store: Store
  pool: AnalysisPool
  /** unexpected errors the app logged */
  logged: string[]
  /** Sends a request; `json` bodies are sent as application/json. */
  call(method: string, path: string, init?: { json?: unknown; body?: string | Uint8Array; type?: string; token?: string; headers?: Record<string, string> }): Promise<ApiResponse>
  close(): Promise<void>
}

export interface ApiResponse {
  status: number
  headers: Headers
  text: string
  /** the body parsed as JSON, or undefined when it is not JSON */
  json: any // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A shared pool for every test file: the analyzer loads once per process. */
let sharedPool: AnalysisPool | undefined
export function inlinePool(): AnalysisPool {
  sharedPool ??= createServerPool({ workers: 0 })
  return sharedPool
}

/**
 * The API over a fresh in-memory store.
 *
 * @example
 * const api = testApi()
 * const res = await api.call('POST', '/api/analyze', { json: { text: 'Troops arrived.' } })
 */
export function testApi(options: Partial<AppOptions> = {}): TestApi {
  const store = options.store ?? openSqliteStore(':memory:')
  const pool = options.pool ?? inlinePool()
  const logged: string[] = []
  const app = createApp({ pool, fetchPage: safePageFetcher(), log: (m) => logged.push(m), version: '0.0.0-test', ...options, store })
  return {
    app,
    store,
    pool,
    logged,
    async call(method, path, init = {}) {
      const headers: Record<string, string> = { ...init.headers }
      let body: string | Uint8Array | undefined = init.body
      if (init.json !== undefined) {
        body = JSON.stringify(init.json)
        headers['Content-Type'] = 'application/json'
      }
      if (init.type) headers['Content-Type'] = init.type
      if (init.token) headers.Authorization = `Bearer ${init.token}`
      const res = await app.request(path, { method, headers, body: body as BodyInit | undefined })
      const text = await res.text()
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch {
        json = undefined
      }
      return { status: res.status, headers: res.headers, text, json }
    },
    async close() {
      await store.close()
    },
  }
}

/** Two short releases from opposite sides about the same shelling: one event across two sources. */
export const SAME_EVENT = [
  {
    text: 'Ceasefire talks collapse\n\nYEREVAN, 14 May 2024 — Azerbaijani forces shelled the Armenian village of Sotk on Tuesday, the Ministry of Defence of Armenia said. Two soldiers were wounded.',
    issuer: 'Ministry of Defence of Armenia',
    published: '2024-05-14',
  },
  {
    text: 'Border incident\n\nBAKU, 15 May 2024 — Azerbaijani forces shelled Armenian positions near Sotk on Tuesday after provocations, the Azerbaijani Defence Ministry said.',
    issuer: 'Azerbaijani Defence Ministry',
    published: '2024-05-15',
  },
]
