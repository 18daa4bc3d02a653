import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { checkFilters } from '../filters.ts'
import { unpackReport } from '../report-json.ts'
import { fts5Expression, leadSnippet, MATCH_END, MATCH_START, readSnippet } from '../search-query.ts'
import { coMentionsQuery, documentPageQuery, eventCountsQuery, eventRecordsQuery, filterSql, tableRowsQuery, techniqueCountsQuery, type SqlDialect, type SqlQuery } from '../sql-queries.ts'
import { primaryFirst, summaryOf, toEventRecord, type DocumentRow, type EventRecordRow } from '../stored-rows.ts'
import type { CoMentionOptions, CorpusFilters, EntityCoMention, EventCount, SearchHit, SearchQuery, Store, StoredDocument, TableName, TechniqueCount } from '../types.ts'
import { prepareSqlite } from './schema.ts'
import { tagTerms } from './search-tags.ts'
import { sqliteWriter } from './write.ts'

const SQLITE: SqlDialect = { placeholder: () => '?', binary: '', separateBodies: true }
const PAGE = 500
const CANDIDATES = 500

export interface SqliteStoreOptions {
  /** open for reading only (the file must exist) */
  readonly?: boolean
}

/**
 * Opens (creating when needed) the embedded SQLite store at `path`, or ':memory:'.
 *
 * @example
 * const store = openSqliteStore('unspun.db')
 * const hits = await store.search({ text: 'troops', technique: 'flag_waving' })
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(resolve(path)), { recursive: true })
  let db: Database.Database
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false })
  } catch (error) {
    throw new Error(`Cannot open the store ${path}: ${(error as Error).message}`, { cause: error })
  }
  try {
    if (!options.readonly) prepareSqlite(db)
    else db.pragma('busy_timeout = 10000')
  } catch (error) {
    db.close()
    throw error
  }
  const writer = options.readonly ? null : sqliteWriter(db)
  const all = <T>(q: SqlQuery) => db.prepare(q.sql).all(...q.params) as T[]
  const writable = () => {
    if (!writer) throw new Error(`The store ${path} is open for reading only.`)
    return writer
  }
  const getBy = db.prepare<[string, string, string], DocumentRow>(
    'SELECT d.*, b.text, b.report FROM documents d LEFT JOIN bodies b ON b.seq = d.seq WHERE d.id = ? OR d.hash = ? OR d.doc_id = ? ORDER BY d.status = \'ok\' DESC, d.seq LIMIT 1',
  )
  const sourcesOf = db.prepare<[string], { source: string }>('SELECT source FROM sources WHERE hash = ? ORDER BY seen_at, source')

  function search(query: SearchQuery): SearchHit[] {
    const filters = checkFilters(query)
    const limit = Math.max(0, Math.min(query.limit ?? 20, 1000))
    const offset = Math.max(0, query.offset ?? 0)
    const text = query.text?.trim() ?? ''
    if (text === '') {
      const params: unknown[] = []
      const conditions = filterSql(SQLITE, filters, params)
      // Without a query the newest documents come first.
      const rows = db
        .prepare(`SELECT d.*, (SELECT substr(b.text, 1, 400) FROM bodies b WHERE b.seq = d.seq) AS lead FROM documents d WHERE ${conditions}
          ORDER BY d.published DESC NULLS LAST, d.seq DESC LIMIT ? OFFSET ?`)
        .all(...params, limit, offset) as (DocumentRow & { lead: string })[]
      return rows.map((r) => ({ ...hitOf(r), snippet: leadSnippet(r.lead ?? ''), highlights: [], score: 0 }))
    }
    const match = fts5Expression(text)
    if (match === null) throw new RangeError(`The query '${text}' has no word to look for; add one besides the excluded ones.`)
    // Technique, function, CAMEO and entity filters are tags in the full-text index; issuer and dates are checked in SQL.
    const expression = [`{title text} : (${match})`, ...tagTerms(filters).map((t) => `tags : ${t}`)].join(' AND ')
    const params: unknown[] = [expression]
    const conditions = filterSql(SQLITE, { issuer: filters.issuer, from: filters.from, to: filters.to }, params)
    // Relevance is computed for the newest matches only (CANDIDATES of them), so a word found in most
    // of a large corpus costs the same as a rare one.
    const top = db
      .prepare(`SELECT c.* FROM (
          SELECT d.seq, d.id, d.doc_id, d.title, d.issuer, d.published, d.source, bm25(documents_fts, 4.0, 1.0, 0.0) AS rank
          FROM documents_fts f JOIN documents d ON d.seq = f.rowid
          WHERE documents_fts MATCH ? AND ${conditions} ORDER BY f.rowid DESC LIMIT ?) c
        ORDER BY c.rank, c.seq LIMIT ? OFFSET ?`)
      .all(...params, Math.max(CANDIDATES, offset + limit), limit, offset) as (DocumentRow & { rank: number })[]
    if (top.length === 0) return []
    const snippets = new Map(
      (db
        .prepare(`SELECT rowid, snippet(documents_fts, 1, '${MATCH_START}', '${MATCH_END}', '…', 32) AS snippet FROM documents_fts
          WHERE documents_fts MATCH ? AND rowid IN (${top.map(() => '?').join(', ')})`)
        .all(`{title text} : (${match})`, ...top.map((r) => r.seq)) as { rowid: number; snippet: string }[]).map((r) => [r.rowid, r.snippet]),
    )
    return top.map((r) => ({ ...hitOf(r), ...readSnippet(snippets.get(r.seq) ?? ''), score: Math.round(-r.rank * 1000) / 1000 }))
  }

  async function* pages(filters: CorpusFilters, withReport: boolean): AsyncGenerator<DocumentRow[]> {
    const checked = checkFilters(filters)
    let after = 0
    for (;;) {
      const rows = all<DocumentRow>(documentPageQuery(SQLITE, checked, after, PAGE, withReport))
      if (rows.length === 0) return
      yield rows
      after = rows[rows.length - 1].seq
    }
  }

  return {
    kind: 'sqlite',
    location: path,
    async existing(hashes) {
      const found = new Set<string>()
      for (let i = 0; i < hashes.length; i += PAGE) {
        const slice = hashes.slice(i, i + PAGE)
        const rows = db.prepare(`SELECT hash FROM documents WHERE status = 'ok' AND hash IN (${slice.map(() => '?').join(', ')})`).all(...slice) as { hash: string }[]
        for (const r of rows) found.add(r.hash)
      }
      return found
    },
    async addReport(record) {
      return writable().addReport(record)
    },
    async addFailure(record) {
      return writable().addFailure(record)
    },
    async addSource(hash, source) {
      writable().addSource(hash, source)
    },
    async get(id) {
      const row = getBy.get(id, id, id)
      if (!row) return null
      return {
        ...summaryOf(row),
        report: row.report ? unpackReport(row.report, row.text ?? '') : null,
        sources: primaryFirst(row.source, sourcesOf.all(row.hash).map((s) => s.source)),
      }
    },
    async count() {
      const rows = db.prepare('SELECT status, COUNT(*) AS n FROM documents GROUP BY status').all() as { status: string; n: number }[]
      return { documents: rows.find((r) => r.status === 'ok')?.n ?? 0, failed: rows.find((r) => r.status === 'failed')?.n ?? 0 }
    },
    async failures({ limit = 100, offset = 0 } = {}) {
      const rows = db.prepare(`SELECT * FROM documents WHERE status = 'failed' ORDER BY ingested_at DESC, seq DESC LIMIT ? OFFSET ?`).all(limit, offset) as DocumentRow[]
      return rows.map(summaryOf)
    },
    async search(query) {
      return search(query)
    },
    async techniqueCounts(filters = {}) {
      return all<TechniqueCount>(techniqueCountsQuery(SQLITE, checkFilters(filters)))
    },
    async entityCoMentions(filters = {}, options: CoMentionOptions = {}) {
      const rows = all<{ a: string; b: string; a_key: string; b_key: string; documents: number }>(coMentionsQuery(SQLITE, checkFilters(filters), options))
      return rows.map((r): EntityCoMention => ({ a: r.a, b: r.b, aKey: r.a_key, bKey: r.b_key, documents: r.documents }))
    },
    async eventCounts(filters = {}) {
      return all<EventCount>(eventCountsQuery(SQLITE, checkFilters(filters)))
    },
    async eventRecords(filters = {}) {
      return all<EventRecordRow>(eventRecordsQuery(SQLITE, checkFilters(filters))).map(toEventRecord)
    },
    async *documents(filters = {}): AsyncGenerator<StoredDocument> {
      for await (const rows of pages(filters, true)) {
        for (const row of rows) {
          yield { ...summaryOf(row), report: row.report ? unpackReport(row.report, row.text ?? '') : null, sources: primaryFirst(row.source, sourcesOf.all(row.hash).map((s) => s.source)) }
        }
      }
    },
    async *rows(table: TableName, filters = {}) {
      const checked = checkFilters(filters)
      for await (const page of pages(checked, false)) {
        yield* all<Record<string, string | number | null>>(tableRowsQuery(SQLITE, table, checked, page[0].seq, page[page.length - 1].seq))
      }
    },
    async close() {
      if (db.open) {
        if (writer) db.pragma('wal_checkpoint(TRUNCATE)')
        db.close()
      }
    },
  }
}

function hitOf(row: DocumentRow): Omit<SearchHit, 'snippet' | 'highlights' | 'score'> {
  return { id: row.id, docId: row.doc_id, title: row.title, issuer: row.issuer, published: row.published, source: row.source }
}
