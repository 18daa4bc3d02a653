import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import pg from 'pg'
import { openPostgresStore } from '../../src/corpus/postgres/store.ts'
import { storeSuite } from './store-suite.ts'

const url = process.env.DATABASE_URL

if (!url) {
  test('PostgreSQL store', { skip: 'set DATABASE_URL (postgres://…) to run the store suite against PostgreSQL' }, () => undefined)
} else {
  // Each run works in a schema of its own, dropped at the end.
  const schema = `unspun_test_${randomBytes(6).toString('hex')}`
  storeSuite(
    'PostgreSQL',
    async () => openPostgresStore(url, { schema }),
    async (store) => {
      await store.close()
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
      } finally {
        await client.end()
      }
    },
  )
}
