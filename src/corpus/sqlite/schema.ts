import type { Database } from 'better-sqlite3'
import { findingTablesSql } from '../finding-tables.ts'

/** The version of the SQLite layout; a store written by another version is refused with a clear message. */
export const SQLITE_SCHEMA_VERSION = 1

const TABLES = `
CREATE TABLE IF NOT EXISTS documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  doc_id TEXT,
  source TEXT NOT NULL,
  url TEXT,
  title TEXT,
  issuer TEXT,
  published TEXT,
  language TEXT,
  ingested_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  error TEXT
);
CREATE INDEX IF NOT EXISTS documents_doc_id ON documents (doc_id);
CREATE INDEX IF NOT EXISTS documents_published ON documents (published) WHERE status = 'ok';
CREATE INDEX IF NOT EXISTS documents_failed ON documents (ingested_at) WHERE status = 'failed';
-- Texts and reports live apart from the metadata rows, so that filtering and sorting read small rows.
CREATE TABLE IF NOT EXISTS bodies (
  seq INTEGER PRIMARY KEY REFERENCES documents (seq) ON DELETE CASCADE,
  title TEXT,
  text TEXT,
  report BLOB,
  tags TEXT
);
${findingTablesSql('sqlite')}
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5 (
  title, text, tags, content = 'bodies', content_rowid = 'seq', tokenize = 'porter unicode61 remove_diacritics 2'
);
`

/**
 * Prepares a SQLite database for the store: write-ahead logging (readers never block the writer,
 * and a killed writer leaves the last committed state), foreign keys, and the tables.
 */
export function prepareSqlite(db: Database): void {
  db.pragma('journal_mode = WAL')
  // In WAL mode NORMAL keeps the database consistent through crashes; only a power cut can lose the last commits.
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 10000')
  const version = db.pragma('user_version', { simple: true }) as number
  if (version !== 0 && version !== SQLITE_SCHEMA_VERSION) {
    throw new Error(`${db.name} holds an unspun store of layout ${version}; this version of unspun reads layout ${SQLITE_SCHEMA_VERSION}. Ingest into a new file with --db.`)
  }
  if (version === 0) {
    db.transaction(() => {
      db.exec(TABLES)
      db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION}`)
    }).immediate()
  }
}
