import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openSqliteStore } from '../../src/corpus/sqlite/store.ts'
import { storeSuite } from './store-suite.ts'

const dir = mkdtempSync(join(tmpdir(), 'unspun-store-'))
let n = 0
storeSuite(
  'SQLite',
  async () => openSqliteStore(join(dir, `store-${++n}.db`)),
  async (store) => {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  },
)
