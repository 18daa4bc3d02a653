import { openPostgresStore, type PostgresStoreOptions } from './postgres/store.ts'
import { openSqliteStore } from './sqlite/store.ts'
import type { Store } from './types.ts'

/** The store used when nothing says otherwise: an SQLite file in the working folder. */
export const DEFAULT_STORE = './unspun.db'

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i

/** True when `location` names a PostgreSQL database rather than an SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return POSTGRES_URL.test(location)
}

/**
 * Where the store is: the `--db` value, else UNSPUN_DB, else DATABASE_URL, else ./unspun.db.
 *
 * @example
 * storeLocation(undefined, { DATABASE_URL: 'postgres://localhost/news' }) // 'postgres://localhost/news'
 */
export function storeLocation(db: string | undefined, env: Readonly<Record<string, string | undefined>> = process.env): string {
  return db || env.UNSPUN_DB || env.DATABASE_URL || DEFAULT_STORE
}

export interface OpenStoreOptions extends PostgresStoreOptions {
  /** SQLite only: open without writing (the file must exist) */
  readonly?: boolean
}

/**
 * Opens a store: PostgreSQL for a postgres:// URL, otherwise the SQLite file at that path
 * (created when missing, unless `readonly`).
 *
 * @example
 * const store = await openStore('corpus.db')
 * try { console.log(await store.count()) } finally { await store.close() }
 */
export async function openStore(location: string = DEFAULT_STORE, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) return openPostgresStore(location, options)
  return openSqliteStore(location, { readonly: options.readonly })
}
