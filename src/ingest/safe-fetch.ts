import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'

// [first address, prefix length, why it is refused]
const V4_BLOCKED: [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
]

function v4Number(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0)
}

const V4_RANGES = V4_BLOCKED.map(([first, bits, why]) => ({ start: v4Number(first), size: 2 ** (32 - bits), why }))

/** The 16 bytes of an IPv6 address (with any embedded dotted IPv4 tail). */
function v6Bytes(address: string): number[] {
  let text = address.toLowerCase().split('%')[0]
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (tail) {
    const n = v4Number(tail[1])
    text = `${text.slice(0, -tail[1].length)}${((n >>> 16) & 0xffff).toString(16)}:${(n & 0xffff).toString(16)}`
  }
  const [head, rest] = text.split('::')
  const left = head ? head.split(':') : []
  const right = rest !== undefined && rest !== '' ? rest.split(':') : []
  const groups = rest === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
  return groups.flatMap((g) => {
    const n = parseInt(g, 16)
    return [(n >> 8) & 0xff, n & 0xff]
  })
}

function v4FromBytes(bytes: number[], at: number): string {
  return bytes.slice(at, at + 4).join('.')
}

/**
 * Why an address may not be fetched (private, loopback, link-local, unspecified, multicast,
 * carrier-grade NAT, or an IPv6 form that wraps such an IPv4 address), or null when it is public.
 *
 * @example
 * blockedReason('169.254.169.254') // 'link-local'
 * blockedReason('::ffff:127.0.0.1') // 'loopback'
 * blockedReason('93.184.216.34')    // null
 */
export function blockedReason(address: string): string | null {
  const version = isIP(address.split('%')[0])
  if (version === 4) {
    const n = v4Number(address)
    return V4_RANGES.find((r) => n >= r.start && n < r.start + r.size)?.why ?? null
  }
  if (version !== 6) return 'not an IP address'
  const b = v6Bytes(address)
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0)
  if (zeros(0, 16)) return 'unspecified'
  if (zeros(0, 15) && b[15] === 1) return 'loopback'
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return blockedReason(v4FromBytes(b, 12)) // IPv4-mapped ::ffff:a.b.c.d
  if (zeros(0, 12)) return blockedReason(v4FromBytes(b, 12)) // IPv4-compatible ::a.b.c.d
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return blockedReason(v4FromBytes(b, 12)) // NAT64 64:ff9b::/96
  if (b[0] === 0x20 && b[1] === 0x02) return blockedReason(v4FromBytes(b, 2)) // 6to4 2002::/16
  if ((b[0] & 0xfe) === 0xfc) return 'private'
  if (b[0] === 0xfe && (b[1] & 0xc0) === 0x80) return 'link-local'
  if (b[0] === 0xfe && (b[1] & 0xc0) === 0xc0) return 'site-local'
  if (b[0] === 0xff) return 'multicast'
  return null
}

/** Why a fetch was refused or failed; `code` says which limit or rule. */
export class SafeFetchError extends Error {
  readonly code: 'bad_url' | 'blocked_address' | 'dns' | 'too_many_redirects' | 'http_status' | 'bad_content_type' | 'too_large' | 'timeout' | 'network'
  readonly url: string
  constructor(code: SafeFetchError['code'], url: string, message: string, options?: { cause?: unknown }) {
    super(`${url}: ${message}`, options)
    this.name = 'SafeFetchError'
    this.code = code
    this.url = url
  }
}

export interface SafeFetchOptions {
  /** allow private, loopback and link-local addresses (a local test server, an intranet); default false */
  allowPrivateNetwork?: boolean
  /** largest body read; default 10 MiB */
  maxBytes?: number
  /** the whole fetch, redirects included; default 15 s */
  timeoutMs?: number
  /** accepted media types (e.g. 'text/html', 'application/rss+xml'); a prefix ending in '/' accepts a family; default any */
  accept?: readonly string[]
  /** the most redirects followed; default 5 */
  maxRedirects?: number
  /** resolves host names; default dns.lookup (for tests) */
  resolve?: (host: string) => Promise<LookupAddress[]>
}

export interface SafeFetchResponse {
  /** the URL finally fetched, after redirects */
  url: string
  status: number
  /** the media type without parameters, lower-case; '' when none was sent */
  contentType: string
  /** the charset parameter of Content-Type, when sent */
  charset: string | null
  body: Buffer
}

const resolveAll = (host: string) =>
  new Promise<LookupAddress[]>((resolve, reject) => dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))))

