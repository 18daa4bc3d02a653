import pg from 'pg'
import { checkFilters } from '../filters.ts'
import { unpackReport } from '../report-json.ts'
import { leadSnippet, MATCH_END, MATCH_START, parseQuery, readSnippet } from '../search-query.ts'
import { coMentionsQuery, documentPageQuery, eventCountsQuery, eventRecordsQuery, filterSql, tableRowsQuery, techniqueCountsQuery, type SqlDialect, type SqlQuery } from '../sql-queries.ts'
import { primaryFirst, summaryOf, toEventRecord, type DocumentRow, type EventRecordRow } from '../stored-rows.ts'
import type { CorpusFilters, EntityCoMention, EventCount, SearchHit, SearchQuery, Store, StoredDocument, TechniqueCount } from '../types.ts'
import { checkSchemaName, preparePostgres } from './schema.ts'
import { addPostgresFailure, addPostgresReport } from './write.ts'

const POSTGRES: SqlDialect = { placeholder: (n) => `$${n}`, binary: ' COLLATE "C"', separateBodies: false }
const PAGE = 500

// Counts come back as int8 and numeric; they fit a JavaScript number.
const NUMERIC = new Set([20, 1700])
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMERIC.has(oid) ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
}

export interface PostgresStoreOptions {
  /** the schema that holds the tables; default 'public' */
  schema?: string
  /** the most connections held at once; default 4 */
  maxConnections?: number
}

/** The connection URL with any password replaced by ***. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@')
  }
}

/** The query in websearch_to_tsquery's syntax, rebuilt from the parsed query so both stores read it alike. */
function websearchText(text: string): string | null {
  const clauses = parseQuery(text)
  if (!clauses.some((c) => !c.negated)) return null
  const term = (words: string[]) => (words.length > 1 ? `"${words.join(' ')}"` : words[0])
  return clauses.map((c) => `${c.negated ? '-' : ''}${c.any.map(term).join(' OR ')}`).join(' ')
}

