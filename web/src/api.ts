import type { Report } from '../../src/report/schema.ts'
import type { DocumentSummary, EntityCoMention, EventCount, SearchHit, StoredDocument, TechniqueCount } from '../../src/corpus/types.ts'
import type { ClusterComparison as Comparison } from '../../src/corpus/cluster-comparison.ts'
import type { EventCluster } from '../../src/corpus/clustering.ts'

export type { Report, DocumentSummary, EntityCoMention, EventCount, SearchHit, StoredDocument, TechniqueCount }

/** One cluster compared source by source. */
export type ClusterComparison = Omit<Comparison, 'cluster'> & { cluster: ClusterSummary }
/** A cluster as GET /api/clusters lists it: no members, and the name of its CAMEO root. */
export type ClusterSummary = Omit<EventCluster, 'members'> & { event: string }

/** An error as the API sends it: `{"error": {"code", "message", "details"?}}`, with the HTTP status. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: unknown
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message)
    this.status = status
    this.code = code
    this.details = details
  }
}

const TOKEN_KEY = 'unspun.token'
const tokenListeners = new Set<() => void>()

/** The API token kept in this browser, or null. */
export function storedToken(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_KEY)
  } catch {
    return null
  }
}

/** Keeps (or, with null, forgets) the API token, and tells listeners. */
export function setStoredToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(TOKEN_KEY, token)
    else window.localStorage.removeItem(TOKEN_KEY)
  } catch {
    // Private browsing may refuse storage; the token then lasts until the page is reloaded.
  }
  for (const listener of tokenListeners) listener()
}

/** Calls `listener` whenever the token changes; returns the unsubscribe function. */
export function onTokenChange(listener: () => void): () => void {
  tokenListeners.add(listener)
  return () => tokenListeners.delete(listener)
}

const authListeners = new Set<(error: ApiError) => void>()

/** Calls `listener` when the API refuses a request for want of a (better) token. */
export function onAuthRequired(listener: (error: ApiError) => void): () => void {
  authListeners.add(listener)
  return () => authListeners.delete(listener)
}

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  const token = storedToken()
  if (token) headers.set('Authorization', `Bearer ${token}`)
  let response: Response
  try {
    response = await fetch(path, { ...init, headers })
  } catch (error) {
    throw new ApiError(0, 'network_error', `The server cannot be reached (${(error as Error).message}). Is \`unspun serve\` running?`)
  }
  if (response.ok) return response
  let body: { error?: { code?: string; message?: string; details?: unknown } } = {}
  try {
    body = await response.json()
  } catch {
    // A proxy or a crash may answer with something that is not our JSON error.
  }
  const error = new ApiError(response.status, body.error?.code ?? 'http_error', body.error?.message ?? `The server answered ${response.status} ${response.statusText}.`, body.error?.details)
  if (response.status === 401 || response.status === 403) for (const listener of authListeners) listener(error)
  throw error
}

/**
 * Downloads a file from the API as `filename`: fetched with the token (a plain link could not send
 * it), then saved from a blob.
 */
export async function download(path: string, filename: string): Promise<void> {
  const blob = await (await request(path)).blob()
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** GETs JSON from the API. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await request(path, { signal })).json() as Promise<T>
}

/** POSTs JSON to the API and reads JSON back. */
export async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return (await request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' }, signal })).json() as Promise<T>
}

/** POSTs raw bytes (an uploaded file) with its content type. */
export async function postRaw<T>(path: string, body: Blob, contentType: string, signal?: AbortSignal): Promise<T> {
  return (await request(path, { method: 'POST', body, headers: { 'Content-Type': contentType }, signal })).json() as Promise<T>
}

/** A query string of the given parameters, leaving out empty ones. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value))
  const text = search.toString()
  return text ? `?${text}` : ''
}

/** What the server says about itself at /api/status. */
export interface ServerStatus {
  version: string
  auth: boolean
  store: { kind: string; documents: number; failed: number } | null
  scope: 'read' | 'write' | null
}

/** The answer of POST /api/documents. */
export interface IngestResult {
  id: string
  outcome: 'added' | 'duplicate' | 'replaced' | 'failed'
  document: DocumentSummary | null
}

/** The answer of GET /api/documents. */
export interface SearchPage {
  hits: SearchHit[]
  limit: number
  offset: number
  facets?: Facets
}

export interface Facets {
  techniques: { technique: string; documents: number }[]
  issuers: { issuer: string; documents: number }[]
  /** true when only the first 1,000 matching documents were counted */
  partial: boolean
}