/** Checks a URL's host and picks the address to connect to; every address it resolves to must be allowed. */
async function checkedAddress(url: URL, options: SafeFetchOptions): Promise<LookupAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: LookupAddress[]
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }]
  else {
    try {
      addresses = await (options.resolve ?? resolveAll)(host)
    } catch (error) {
      throw new SafeFetchError('dns', url.href, `the host name ${host} cannot be resolved (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error })
    }
    if (addresses.length === 0) throw new SafeFetchError('dns', url.href, `the host name ${host} resolves to no address`)
  }
  if (!options.allowPrivateNetwork) {
    for (const a of addresses) {
      const why = blockedReason(a.address)
      if (why) throw new SafeFetchError('blocked_address', url.href, `refused to connect to ${a.address} (${why} address); pass --allow-private-network (allowPrivateNetwork) to fetch from a local network`)
    }
  }
  return addresses[0]
}

function accepted(contentType: string, accept: readonly string[] | undefined): boolean {
  if (!accept || accept.length === 0) return true
  return accept.some((a) => (a.endsWith('/') ? contentType.startsWith(a) : contentType === a))
}

interface Hop {
  status: number
  location: string | null
  contentType: string
  charset: string | null
  body: Buffer
}

/** One request, connected to the checked address only, so a second DNS answer cannot redirect it. */
function request(url: URL, address: LookupAddress, options: SafeFetchOptions, signal: AbortSignal): Promise<Hop> {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024
  const pinned: LookupFunction = (_host, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, [address])
    else callback(null, address.address, address.family)
  }
  const client = url.protocol === 'https:' ? https : http
  return new Promise<Hop>((resolve, reject) => {
    const req = client.request(url, { method: 'GET', lookup: pinned, signal, headers: { 'accept-encoding': 'identity', 'user-agent': 'unspun (+https://unspun.dev)', accept: (options.accept ?? ['*/*']).map((a) => (a.endsWith('/') ? `${a}*` : a)).join(', ') } }, (res) => {
      const status = res.statusCode ?? 0
      const [type, ...params] = (res.headers['content-type'] ?? '').split(';')
      const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find((c) => c) ?? null
      const hop = { status, location: res.headers.location ?? null, contentType: type.trim().toLowerCase(), charset }
      if (status >= 300 && status < 400) {
        res.resume()
        resolve({ ...hop, body: Buffer.alloc(0) })
        return
      }
      const length = Number(res.headers['content-length'] ?? NaN)
      if (length > maxBytes) {
        res.destroy()
        reject(new SafeFetchError('too_large', url.href, `the response is ${length} bytes, over the ${maxBytes}-byte limit`))
        return
      }
      const chunks: Buffer[] = []
      let total = 0
      res.on('data', (chunk: Buffer) => {
        total += chunk.length
        if (total > maxBytes) {
          res.destroy()
          reject(new SafeFetchError('too_large', url.href, `the response is over the ${maxBytes}-byte limit`))
          return
        }
        chunks.push(chunk)
      })
      res.on('end', () => resolve({ ...hop, body: Buffer.concat(chunks, total) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

/**
 * Fetches a URL the way a server that takes URLs from users must: http and https only; every
 * address the host resolves to is checked, and private, loopback, link-local (cloud metadata),
 * unspecified, multicast and carrier-grade NAT addresses are refused (also in IPv4-mapped IPv6
 * form) unless `allowPrivateNetwork`; the connection is pinned to the checked address; redirects
 * are followed by hand (5 at most) and each is checked again; size, time and media type are limited.
 * Throws a SafeFetchError that names the rule or limit.
 *
 * @example
 * const page = await safeFetch('https://example.org/release', { accept: ['text/html'], maxBytes: 5e6 })
 */
export async function safeFetch(input: string, options: SafeFetchOptions = {}): Promise<SafeFetchResponse> {
  const timeoutMs = options.timeoutMs ?? 15_000
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  let url: URL
  try {
    url = new URL(input)
  } catch {
    clearTimeout(timer)
    throw new SafeFetchError('bad_url', input, 'is not a valid URL')
  }
  try {
    for (let redirects = 0; ; redirects++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SafeFetchError('bad_url', url.href, `only http and https URLs can be fetched, not ${url.protocol}`)
      if (url.username || url.password) throw new SafeFetchError('bad_url', url.href.replace(/\/\/[^@]*@/, '//***@'), 'URLs with credentials are not fetched')
      const address = await checkedAddress(url, options)
      let hop: Hop
      try {
        hop = await request(url, address, options, controller.signal)
      } catch (error) {
        if (error instanceof SafeFetchError) throw error
        if (controller.signal.aborted) throw new SafeFetchError('timeout', url.href, `no complete answer within ${timeoutMs / 1000} s`, { cause: error })
        throw new SafeFetchError('network', url.href, (error as NodeJS.ErrnoException).code ?? (error as Error).message, { cause: error })
      }
      if (hop.status >= 300 && hop.status < 400 && hop.location) {
        if (redirects >= (options.maxRedirects ?? 5)) throw new SafeFetchError('too_many_redirects', input, `more than ${options.maxRedirects ?? 5} redirects`)
        url = new URL(hop.location, url)
        continue
      }
      if (hop.status < 200 || hop.status >= 300) throw new SafeFetchError('http_status', url.href, `the server answered HTTP ${hop.status}`)
      if (!accepted(hop.contentType, options.accept)) {
        throw new SafeFetchError('bad_content_type', url.href, `the content type is '${hop.contentType || 'none'}', expected ${options.accept!.join(' or ')}`)
      }
      return { url: url.href, status: hop.status, contentType: hop.contentType, charset: hop.charset, body: hop.body }
    }
  } finally {
    clearTimeout(timer)
  }
}
