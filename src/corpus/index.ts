export type {
  CoMentionOptions,
  CorpusFilters,
  DocumentRecord,
  DocumentStatus,
  DocumentSummary,
  EntityCoMention,
  EventCount,
  EventRecord,
  FailureRecord,
  SearchHit,
  SearchQuery,
  Store,
  StoredDocument,
  TableName,
  TechniqueCount,
  WriteOutcome,
} from './types.ts'
export { DEFAULT_STORE, isPostgresUrl, openStore, storeLocation, type OpenStoreOptions } from './open-store.ts'
export { openSqliteStore, type SqliteStoreOptions } from './sqlite/store.ts'
export { openPostgresStore, redactUrl, type PostgresStoreOptions } from './postgres/store.ts'
export { contentHash, sourceHash, storeId } from './content-hash.ts'
export { reportRows, entityKey, type ReportRows, type EntityRow, type EventRow, type TechniqueRow } from './report-rows.ts'
export { ingestDocuments, type IngestOptions, type IngestProgress, type IngestSummary } from './ingest.ts'
export { checkFilters, techniqueIdOf } from './filters.ts'
export { parseQuery, fts5Expression, readSnippet, type QueryClause } from './search-query.ts'
export { clusterEvents, eventSimilarity, type ClusterOptions, type EventCluster } from './clustering.ts'
export { compareCluster, sourceAccount, type ClusterComparison, type SourceAccount } from './cluster-comparison.ts'
export { exportCorpus, EXPORT_KINDS, GDELT_COLUMNS, TABLE_COLUMNS, type ExportKind, type ExportSink } from './exports.ts'
export { CAMEO_ROOTS, cameoRootName } from './cameo-roots.ts'
