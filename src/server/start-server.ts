import { createAdaptorServer } from '@hono/node-server'
import { readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { ingestDocuments, type IngestSummary } from '../corpus/ingest.ts'
import { openStore, storeLocation } from '../corpus/open-store.ts'
import type { Store } from '../corpus/types.ts'
import { readDocuments } from '../ingest/read.ts'
import { createServerPool } from './analysis-pool.ts'
import { createApp } from './app.ts'
import { safePageFetcher } from './fetch-page.ts'
import { DEFAULT_LIMITS } from './limits.ts'
import { openTokenStore, type TokenStore } from './tokens-store.ts'
import { loadWebAssets } from './web-assets.ts'

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version

/** The project's example documents, loaded into an empty store by `npm start`. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url))

export interface ServeOptions {
  /** default 4400; 0 picks a free port */
  port?: number
  /** default 127.0.0.1; any other than a loopback address turns auth on */
  host?: string
  /** the store: SQLite path or postgres:// URL; default UNSPUN_DB, DATABASE_URL, ./unspun.db */
  db?: string
  /** require API tokens even on a loopback address */
  auth?: boolean
  /** let URL analysis fetch from private, loopback and link-local addresses (an intranet) */
  allowPrivateNetwork?: boolean
  /** analysis worker threads; default the number of cores; 0 analyses on the server thread */
  workers?: number
  maxBodyBytes?: number
  requestTimeoutMs?: number
  /** bytes of recent reports kept to answer a document sent again; default 64 MiB, 0 for none */
  cacheBytes?: number
  /** load the example documents when the store is empty */
  loadExamples?: boolean
  /** the built web UI; default web/dist */
  webDir?: string
  /** where progress and warnings go; default standard error */
  log?: (line: string) => void
  env?: Readonly<Record<string, string | undefined>>
}

export interface RunningServer {
  /** http://host:port/ */
  url: string
  port: number
  store: Store
  /** whether API tokens are required */
  auth: boolean
  /** what loading the examples did, when it ran */
  examples: IngestSummary | null
  /** Stops taking connections, finishes the requests in flight, then stops the workers and closes the store. */
  close(options?: { graceMs?: number }): Promise<void>
}

/** True for addresses that only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase()
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1'
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? `port ${port} is already in use; choose another with --port` : error.code === 'EACCES' ? `no permission to listen on port ${port}` : error.message
      reject(new Error(`Cannot listen on ${host}:${port}: ${why}.`, { cause: error }))
    }
    server.once('error', failed)
    server.listen(port, host, () => {
      server.off('error', failed)
      resolve(server.address() as AddressInfo)
    })
  })
}

function urlOf(host: string, port: number): string {
  const h = host.includes(':') ? `[${host}]` : host
  return `http://${h}:${port}/`
}

/**
 * Opens the store, starts the analysis workers, loads the examples into an empty store when asked,
 * and serves the API and web UI. Auth is on with `auth` or on any non-loopback host.
 *
 * @example
 * const server = await startServer({ port: 0, db: 'corpus.db' })
 * console.log(server.url)
 * await server.close()
 */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  const port = options.port ?? 4400
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const auth = options.auth === true || !isLoopback(host)
  const location = storeLocation(options.db, options.env ?? process.env)
  const store = await openStore(location)
  let tokens: TokenStore | null = null
  const pool = createServerPool({ workers: options.workers, cacheBytes: options.cacheBytes, taskTimeoutMs: options.requestTimeoutMs })
  const cleanup = async () => {
    await pool.close()
    await tokens?.close()
    await store.close()
  }
  let server: Server | null = null
  try {
    if (auth) {
      tokens = await openTokenStore(location)
      if ((await tokens.list()).every((t) => t.revokedAt !== null)) {
        log(`unspun serve: API tokens are required and none exists yet; create one with \`unspun token create --scope read --db ${location}\`.`)
      }
    }
    const app = createApp({
      pool,
      store,
      tokens,
      fetchPage: safePageFetcher({ allowPrivateNetwork: options.allowPrivateNetwork }),
      limits: { maxBodyBytes: options.maxBodyBytes ?? DEFAULT_LIMITS.maxBodyBytes, requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_LIMITS.requestTimeoutMs },
      web: loadWebAssets(options.webDir),
      version: VERSION,
    })
    server = createAdaptorServer({ fetch: app.fetch }) as Server
    // Slow clients may not hold a connection open for ever while sending a body.
    server.requestTimeout = (options.requestTimeoutMs ?? DEFAULT_LIMITS.requestTimeoutMs) + 30_000
    server.headersTimeout = 20_000
    // Listening first makes a port in use fail at once, before the slow start below.
    const address = await listen(server, port, host)
    let examples: IngestSummary | null = null
    if (options.loadExamples) {
      const counts = await store.count()
      if (counts.documents === 0 && counts.failed === 0) {
        log('unspun serve: loading the example documents into the empty store…')
        examples = await ingestDocuments(store, readDocuments([EXAMPLES_DIR]), { workers: 1 })
        log(`unspun serve: loaded ${examples.ingested} example documents (${examples.failed} failed) in ${examples.seconds} s.`)
      }
    }
    await pool.ready()
    const listening = server
    let closing: Promise<void> | null = null
    return {
      url: urlOf(host, address.port),
      port: address.port,
      store,
      auth,
      examples,
      close({ graceMs = 10_000 } = {}) {
        closing ??= new Promise<void>((resolve) => {
          const force = setTimeout(() => listening.closeAllConnections(), graceMs)
          listening.close(() => {
            clearTimeout(force)
            resolve()
          })
          listening.closeIdleConnections()
        }).then(cleanup)
        return closing
      },
    }
  } catch (error) {
    const started = server
    if (started?.listening) await new Promise((resolve) => started.close(resolve))
    await cleanup()
    throw error
  }
}
