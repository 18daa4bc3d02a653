import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { ReportSchema } from '../../src/report/schema.ts'
import { safePageFetcher } from '../../src/server/fetch-page.ts'
import { testApi } from './api-harness.ts'

const RELEASE = 'Troops arrive in Riga\n\nRIGA, 5 May 2021 — NATO said on Monday that 1,200 troops had arrived in Riga. "We will defend every inch of allied territory," the commander said.'

function spansHold(report: { document: { text: string } } & Record<string, unknown>): string[] {
  const text = report.document.text
  const bad: string[] = []
  for (const section of ['quotes', 'amounts', 'dates', 'events', 'techniques'] as const) {
    for (const f of report[section] as { start: number; end: number; text: string }[]) if (text.slice(f.start, f.end) !== f.text) bad.push(`${section} ${f.start}-${f.end}`)
  }
  return bad
}

describe('POST /api/analyze', () => {
  const api = testApi()
  after(() => api.close())

  test('returns the unspun.report/1 report of a JSON text without storing it', async () => {
    const res = await api.call('POST', '/api/analyze', { json: { text: RELEASE, issuer: 'Allied Press Office' } })
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/)
    const report = ReportSchema.parse(res.json)
    assert.equal(report.document.text, RELEASE)
    assert.equal(report.document.issuer, 'Allied Press Office')
    assert.equal(report.document.published, '2021-05-05')
    assert.deepEqual(spansHold(report), [])
    assert.ok(report.quotes.some((q) => q.text.includes('defend every inch')), 'the quote is found')
    assert.deepEqual(await api.store.count(), { documents: 0, failed: 0 })
  })

  test('given metadata wins over what is read from the text', async () => {
    const res = await api.call('POST', '/api/analyze', { json: { text: RELEASE, title: 'My title', published: '2021-06-01' } })
    assert.equal(res.json.document.title, 'My title')
    assert.equal(res.json.document.published, '2021-06-01')
  })

  test('reads HTML to its article text', async () => {
    const html = '<html><body><nav>Home | About</nav><article><h1>Troops arrive</h1><p>NATO said on Monday that 1,200 troops had arrived in Riga.</p></article><script>var x = 1</script></body></html>'
    const res = await api.call('POST', '/api/analyze', { json: { html } })
    assert.equal(res.status, 200)
    assert.match(res.json.document.text, /^Troops arrive\n\nNATO said on Monday/)
    assert.doesNotMatch(res.json.document.text, /Home \| About|var x/)
  })

  test('takes a raw text/plain or text/html body with metadata in the query', async () => {
    const plain = await api.call('POST', '/api/analyze?issuer=Allied%20Press%20Office', { body: RELEASE, type: 'text/plain; charset=utf-8' })
    assert.equal(plain.status, 200)
    assert.equal(plain.json.document.issuer, 'Allied Press Office')
    const html = await api.call('POST', '/api/analyze', { body: '<p>NATO troops arrived in Riga on Monday.</p>', type: 'text/html' })
    assert.equal(html.status, 200)
    assert.equal(html.json.document.text, 'NATO troops arrived in Riga on Monday.')
  })

  test('refuses bodies it cannot read, with one error shape and a stable code', async () => {
    const cases: [string, Parameters<typeof api.call>[2], number, string][] = [
      ['invalid JSON', { body: '{"text": ', type: 'application/json' }, 400, 'invalid_json'],
      ['no document', { json: { title: 'x' } }, 400, 'invalid_request'],
      ['two documents', { json: { text: 'a', html: '<p>b</p>' } }, 400, 'invalid_request'],
      ['empty text', { json: { text: '   ' } }, 400, 'invalid_request'],
      ['unknown field', { json: { text: 'a', colour: 'red' } }, 400, 'invalid_request'],
      ['bad date', { json: { text: 'a', published: '2021-02-30' } }, 400, 'invalid_request'],
      ['wrong type', { body: 'text=a', type: 'application/x-www-form-urlencoded' }, 415, 'unsupported_media_type'],
      ['HTML without text', { json: { html: '<div><script>x()</script></div>' } }, 422, 'unreadable_input'],
      ['binary upload', { body: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34]), type: 'text/plain' }, 422, 'unreadable_input'],
    ]
    for (const [name, init, status, code] of cases) {
      const res = await api.call('POST', '/api/analyze', init)
      assert.equal(res.status, status, name)
      assert.deepEqual(Object.keys(res.json), ['error'], name)
      assert.equal(res.json.error.code, code, name)
      assert.equal(typeof res.json.error.message, 'string', name)
    }
  })

  test('names the field that failed validation', async () => {
    const res = await api.call('POST', '/api/analyze', { json: { text: 'a', published: 'yesterday' } })
    assert.deepEqual(res.json.error.details.issues.map((i: { path: string }) => i.path), ['published'])
    assert.match(res.json.error.message, /published: must be a real date written YYYY-MM-DD/)
  })

  test('answers unknown paths and methods with the same JSON error shape', async () => {
    const missing = await api.call('GET', '/api/nothing-here')
    assert.equal(missing.status, 404)
    assert.equal(missing.json.error.code, 'not_found')
    const wrongMethod = await api.call('GET', '/api/analyze')
    assert.equal(wrongMethod.status, 404)
    assert.equal(wrongMethod.json.error.code, 'not_found')
  })
})

