import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { describe, test } from 'node:test'
import pg from 'pg'
import { openPostgresStore } from '../../src/corpus/postgres/store.ts'
import { openPostgresTokenStore } from '../../src/server/tokens-postgres.ts'
import { SAME_EVENT, testApi } from './api-harness.ts'

const url = process.env.DATABASE_URL

if (!url) {
  test('the API over PostgreSQL', { skip: 'set DATABASE_URL (postgres://…) to run the API against PostgreSQL' }, () => undefined)
} else {
  describe('the API over PostgreSQL', () => {
    test('stores, searches, clusters and guards with tokens kept in the same database', async () => {
      const schema = `unspun_test_${randomBytes(6).toString('hex')}`
      const store = await openPostgresStore(url, { schema })
      const tokens = await openPostgresTokenStore(url, { schema })
      const api = testApi({ store, tokens })
      try {
        const { token } = await tokens.create({ scope: 'write' })
        for (const doc of SAME_EVENT) assert.equal((await api.call('POST', '/api/documents', { json: doc, token })).status, 201)
        const search = await api.call('GET', '/api/documents?q=shelled&facets=true', { token })
        assert.equal(search.json.hits.length, 2)
        assert.equal(search.json.facets.issuers.length, 2)
        const clusters = await api.call('GET', '/api/clusters', { token })
        assert.equal(clusters.json.clusters[0]?.documents, 2)
        const status = await api.call('GET', '/api/status', { token })
        assert.deepEqual(status.json.store, { kind: 'postgres', documents: 2, failed: 0 })
        assert.equal((await api.call('GET', '/api/documents')).status, 401)
      } finally {
        await tokens.close()
        await api.close()
        const client = new pg.Client({ connectionString: url })
        await client.connect()
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
        await client.end()
      }
    })
  })
}
