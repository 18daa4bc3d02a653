import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { reportJsonSchema } from '../../src/report/schema.ts'
import { openApiDocument } from '../../src/server/openapi.ts'
import { checkJsonSchema } from '../fixtures/json-schema.ts'
import { SAME_EVENT, testApi } from './api-harness.ts'

type Schema = Record<string, unknown>
const doc = openApiDocument('1.2.3') as { openapi: string; info: { version: string }; paths: Record<string, Record<string, Schema>>; components: { schemas: Record<string, Schema> } }

/** The schema with every $ref replaced by the component it names. */
function resolve(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(resolve)
  if (schema === null || typeof schema !== 'object') return schema
  const s = schema as Schema
  if (typeof s.$ref === 'string') return resolve(doc.components.schemas[s.$ref.replace('#/components/schemas/', '')])
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === 'properties' ? Object.fromEntries(Object.entries(v as Schema).map(([p, x]) => [p, resolve(x)])) : resolve(v)]))
}

function conforms(component: string, value: unknown): string[] {
  return checkJsonSchema(resolve(doc.components.schemas[component]) as Schema, value)
}

describe('GET /openapi.json', () => {
  const api = testApi()
  before(async () => {
    for (const d of SAME_EVENT) await api.call('POST', '/api/documents', { json: d })
  })
  after(() => api.close())

  test('is an OpenAPI 3.1 document served by the app', async () => {
    assert.equal(doc.openapi, '3.1.0')
    assert.equal(doc.info.version, '1.2.3')
    const res = await api.call('GET', '/openapi.json')
    assert.equal(res.status, 200)
    assert.equal(res.json.openapi, '3.1.0')
    assert.deepEqual(Object.keys(res.json.paths), Object.keys(doc.paths))
  })

  test('describes exactly the routes the app serves', () => {
    const served = api.app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
    const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
    assert.deepEqual([...new Set(served)].sort(), described.sort())
  })

  test('the report schema is the unspun.report/1 JSON Schema', () => {
    const { $id: _id, $schema: _schema, title: _title, ...expected } = reportJsonSchema()
    const { description: _description, ...actual } = doc.components.schemas.Report
    assert.deepEqual(actual, expected)
  })

  test('every operation declares its error responses with the one error shape', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const responses = op.responses as Record<string, { content?: Record<string, { schema: Schema }> }>
        for (const [status, response] of Object.entries(responses)) {
          if (Number(status) >= 400) assert.deepEqual(response.content?.['application/json']?.schema, { $ref: '#/components/schemas/Error' }, `${method} ${path} ${status}`)
        }
      }
    }
  })

  test('what the API returns conforms to the schemas it publishes', async () => {
    const checks: [string, string, string?][] = [
      ['/api/status', 'Status'],
      ['/api/documents?q=shelled&facets=true', 'SearchPage'],
      ['/api/failures', 'FailurePage'],
      ['/api/aggregates/techniques', 'TechniqueCounts'],
      ['/api/aggregates/co-mentions?minDocuments=1', 'CoMentions'],
      ['/api/aggregates/events', 'EventCounts'],
      ['/api/clusters', 'ClusterList'],
    ]
    for (const [path, component] of checks) {
      const res = await api.call('GET', path)
      assert.equal(res.status, 200, path)
      assert.deepEqual(conforms(component, res.json), [], path)
    }
    const hits = (await api.call('GET', '/api/documents')).json.hits
    const stored = await api.call('GET', `/api/documents/${hits[0].id}`)
    assert.deepEqual(conforms('StoredDocument', stored.json), [])
    const cluster = (await api.call('GET', '/api/clusters')).json.clusters[0]
    assert.ok(cluster, 'the two releases form a cluster')
    assert.deepEqual(conforms('ClusterComparison', (await api.call('GET', `/api/clusters/${cluster.id}`)).json), [])
    const ingest = await api.call('POST', '/api/documents', { json: { text: 'Troops arrived in Riga on Monday.' } })
    assert.deepEqual(conforms('IngestResult', ingest.json), [])
    const analyzed = await api.call('POST', '/api/analyze', { json: { text: 'Troops arrived in Riga on Monday.' } })
    assert.deepEqual(conforms('Report', analyzed.json), [])
    const error = await api.call('GET', '/api/documents/none')
    assert.deepEqual(conforms('Error', error.json), [])
  })
})