/**
 * Opens the PostgreSQL store at `url` (postgres://…), creating its tables when needed.
 *
 * @example
 * const store = await openPostgresStore(process.env.DATABASE_URL!, { schema: 'newsroom' })
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const schema = checkSchemaName(options.schema ?? 'public')
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 4, options: `-c search_path="${schema}"`, types })
  pool.on('error', () => undefined)
  try {
    await preparePostgres(pool, schema)
  } catch (error) {
    await pool.end()
    throw new Error(`Cannot open the PostgreSQL store ${redactUrl(url)}: ${(error as Error).message}`, { cause: error })
  }
  let closed = false
  const all = async <T>(q: SqlQuery) => (await pool.query(q.sql, q.params)).rows as T[]
  const sourcesOf = async (hash: string) =>
    (await pool.query<{ source: string }>('SELECT source FROM sources WHERE hash = $1 ORDER BY seen_at, source COLLATE "C"', [hash])).rows.map((r) => r.source)
  const stored = async (row: DocumentRow): Promise<StoredDocument> => ({
    ...summaryOf(row),
    report: row.report ? unpackReport(row.report, row.text ?? '') : null,
    sources: primaryFirst(row.source, await sourcesOf(row.hash)),
  })

  async function search(query: SearchQuery): Promise<SearchHit[]> {
    const filters = checkFilters(query)
    const limit = Math.max(0, Math.min(query.limit ?? 20, 1000))
    const offset = Math.max(0, query.offset ?? 0)
    const text = query.text?.trim() ?? ''
    const params: unknown[] = []
    if (text === '') {
      const conditions = filterSql(POSTGRES, filters, params)
      const rows = await all<DocumentRow & { lead: string }>({
        sql: `SELECT d.*, substr(d.text, 1, 400) AS lead FROM documents d WHERE ${conditions}
          ORDER BY d.published DESC NULLS LAST, d.seq DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        params: [...params, limit, offset],
      })
      return rows.map((r) => ({ ...hitOf(r), snippet: leadSnippet(r.lead ?? ''), highlights: [], score: 0 }))
    }
    const websearch = websearchText(text)
    if (websearch === null) throw new RangeError(`The query '${text}' has no word to look for; add one besides the excluded ones.`)
    params.push(websearch)
    const conditions = filterSql(POSTGRES, filters, params)
    const top = await all<DocumentRow & { score: number }>({
      sql: `SELECT d.seq, d.id, d.doc_id, d.title, d.issuer, d.published, d.source, ts_rank(d.search, q) AS score
        FROM documents d, websearch_to_tsquery('english', $1) q
        WHERE d.search @@ q AND ${conditions} ORDER BY score DESC, d.seq LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      params: [...params, limit, offset],
    })
    if (top.length === 0) return []
    const headlines = await all<{ seq: number; snippet: string }>({
      sql: `SELECT d.seq, ts_headline('english', d.text, websearch_to_tsquery('english', $1),
          'StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=32, MinWords=16, MaxFragments=1') AS snippet
        FROM documents d WHERE d.seq = ANY($2::int[])`,
      params: [websearch, top.map((r) => r.seq)],
    })
    const snippets = new Map(headlines.map((h) => [h.seq, h.snippet]))
    return top.map((r) => ({ ...hitOf(r), ...readSnippet(snippets.get(r.seq) ?? ''), score: Math.round(r.score * 1000) / 1000 }))
  }

  async function* pages(filters: CorpusFilters, withReport: boolean): AsyncGenerator<DocumentRow[]> {
    let after = 0
    for (;;) {
      const rows = await all<DocumentRow>(documentPageQuery(POSTGRES, filters, after, PAGE, withReport))
      if (rows.length === 0) return
      yield rows
      after = rows[rows.length - 1].seq
    }
  }

  return {
    kind: 'postgres',
    location: schema === 'public' ? redactUrl(url) : `${redactUrl(url)} (schema ${schema})`,
    async existing(hashes) {
      const rows = await all<{ hash: string }>({ sql: `SELECT hash FROM documents WHERE status = 'ok' AND hash = ANY($1::text[])`, params: [[...hashes]] })
      return new Set(rows.map((r) => r.hash))
    },
    addReport: (record) => addPostgresReport(pool, record),
    addFailure: (record) => addPostgresFailure(pool, record),
    async addSource(hash, source) {
      await pool.query('INSERT INTO sources (hash, source, seen_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [hash, source, new Date().toISOString()])
    },
    async get(id) {
      const rows = await all<DocumentRow>({
        sql: `SELECT * FROM documents WHERE id = $1 OR hash = $1 OR doc_id = $1 ORDER BY status = 'ok' DESC, seq LIMIT 1`,
        params: [id],
      })
      return rows[0] ? stored(rows[0]) : null
    },
    async count() {
      const rows = await all<{ status: string; n: number }>({ sql: 'SELECT status, COUNT(*) AS n FROM documents GROUP BY status', params: [] })
      return { documents: rows.find((r) => r.status === 'ok')?.n ?? 0, failed: rows.find((r) => r.status === 'failed')?.n ?? 0 }
    },
    async failures({ limit = 100, offset = 0 } = {}) {
      const rows = await all<DocumentRow>({ sql: `SELECT * FROM documents WHERE status = 'failed' ORDER BY ingested_at DESC, seq DESC LIMIT $1 OFFSET $2`, params: [limit, offset] })
      return rows.map(summaryOf)
    },
    search,
    async techniqueCounts(filters = {}) {
      return all<TechniqueCount>(techniqueCountsQuery(POSTGRES, checkFilters(filters)))
    },
    async entityCoMentions(filters = {}, options = {}) {
      const rows = await all<{ a: string; b: string; a_key: string; b_key: string; documents: number }>(coMentionsQuery(POSTGRES, checkFilters(filters), options))
      return rows.map((r): EntityCoMention => ({ a: r.a, b: r.b, aKey: r.a_key, bKey: r.b_key, documents: r.documents }))
    },
    async eventCounts(filters = {}) {
      return all<EventCount>(eventCountsQuery(POSTGRES, checkFilters(filters)))
    },
    async eventRecords(filters = {}) {
      return (await all<EventRecordRow>(eventRecordsQuery(POSTGRES, checkFilters(filters)))).map(toEventRecord)
    },
    async *documents(filters = {}) {
      for await (const rows of pages(checkFilters(filters), true)) for (const row of rows) yield await stored(row)
    },
    async *rows(table, filters = {}) {
      const checked = checkFilters(filters)
      for await (const page of pages(checked, false)) {
        yield* await all<Record<string, string | number | null>>(tableRowsQuery(POSTGRES, table, checked, page[0].seq, page[page.length - 1].seq))
      }
    },
    async close() {
      if (!closed) {
        closed = true
        await pool.end()
      }
    },
  }
}

function hitOf(row: DocumentRow): Omit<SearchHit, 'snippet' | 'highlights' | 'score'> {
  return { id: row.id, docId: row.doc_id, title: row.title, issuer: row.issuer, published: row.published, source: row.source }
}
