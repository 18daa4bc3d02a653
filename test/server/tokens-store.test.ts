import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import pg from 'pg'
import { openPostgresTokenStore } from '../../src/server/tokens-postgres.ts'
import { openTokenStore, type TokenStore } from '../../src/server/tokens-store.ts'

/** What every token store must do, whatever the database. */
function tokenStoreSuite(open: () => Promise<TokenStore>, cleanup: () => Promise<void>) {
  test('creates tokens, verifies them by hash, lists them without secrets, and revokes them', async () => {
    const tokens = await open()
    try {
      const read = await tokens.create({ scope: 'read', name: 'newsroom' })
      const write = await tokens.create({ scope: 'write' })
      assert.deepEqual(await tokens.verify(read.token), read.record)
      assert.equal((await tokens.verify(write.token))?.scope, 'write')
      assert.equal(await tokens.verify(`${read.token}x`), null)
      const listed = await tokens.list()
      assert.deepEqual(new Set(listed.map((t) => t.id)), new Set([read.record.id, write.record.id]))
      assert.ok(!JSON.stringify(listed).includes(read.token))
      assert.equal(await tokens.revoke(read.record.id), true)
      assert.equal(await tokens.verify(read.token), null)
      assert.ok((await tokens.list()).find((t) => t.id === read.record.id)?.revokedAt)
      assert.equal(await tokens.revoke('no-such-id'), false)
    } finally {
      await tokens.close()
      await cleanup()
    }
  })
}

describe('the SQLite token store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unspun-tokens-'))
  const path = join(dir, 'corpus.db')
  tokenStoreSuite(() => openTokenStore(path), async () => rmSync(dir, { recursive: true, force: true }))

  test('keeps only hashes in the database file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'unspun-tokens-'))
    const file = join(folder, 'corpus.db')
    const tokens = await openTokenStore(file)
    const { token } = await tokens.create({ scope: 'read' })
    await tokens.close()
    assert.ok(!readFileSync(file).toString('latin1').includes(token))
    rmSync(folder, { recursive: true, force: true })
  })
})

const url = process.env.DATABASE_URL
if (!url) {
  test('the PostgreSQL token store', { skip: 'set DATABASE_URL (postgres://…) to run it against PostgreSQL' }, () => undefined)
} else {
  describe('the PostgreSQL token store', () => {
    const schema = `unspun_test_${randomBytes(6).toString('hex')}`
    tokenStoreSuite(
      () => openPostgresTokenStore(url, { schema }),
      async () => {
        const client = new pg.Client({ connectionString: url })
        await client.connect()
        try {
          await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
        } finally {
          await client.end()
        }
      },
    )
  })
}
