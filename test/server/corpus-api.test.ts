import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { ReportSchema } from '../../src/report/schema.ts'
import { createApp } from '../../src/server/app.ts'
import { safePageFetcher } from '../../src/server/fetch-page.ts'
import { inlinePool, SAME_EVENT, testApi } from './api-harness.ts'

const DEFENCE = {
  text: 'Allied battalion arrives\n\nVILNIUS, 8 April 2025 — The Ministry of National Defence said that about 800 soldiers from Germany arrived in Lithuania on Monday. "Every inch of our land will be defended," the minister said.',
  issuer: 'Ministry of National Defence',
}
const PARTY = {
  text: 'Energy deal\n\nThe Civic Renewal Party today demanded that the National Assembly reject the energy deal with Gazprom. The government has betrayed every family, the party said.',
  issuer: 'Civic Renewal Party',
  published: '2025-05-22',
}

describe('the corpus API', () => {
  const api = testApi()
  const ids: string[] = []
  before(async () => {
    for (const doc of [DEFENCE, PARTY, ...SAME_EVENT]) {
      const res = await api.call('POST', '/api/documents', { json: doc })
      assert.equal(res.status, 201, res.text)
      ids.push(res.json.id)
    }
  })
  after(() => api.close())

  test('POST /api/documents stores a document once; the same text again is a duplicate', async () => {
    assert.deepEqual(await api.store.count(), { documents: 4, failed: 0 })
    const again = await api.call('POST', '/api/documents', { json: { text: `${DEFENCE.text}\n` } })
    assert.equal(again.status, 200)
    assert.equal(again.json.outcome, 'duplicate')
    assert.equal(again.json.id, ids[0])
    assert.deepEqual(await api.store.count(), { documents: 4, failed: 0 })
  })

  test('GET /api/documents searches the text and lists hits with highlighted snippets', async () => {
    const res = await api.call('GET', '/api/documents?q=battalion')
    assert.equal(res.status, 200)
    assert.deepEqual(res.json.hits.map((h: { id: string }) => h.id), [ids[0]])
    const [hit] = res.json.hits
    assert.equal(hit.issuer, 'Ministry of National Defence')
    assert.deepEqual(hit.highlights.map(([s, e]: [number, number]) => hit.snippet.slice(s, e).toLowerCase()), ['battalion'])
    assert.equal(res.json.limit, 20)
    assert.equal(res.json.offset, 0)
  })

  test('filters by issuer, entity and date, and pages with limit and offset', async () => {
    const byIssuer = await api.call('GET', '/api/documents?issuer=renewal')
    assert.deepEqual(byIssuer.json.hits.map((h: { id: string }) => h.id), [ids[1]])
    const byEntity = await api.call('GET', '/api/documents?entity=Sotk')
    assert.deepEqual(new Set(byEntity.json.hits.map((h: { id: string }) => h.id)), new Set([ids[2], ids[3]]))
    const byDate = await api.call('GET', '/api/documents?from=2024-05-15&to=2024-12-31')
    assert.deepEqual(byDate.json.hits.map((h: { id: string }) => h.id), [ids[3]])
    const page = await api.call('GET', '/api/documents?limit=2&offset=2')
    assert.equal(page.json.hits.length, 2)
  })

  test('a bad filter is a 400 invalid_filter that says how to write it', async () => {
    const technique = await api.call('GET', '/api/documents?technique=propaganda')
    assert.deepEqual([technique.status, technique.json.error.code], [400, 'invalid_filter'])
    assert.match(technique.json.error.message, /Use one of: loaded_language/)
    const date = await api.call('GET', '/api/documents?from=May')
    assert.deepEqual([date.status, date.json.error.code], [400, 'invalid_filter'])
    const limit = await api.call('GET', '/api/documents?limit=100000')
    assert.deepEqual([limit.status, limit.json.error.code], [400, 'invalid_request'])
  })

  test('facets count matching documents per issuer and technique', async () => {
    const res = await api.call('GET', '/api/documents?facets=true')
    const issuers = Object.fromEntries(res.json.facets.issuers.map((f: { issuer: string; documents: number }) => [f.issuer, f.documents]))
    assert.deepEqual(issuers, { 'Ministry of National Defence': 1, 'Civic Renewal Party': 1, 'Ministry of Defence of Armenia': 1, 'Azerbaijani Defence Ministry': 1 })
    assert.equal(res.json.facets.partial, false)
    const stored = await Promise.all(ids.map((id) => api.store.get(id)))
    const expected = new Map<string, number>()
    for (const doc of stored) for (const t of new Set(doc!.report!.techniques.map((x) => x.technique))) expected.set(t, (expected.get(t) ?? 0) + 1)
    assert.deepEqual(new Map(res.json.facets.techniques.map((f: { technique: string; documents: number }) => [f.technique, f.documents])), expected)
  })

  test('GET /api/documents/:id returns the stored report and its sources; unknown ids are 404', async () => {
    const res = await api.call('GET', `/api/documents/${ids[0]}`)
    assert.equal(res.status, 200)
    assert.equal(ReportSchema.parse(res.json.report).document.text, DEFENCE.text)
    assert.deepEqual(res.json.sources, ['api'])
    assert.equal(res.json.status, 'ok')
    const missing = await api.call('GET', '/api/documents/0000000000000000')
    assert.deepEqual([missing.status, missing.json.error.code], [404, 'not_found'])
  })

  test('GET /api/documents/:id/report gives the report in any report format', async () => {
    const json = await api.call('GET', `/api/documents/${ids[0]}/report`)
    assert.equal(json.json.document.text, DEFENCE.text)
    const html = await api.call('GET', `/api/documents/${ids[0]}/report?format=html`)
    assert.match(html.headers.get('content-type') ?? '', /^text\/html/)
    assert.match(html.text, /^<!doctype html>/)
    assert.match(html.headers.get('content-security-policy') ?? '', /default-src 'none'/)
    const csv = await api.call('GET', `/api/documents/${ids[0]}/report?format=csv`)
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/)
    const bad = await api.call('GET', `/api/documents/${ids[0]}/report?format=pdf`)
    assert.deepEqual([bad.status, bad.json.error.code], [400, 'invalid_request'])
  })

  test('aggregates: techniques per issuer and month, co-mentions, events by CAMEO root', async () => {
    const techniques = await api.call('GET', '/api/aggregates/techniques')
    assert.equal(techniques.status, 200)
    assert.ok(Array.isArray(techniques.json.counts))
    const pairs = await api.call('GET', '/api/aggregates/co-mentions?with=Sotk&minDocuments=2')
    assert.ok(pairs.json.pairs.length > 0, 'Sotk is named with others in two documents')
    for (const p of pairs.json.pairs) assert.ok(p.documents >= 2)
    const events = await api.call('GET', '/api/aggregates/events?issuer=defence')
    assert.ok(events.json.counts.some((c: { root: string; event: string }) => c.root === '19' && c.event.length > 0))
  })

  test('clusters the same event across sources and compares them side by side', async () => {
    const list = await api.call('GET', '/api/clusters?window=3')
    assert.equal(list.status, 200)
    const cluster = list.json.clusters.find((c: { root: string }) => c.root === '19')
    assert.ok(cluster, JSON.stringify(list.json))
    assert.deepEqual(new Set(cluster.issuers), new Set(['Ministry of Defence of Armenia', 'Azerbaijani Defence Ministry']))
    assert.equal(cluster.documents, 2)
    assert.equal(cluster.members, undefined)
    const detail = await api.call('GET', `/api/clusters/${cluster.id}?window=3`)
    assert.equal(detail.status, 200)
    assert.deepEqual(new Set(detail.json.sources.map((s: { document: { id: string } }) => s.document.id)), new Set([ids[2], ids[3]]))
    for (const source of detail.json.sources) assert.ok(source.events.length > 0 && source.events[0].text.includes('shelled'))
    const unknown = await api.call('GET', '/api/clusters/nope')
    assert.deepEqual([unknown.status, unknown.json.error.code], [404, 'not_found'])
  })

  test('exports stream JSONL reports, CSV tables and GDELT-style events under the filters', async () => {
    const jsonl = await api.call('GET', '/api/export/jsonl?issuer=renewal')
    assert.match(jsonl.headers.get('content-disposition') ?? '', /filename="reports.jsonl"/)
    const lines = jsonl.text.trim().split('\n')
    assert.equal(lines.length, 1)
    assert.equal(ReportSchema.parse(JSON.parse(lines[0])).document.issuer, 'Civic Renewal Party')
    const documents = await api.call('GET', '/api/export/documents')
    assert.match(documents.headers.get('content-type') ?? '', /^text\/csv/)
    assert.equal(documents.text.trim().split('\n').length, 1 + 4)
    const gdelt = await api.call('GET', '/api/export/gdelt')
    const [header, ...rows] = gdelt.text.trim().split('\n')
    assert.ok(header.startsWith('GLOBALEVENTID\tSQLDATE'))
    assert.ok(rows.length > 0)
    const unknown = await api.call('GET', '/api/export/xlsx')
    assert.deepEqual([unknown.status, unknown.json.error.code], [404, 'not_found'])
  })

  test('failures: an unreadable document is refused and nothing is stored', async () => {
    const res = await api.call('POST', '/api/documents', { json: { html: '<script>only()</script>' } })
    assert.deepEqual([res.status, res.json.error.code], [422, 'unreadable_input'])
    const failures = await api.call('GET', '/api/failures')
    assert.deepEqual(failures.json.failures, [])
  })

  test('GET /api/status tells the store size and that no token is needed', async () => {
    const res = await api.call('GET', '/api/status')
    assert.equal(res.json.auth, false)
    assert.deepEqual(res.json.store, { kind: 'sqlite', documents: 4, failed: 0 })
  })
})

describe('a server without a store', () => {
  test('still analyses, and answers corpus calls 503 no_store', async () => {
    const app = createApp({ pool: inlinePool(), fetchPage: safePageFetcher(), store: null })
    const analyzed = await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Troops arrived on Monday.' }) })
    assert.equal(analyzed.status, 200)
    const search = await app.request('/api/documents')
    assert.equal(search.status, 503)
    assert.equal(((await search.json()) as { error: { code: string } }).error.code, 'no_store')
  })
})
