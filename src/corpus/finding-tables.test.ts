import assert from 'node:assert/strict'
import { test } from 'node:test'
import Database from 'better-sqlite3'
import { findingTablesSql } from './finding-tables.ts'

test('both dialects create the same finding tables, each in its own types', () => {
  const sqlite = findingTablesSql('sqlite')
  const postgres = findingTablesSql('postgres')
  const tables = (sql: string) => [...sql.matchAll(/CREATE TABLE IF NOT EXISTS (\w+)/g)].map((m) => m[1])
  assert.deepEqual(tables(sqlite), ['sources', 'entities', 'entity_names', 'techniques', 'events', 'sentence_functions'])
  assert.deepEqual(tables(postgres), tables(sqlite))
  assert.match(sqlite, /confidence REAL NOT NULL/)
  assert.match(postgres, /confidence DOUBLE PRECISION NOT NULL/)
  assert.match(postgres, /background SMALLINT NOT NULL/)
  assert.match(postgres, /ON events \(cameo text_pattern_ops, doc\)/)
  assert.match(sqlite, /ON events \(cameo, doc\)/)
  assert.match(sqlite, /PRIMARY KEY \(doc, idx\)\n\) WITHOUT ROWID;/)
  assert.doesNotMatch(postgres, /WITHOUT ROWID/)
  assert.match(sqlite, /actor TEXT,/, 'optional columns are nullable')
})

test('the SQLite statements run against a documents table, and a finding row needs its document', () => {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  db.exec('CREATE TABLE documents (seq INTEGER PRIMARY KEY)')
  db.exec(findingTablesSql('sqlite'))
  db.exec(findingTablesSql('sqlite')) // idempotent
  db.prepare('INSERT INTO documents (seq) VALUES (1)').run()
  db.prepare("INSERT INTO sentence_functions (doc, function, count) VALUES (1, 'report', 3)").run()
  assert.throws(() => db.prepare("INSERT INTO sentence_functions (doc, function, count) VALUES (2, 'report', 3)").run(), /FOREIGN KEY/)
  assert.throws(() => db.prepare("INSERT INTO techniques (doc, technique, start_offset, end_offset, confidence) VALUES (1, 'doubt', 0, 1, 0.5)").run(), /NOT NULL/)
  db.close()
})
