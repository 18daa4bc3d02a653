import { csvHeader, csvLine } from './csv-rows.ts'
import { reportRows } from './report-rows.ts'
import type { CorpusFilters, Store, TableName } from './types.ts'

/** What `exportCorpus` can write. */
export const EXPORT_KINDS = ['jsonl', 'documents', 'entities', 'events', 'techniques', 'gdelt'] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]

/** Where an export writes, one chunk at a time. */
export type ExportSink = (chunk: string) => Promise<void> | void

/** The CSV columns of each table, in order (the store's row keys). */
export const TABLE_COLUMNS: Readonly<Record<TableName, readonly string[]>> = {
  documents: ['document', 'doc_id', 'title', 'issuer', 'published', 'language', 'source', 'url', 'ingested_at', 'entities', 'events', 'techniques'],
  entities: ['document', 'entity', 'type', 'name', 'kb_source', 'kb_id', 'mentions'],
  events: ['document', 'event', 'cameo', 'root', 'label', 'quad_class', 'goldstein', 'actor', 'target', 'location', 'day', 'background', 'start', 'end', 'text'],
  techniques: ['document', 'technique', 'start', 'end', 'confidence', 'text'],
}

/** The columns of the GDELT-style events file: the GDELT 1.0 event table's names, for the fields a report gives. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name', 'Actor2Code', 'Actor2Name', 'IsRootEvent',
  'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'ActionGeo_FullName',
  'DATEADDED', 'SOURCEURL',
] as const

const tsvCell = (value: string | number | null) => (value === null ? '' : String(value).replace(/[\t\r\n]+/g, ' '))

function fractionDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1
  return (y + dayOfYear / 365).toFixed(4)
}

/** A CAMEO actor code from an entity key whose knowledge base codes actors the CAMEO way; else empty. */
function actorCode(key: string | null): string | null {
  if (!key) return null
  const colon = key.indexOf(':')
  const source = colon > 0 ? key.slice(0, colon) : ''
  const id = key.slice(colon + 1)
  return /cameo|petrarch/i.test(source) && /^[A-Z]{3,}$/.test(id) ? id : null
}

/**
 * Writes the stored corpus in one of the export formats: `jsonl`, one report per line (with its
 * text); `documents`, `entities`, `events`, `techniques`, CSV tables; `gdelt`, a tab-separated
 * events file with GDELT 1.0 column names (one row per non-background event with a date).
 * Returns how many records were written.
 *
 * @example
 * await exportCorpus(store, 'events', (chunk) => void process.stdout.write(chunk), { technique: 'doubt' })
 */
export async function exportCorpus(store: Store, kind: ExportKind, sink: ExportSink, filters: CorpusFilters = {}): Promise<number> {
  let count = 0
  if (kind === 'jsonl') {
    for await (const doc of store.documents(filters)) {
      if (!doc.report) continue
      await sink(`${JSON.stringify(doc.report)}\n`)
      count++
    }
    return count
  }
  if (kind === 'gdelt') {
    await sink(`${GDELT_COLUMNS.join('\t')}\n`)
    for await (const doc of store.documents(filters)) {
      if (!doc.report) continue
      const added = doc.ingestedAt.slice(0, 10).replaceAll('-', '')
      for (const e of reportRows(doc.report).events) {
        if (e.background || !e.day) continue
        const row = [
          `${doc.id}-${e.index}`, e.day.replaceAll('-', ''), e.day.slice(0, 7).replace('-', ''), e.day.slice(0, 4), fractionDate(e.day),
          actorCode(e.actorKey), e.actor, actorCode(e.targetKey), e.target, 1,
          e.cameo, e.cameo.slice(0, 3), e.root, e.quadClass, e.goldstein, 1, 1, 1, e.location,
          added, doc.url ?? doc.source,
        ]
        await sink(`${row.map(tsvCell).join('\t')}\n`)
        count++
      }
    }
    return count
  }
  const columns = TABLE_COLUMNS[kind]
  await sink(csvHeader(columns))
  for await (const row of store.rows(kind, filters)) {
    await sink(csvLine(columns.map((c) => row[c] ?? null)))
    count++
  }
  return count
}
