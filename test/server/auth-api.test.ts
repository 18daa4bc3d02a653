import assert from 'node:assert/strict'
import { readFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { openSqliteStore } from '../../src/corpus/sqlite/store.ts'
import { openTokenStore } from '../../src/server/tokens-store.ts'
import { testApi } from './api-harness.ts'

describe('API tokens', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unspun-auth-'))
  const path = join(dir, 'corpus.db')
  const store = openSqliteStore(path)
  const tokens = await openTokenStore(path)
  const api = testApi({ store, tokens })
  const reader = await tokens.create({ scope: 'read', name: 'dashboard' })
  const writer = await tokens.create({ scope: 'write' })
  after(async () => {
    await api.close()
    await tokens.close()
    rmSync(dir, { recursive: true, force: true })
  })

  test('without a token, every API call but status is refused with 401 and a Bearer challenge', async () => {
    for (const [method, path] of [['POST', '/api/analyze'], ['GET', '/api/documents'], ['GET', '/api/aggregates/techniques'], ['GET', '/api/clusters'], ['GET', '/api/export/jsonl'], ['POST', '/api/documents']]) {
      const res = await api.call(method, path, method === 'POST' ? { json: { text: 'Troops arrived.' } } : {})
      assert.equal(res.status, 401, `${method} ${path}`)
      assert.equal(res.json.error.code, 'unauthorized')
      assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer /)
      assert.match(res.json.error.message, /unspun token create/)
    }
    const status = await api.call('GET', '/api/status')
    assert.equal(status.status, 200)
    assert.equal(status.json.auth, true)
    assert.equal(status.json.store, null, 'the store size is not shown without a token')
  })

  test('an unknown token is refused', async () => {
    const res = await api.call('GET', '/api/documents', { token: 'unspun_not-a-real-token' })
    assert.deepEqual([res.status, res.json.error.code], [401, 'unauthorized'])
  })

  test('a read token may query and analyse but not add documents', async () => {
    assert.equal((await api.call('GET', '/api/documents', { token: reader.token })).status, 200)
    assert.equal((await api.call('POST', '/api/analyze', { token: reader.token, json: { text: 'Troops arrived on Monday.' } })).status, 200)
    const add = await api.call('POST', '/api/documents', { token: reader.token, json: { text: 'Troops arrived on Monday.' } })
    assert.deepEqual([add.status, add.json.error.code], [403, 'forbidden'])
    assert.match(add.json.error.message, /--scope write/)
    const status = await api.call('GET', '/api/status', { token: reader.token })
    assert.equal(status.json.scope, 'read')
    assert.equal(status.json.store.kind, 'sqlite')
  })

  test('a write token may add documents', async () => {
    const add = await api.call('POST', '/api/documents', { token: writer.token, json: { text: 'Troops arrived in Riga on Monday.' } })
    assert.equal(add.status, 201)
  })

  test('tokens are stored as sha256 hashes, never in the clear', async () => {
    const bytes = readFileSync(path).toString('latin1') + readFileSync(`${path}-wal`, { flag: 'a+' }).toString('latin1')
    assert.ok(!bytes.includes(reader.token) && !bytes.includes(writer.token))
    const listed = await tokens.list()
    const byId = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]))
    assert.deepEqual(listed.map((t) => [t.id, t.scope, t.name]).sort(byId), [[reader.record.id, 'read', 'dashboard'], [writer.record.id, 'write', null]].sort(byId))
    assert.ok(listed.every((t) => !JSON.stringify(t).includes('unspun_')))
  })

  test('a revoked token stops working at once', async () => {
    const temporary = await tokens.create({ scope: 'read' })
    assert.equal((await api.call('GET', '/api/documents', { token: temporary.token })).status, 200)
    assert.equal(await tokens.revoke(temporary.record.id), true)
    assert.equal((await api.call('GET', '/api/documents', { token: temporary.token })).status, 401)
    assert.equal(await tokens.revoke(temporary.record.id), false)
  })

  test('the web UI and the API description stay public', async () => {
    assert.equal((await api.call('GET', '/openapi.json')).status, 200)
    assert.equal((await api.call('GET', '/')).status, 200)
  })
})
