import type { Context } from 'hono'
import { decodeBytes } from '../ingest/decode.ts'
import { InputError } from '../ingest/input-error.ts'
import type { DocumentSource } from './analysis-job.ts'
import { AnalyzeRequestSchema, RawMetadataSchema } from './analyze-request.ts'
import { HttpError } from './http-error.ts'

/** A page fetched for analysis: its final URL after redirects, its content type and its bytes. */
export interface FetchedPage {
  url: string
  contentType: string
  /** the charset the server declared, if any */
  charset?: string | null
  bytes: Uint8Array
}

/** Fetches a URL under the server's safety rules; throws HttpError when refused or failed. */
export type FetchPage = (url: string) => Promise<FetchedPage>

function unreadable(error: unknown): HttpError {
  const message = error instanceof InputError ? error.reason : error instanceof Error ? error.message : String(error)
  return new HttpError(422, { code: 'unreadable_input', message: `The document cannot be read: ${message}.`, cause: error })
}

function isHtml(contentType: string): boolean {
  return /^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType)
}

function decode(bytes: Uint8Array, source: string, charset?: string | null): string {
  try {
    // Pages may declare a legacy charset; everything else is read as UTF-8 (or UTF-16 with a BOM).
    if (charset && !/^utf-?(?:8|16)/i.test(charset)) return new TextDecoder(charset).decode(bytes)
    return decodeBytes(bytes, source)
  } catch (error) {
    throw unreadable(error)
  }
}

/** The body as the client sent it; a client that goes away mid-body is not a server error. */
async function bodyOf<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof HttpError) throw error
    throw new HttpError(400, { code: 'request_aborted', message: `The request body was not received in full (${(error as Error).message}).`, cause: error })
  }
}

async function jsonBody(c: Context): Promise<unknown> {
  const raw = await bodyOf(() => c.req.text())
  try {
    return JSON.parse(raw)
  } catch (error) {
    throw new HttpError(400, { code: 'invalid_json', message: `The request body is not valid JSON: ${(error as Error).message}.` })
  }
}

/**
 * Reads the document a request carries: a JSON body with one of `text`, `html` or `url` (fetched
 * with `fetchPage`), or a raw `text/plain` or `text/html` body with title, issuer and published as
 * query parameters. Throws HttpError for anything else.
 *
 * @example
 * const source = await readDocumentInput(c, fetchPage) // { format: 'text', content: '…', source: 'api' }
 */
export async function readDocumentInput(c: Context, fetchPage: FetchPage): Promise<DocumentSource> {
  const type = c.req.header('content-type') ?? ''
  if (/^\s*application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    const body = AnalyzeRequestSchema.parse(await jsonBody(c))
    const meta = { title: body.title ?? null, issuer: body.issuer ?? null, published: body.published ?? null }
    if (body.text !== undefined) return { format: 'text', content: body.text, source: 'api', ...meta }
    if (body.html !== undefined) return { format: 'html', content: body.html, source: 'api', ...meta }
    const page = await fetchPage((body.url ?? '').trim())
    return { format: isHtml(page.contentType) ? 'html' : 'text', content: decode(page.bytes, page.url, page.charset), source: page.url, url: page.url, ...meta }
  }
  if (/^\s*text\/(?:plain|html)\b/i.test(type)) {
    const meta = RawMetadataSchema.parse(c.req.query())
    const bytes = new Uint8Array(await bodyOf(() => c.req.arrayBuffer()))
    const content = decode(bytes, 'api')
    return { format: isHtml(type) ? 'html' : 'text', content, source: 'api', title: meta.title ?? null, issuer: meta.issuer ?? null, published: meta.published ?? null }
  }
  throw new HttpError(415, {
    code: 'unsupported_media_type',
    message: `Send the document as application/json ({"text"|"html"|"url": …}), text/plain or text/html; got ${type ? `'${type}'` : 'no Content-Type'}.`,
  })
}
