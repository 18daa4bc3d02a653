import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { blockedReason, safeFetch, SafeFetchError } from './safe-fetch.ts'

describe('blockedReason', () => {
  const cases: [string, string | null][] = [
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', null],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.128.0.1', null],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['8.8.8.8', null],
    ['93.184.216.34', null],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['::ffff:8.8.8.8', null],
    ['64:ff9b::a00:1', 'private'],
    ['2002:7f00:1::', 'loopback'],
    ['2001:4860:4860::8888', null],
  ]
  for (const [address, reason] of cases) {
    test(`${address} is ${reason ?? 'public'}`, () => assert.equal(blockedReason(address), reason))
  }
})

describe('safeFetch', () => {
  let server: Server
  let base: string
  let port: number
  before(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? '/'
      if (url === '/page') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        res.end('<h1>Hello</h1>')
      } else if (url.startsWith('/hop/')) {
        const n = Number(url.slice(5))
        res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' })
        res.end()
      } else if (url === '/to-file') {
        res.writeHead(301, { location: 'file:///etc/passwd' })
        res.end()
      } else if (url === '/big') {
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.write('x'.repeat(4000))
        res.end('y'.repeat(4000))
      } else if (url === '/pdf') {
        res.writeHead(200, { 'content-type': 'application/pdf' })
        res.end('%PDF')
      } else if (url === '/slow') {
        res.writeHead(200, { 'content-type': 'text/html' })
        res.write('<p>')
      } else {
        res.writeHead(404)
        res.end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
    base = `http://127.0.0.1:${port}`
  })
  after(() => {
    server.closeAllConnections()
    server.close()
  })

  const code = (error: unknown) => (error instanceof SafeFetchError ? error.code : String(error))

  test('refuses a loopback address unless the private network is allowed', async () => {
    await assert.rejects(safeFetch(`${base}/page`), (e: Error) => code(e) === 'blocked_address' && /refused to connect to 127\.0\.0\.1 \(loopback address\); pass --allow-private-network/.test(e.message))
    const page = await safeFetch(`${base}/page`, { allowPrivateNetwork: true })
    assert.deepEqual([page.status, page.contentType, page.charset, page.body.toString()], [200, 'text/html', 'utf-8', '<h1>Hello</h1>'])
  })

  test('refuses a host name when any of its addresses is private, before connecting', async () => {
    const resolve = async () => [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.5', family: 4 }]
    await assert.rejects(safeFetch('http://intranet.example/', { resolve }), (e: Error) => code(e) === 'blocked_address' && /10\.0\.0\.5 \(private address\)/.test(e.message))
    const metadata = async () => [{ address: '::ffff:169.254.169.254', family: 6 }]
    await assert.rejects(safeFetch('http://metadata.example/latest', { resolve: metadata }), (e: Error) => code(e) === 'blocked_address')
  })

  test('connects to the address it checked, whatever a second DNS answer would say', async () => {
    let lookups = 0
    const resolve = async () => {
      lookups++
      return [{ address: '127.0.0.1', family: 4 }]
    }
    const page = await safeFetch(`http://press.example:${port}/page`, { allowPrivateNetwork: true, resolve })
    assert.equal(page.body.toString(), '<h1>Hello</h1>')
    assert.equal(lookups, 1)
  })

  test('follows up to 5 redirects, checking each, and says where the answer came from', async () => {
    const page = await safeFetch(`${base}/hop/4`, { allowPrivateNetwork: true })
    assert.equal(page.url, `${base}/page`)
    await assert.rejects(safeFetch(`${base}/hop/5`, { allowPrivateNetwork: true }), (e: Error) => code(e) === 'too_many_redirects')
    await assert.rejects(safeFetch(`${base}/to-file`, { allowPrivateNetwork: true }), (e: Error) => code(e) === 'bad_url' && /only http and https/.test(e.message))
  })

  test('limits size, time and content type, and refuses other schemes and credentials', async () => {
    await assert.rejects(safeFetch(`${base}/big`, { allowPrivateNetwork: true, maxBytes: 5000 }), (e: Error) => code(e) === 'too_large')
    assert.equal((await safeFetch(`${base}/big`, { allowPrivateNetwork: true, maxBytes: 8000 })).body.length, 8000)
    await assert.rejects(safeFetch(`${base}/slow`, { allowPrivateNetwork: true, timeoutMs: 300 }), (e: Error) => code(e) === 'timeout')
    await assert.rejects(safeFetch(`${base}/pdf`, { allowPrivateNetwork: true, accept: ['text/html', 'text/'] }), (e: Error) => code(e) === 'bad_content_type' && /'application\/pdf'/.test(e.message))
    await assert.rejects(safeFetch(`${base}/missing`, { allowPrivateNetwork: true }), (e: Error) => code(e) === 'http_status' && /HTTP 404/.test(e.message))
    await assert.rejects(safeFetch('ftp://example.org/file'), (e: Error) => code(e) === 'bad_url')
    await assert.rejects(safeFetch('http://user:secret@example.org/'), (e: Error) => code(e) === 'bad_url' && !e.message.includes('secret'))
    await assert.rejects(safeFetch('not a url'), (e: Error) => code(e) === 'bad_url')
  })
})
