import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Context, MiddlewareHandler } from 'hono'

/** Where `npm run build:web` writes the web UI, from src/server or dist/server alike. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url))

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

interface Asset {
  body: Uint8Array
  type: string
  etag: string
  /** hashed file names never change content, so they may be cached for good */
  immutable: boolean
}

/** The built web UI held in memory: a few small files, served without touching the disk again. */
export interface WebAssets {
  readonly files: ReadonlyMap<string, Asset>
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path, out)
    else out.push(path)
  }
  return out
}

/**
 * Reads the built web UI from `dir` (default web/dist), or returns null when it has not been built.
 *
 * @example
 * const web = loadWebAssets() // null until `npm run build:web` has run
 */
export function loadWebAssets(dir: string = WEB_DIST): WebAssets | null {
  if (!existsSync(join(dir, 'index.html'))) return null
  const files = new Map<string, Asset>()
  for (const path of walk(dir)) {
    const body = readFileSync(path)
    const url = `/${relative(dir, path).split(sep).join('/')}`
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`
    files.set(url, { body, type: TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream', etag, immutable: url.startsWith('/assets/') })
  }
  return { files }
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>unspun</title></head>
<body><h1>unspun</h1><p>The web UI has not been built. Run <code>npm run build:web</code> and start the server again.
The API works meanwhile; it is described at <a href="/openapi.json">/openapi.json</a>.</p></body></html>
`

function send(c: Context, asset: Asset): Response {
  if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304, { ETag: asset.etag })
  return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': asset.type,
    ETag: asset.etag,
    'Cache-Control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  })
}

/** Serves the web UI: `/` is the app, other paths its files; unknown paths fall through to the API's 404. */
export function serveWeb(web: WebAssets | null): MiddlewareHandler {
  return async function webUi(c, next) {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    const path = c.req.path === '/' ? '/index.html' : c.req.path
    if (!web) return path === '/index.html' ? c.html(NOT_BUILT) : next()
    const asset = web.files.get(path)
    return asset ? send(c, asset) : next()
  }
}