describe('request limits', () => {
  test('a body over the limit is refused with 413 before it is read', async () => {
    const api = testApi({ limits: { maxBodyBytes: 1000 } })
    const res = await api.call('POST', '/api/analyze', { json: { text: 'word '.repeat(400) } })
    assert.equal(res.status, 413)
    assert.equal(res.json.error.code, 'payload_too_large')
    assert.equal(res.json.error.details.maxBytes, 1000)
    await api.close()
  })

  test('a request over the time limit is answered 503 timeout', async () => {
    const slowFetch = () => new Promise<never>(() => undefined)
    const api = testApi({ limits: { requestTimeoutMs: 150 }, fetchPage: slowFetch })
    const started = Date.now()
    const res = await api.call('POST', '/api/analyze', { json: { url: 'https://example.org/slow' } })
    assert.equal(res.status, 503)
    assert.equal(res.json.error.code, 'timeout')
    assert.ok(Date.now() - started < 2000)
    await api.close()
  })

  test('an unexpected failure is a 500 whose cause is logged, not sent', async () => {
    const failing = () => Promise.reject(new Error('secret internal detail'))
    const api = testApi({ fetchPage: failing })
    const res = await api.call('POST', '/api/analyze', { json: { url: 'https://example.org/' } })
    assert.equal(res.status, 500)
    assert.equal(res.json.error.code, 'internal_error')
    assert.doesNotMatch(res.text, /secret internal detail/)
    assert.match(api.logged.join('\n'), /secret internal detail/)
    await api.close()
  })
})

describe('POST /api/analyze with a URL', () => {
  let server: Server
  let base: string
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/release') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        res.end('<html><head><title>Troops arrive</title></head><body><article><h1>Troops arrive</h1><p>NATO said on Monday that 1,200 troops had arrived in Riga.</p></article></body></html>')
      } else if (req.url === '/latin1') {
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=iso-8859-1' })
        res.end(Buffer.from('Caf\xe9 owners in Li\xe8ge protested on Monday.', 'latin1'))
      } else if (req.url === '/redirect-to-metadata') {
        res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' })
        res.end()
      } else if (req.url === '/image') {
        res.writeHead(200, { 'Content-Type': 'image/png' })
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
      } else {
        res.writeHead(404)
        res.end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(() => new Promise<void>((resolve) => server.close(() => resolve())))

  test('refuses loopback, private and cloud-metadata addresses unless private networks are allowed', async () => {
    const api = testApi()
    for (const url of [`${base}/release`, 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/', 'http://[::1]/', 'http://[::ffff:127.0.0.1]/']) {
      const res = await api.call('POST', '/api/analyze', { json: { url } })
      assert.equal(res.status, 422, url)
      assert.equal(res.json.error.code, 'url_refused', url)
      assert.equal(res.json.error.details.reason, 'blocked_address', url)
    }
    await api.close()
  })

  test('refuses schemes other than http and https', async () => {
    const api = testApi()
    for (const url of ['file:///etc/passwd', 'ftp://example.org/x', 'not a url']) {
      const res = await api.call('POST', '/api/analyze', { json: { url } })
      assert.equal(res.status, 400, url)
      assert.equal(res.json.error.code, 'invalid_url', url)
    }
    await api.close()
  })

  test('with private networks allowed, fetches the page, reads its article and records the URL', async () => {
    const api = testApi({ fetchPage: safePageFetcher({ allowPrivateNetwork: true }) })
    const res = await api.call('POST', '/api/analyze', { json: { url: `${base}/release` } })
    assert.equal(res.status, 200)
    assert.equal(res.json.document.url, `${base}/release`)
    assert.equal(res.json.document.source, `${base}/release`)
    assert.match(res.json.document.text, /1,200 troops/)
    const latin1 = await api.call('POST', '/api/analyze', { json: { url: `${base}/latin1` } })
    assert.equal(latin1.json.document.text, 'Café owners in Liège protested on Monday.')
    await api.close()
  })

  test('re-checks every redirect, and limits content types and failures by name', async () => {
    const api = testApi({ fetchPage: safePageFetcher({ allowPrivateNetwork: true }) })
    const image = await api.call('POST', '/api/analyze', { json: { url: `${base}/image` } })
    assert.deepEqual([image.status, image.json.error.code], [422, 'unsupported_content_type'])
    const missing = await api.call('POST', '/api/analyze', { json: { url: `${base}/missing` } })
    assert.deepEqual([missing.status, missing.json.error.code], [502, 'fetch_failed'])
    await api.close()
    const strict = testApi()
    const redirected = await strict.call('POST', '/api/analyze', { json: { url: `${base}/redirect-to-metadata` } })
    assert.deepEqual([redirected.status, redirected.json.error.code], [422, 'url_refused'])
    await strict.close()
  })
})
