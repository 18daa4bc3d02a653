import { safeFetch, SafeFetchError } from '../ingest/safe-fetch.ts'
import type { FetchPage } from './document-input.ts'
import { HttpError } from './http-error.ts'

export interface PageFetchOptions {
  /** allow private, loopback and link-local addresses (an intranet deployment); default false */
  allowPrivateNetwork?: boolean
  /** largest page read; default 5 MiB */
  maxBytes?: number
  /** the whole fetch, redirects included; default 15 s */
  timeoutMs?: number
}

/** The media types a page to analyse may have. */
export const PAGE_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain']

const STATUS: Record<SafeFetchError['code'], { status: number; code: string }> = {
  bad_url: { status: 400, code: 'invalid_url' },
  blocked_address: { status: 422, code: 'url_refused' },
  dns: { status: 502, code: 'fetch_failed' },
  network: { status: 502, code: 'fetch_failed' },
  http_status: { status: 502, code: 'fetch_failed' },
  too_many_redirects: { status: 502, code: 'fetch_failed' },
  bad_content_type: { status: 422, code: 'unsupported_content_type' },
  too_large: { status: 422, code: 'page_too_large' },
  timeout: { status: 504, code: 'fetch_timeout' },
}

/**
 * Fetches pages to analyse with the project's safe fetcher (http/https only, public addresses
 * only unless allowed, every redirect re-checked, size, time and type limits), turning its
 * refusals into HTTP errors that name the rule.
 *
 * @example
 * const fetchPage = safePageFetcher({ allowPrivateNetwork: false })
 * const page = await fetchPage('https://example.org/release')
 */
export function safePageFetcher({ allowPrivateNetwork = false, maxBytes = 5 * 1024 * 1024, timeoutMs = 15_000 }: PageFetchOptions = {}): FetchPage {
  return async function fetchPage(url) {
    try {
      const page = await safeFetch(url, { allowPrivateNetwork, maxBytes, timeoutMs, accept: PAGE_TYPES })
      return { url: page.url, contentType: page.contentType, charset: page.charset, bytes: page.body }
    } catch (error) {
      if (!(error instanceof SafeFetchError)) throw error
      const { status, code } = STATUS[error.code]
      throw new HttpError(status, { code, message: `The page cannot be fetched: ${error.message}.`, details: { url: error.url, reason: error.code }, cause: error })
    }
  }
}
