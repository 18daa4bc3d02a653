import { reportJsonSchema, TechniqueIdSchema } from '../report/schema.ts'

// Response schemas of the API, in the JSON Schema dialect of OpenAPI 3.1. The request schemas
// come from the zod schemas the server parses with (see openapi.ts); these describe what the
// corpus library returns, which has TypeScript types but no zod schemas.

type Schema = Record<string, unknown>

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })
const str: Schema = { type: 'string' }
const nullableStr: Schema = { type: ['string', 'null'] }
const int: Schema = { type: 'integer', minimum: 0 }
const day: Schema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }
const nullableDay: Schema = { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' }
const month: Schema = { type: ['string', 'null'], description: 'YYYY-MM; null when undated' }
const array = (items: Schema): Schema => ({ type: 'array', items })
const object = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
})
const techniqueId: Schema = { type: 'string', enum: TechniqueIdSchema.options }

function reportSchema(): Schema {
  const { $id: _id, $schema: _schema, title: _title, ...schema } = reportJsonSchema()
  return { ...schema, description: 'An unspun.report/1 report: what the document reports and how it argues, every finding anchored to a UTF-16 span of document.text.' }
}

const documentSummary = object(
  {
    id: { type: 'string', description: 'the store id: the first 16 hex digits of the content hash' },
    hash: { type: 'string', description: 'sha256 of the normalised text' },
    docId: nullableStr,
    title: nullableStr,
    issuer: nullableStr,
    published: nullableDay,
    language: nullableStr,
    source: { type: 'string', description: 'path or URL the document was read from; "api" when it was sent to the API' },
    url: nullableStr,
    ingestedAt: { type: 'string', description: 'ISO timestamp' },
    status: { type: 'string', enum: ['ok', 'failed'] },
    error: nullableStr,
  },
  'A stored document without its report.',
)

const clusterSummary = object({
  id: str,
  root: { type: 'string', description: 'CAMEO root code' },
  event: { type: 'string', description: 'name of the CAMEO root' },
  cameo: { type: 'string', description: 'the most frequent full CAMEO code among the members' },
  location: { type: ['string', 'null'], description: 'key of the location most members share: knowledge-base id, else lower-case name' },
  locationName: nullableStr,
  parties: { ...array(str), description: 'keys of the parties named by at least two documents' },
  partyNames: array(str),
  from: day,
  to: day,
  documents: int,
  issuers: array(str),
})

/** The `components.schemas` of the OpenAPI document. */
export function responseSchemas(): Record<string, Schema> {
  return {
    Report: reportSchema(),
    Error: object(
      {
        error: {
          type: 'object',
          properties: { code: { type: 'string', description: 'stable and machine-readable' }, message: { type: 'string', description: 'for people: what went wrong and how to fix it' }, details: {} },
          required: ['code', 'message'],
        },
      },
      'Every error has this shape.',
    ),
    Status: object({
      name: { type: 'string', const: 'unspun' },
      version: str,
      auth: { type: 'boolean', description: 'whether API tokens are required' },
      scope: { type: ['string', 'null'], enum: ['read', 'write', null], description: 'the scope of the token sent, if valid' },
      store: { anyOf: [{ type: 'null' }, object({ kind: { type: 'string', enum: ['sqlite', 'postgres'] }, documents: int, failed: int })], description: 'null when a token is required and none was sent' },
      workers: int,
    }),
    DocumentSummary: documentSummary,
    StoredDocument: {
      ...documentSummary,
      description: 'A stored document with its report (null when it failed before analysis) and every source it was seen at.',
      properties: { ...(documentSummary.properties as Schema), report: { anyOf: [ref('Report'), { type: 'null' }] }, sources: array(str) },
      required: [...(documentSummary.required as string[]), 'report', 'sources'],
    },
    IngestResult: object({
      id: str,
      outcome: { type: 'string', enum: ['added', 'duplicate', 'replaced'], description: 'duplicate: the same text was already stored; its new source is recorded' },
      document: { anyOf: [ref('DocumentSummary'), { type: 'null' }] },
    }),
    SearchHit: object({
      id: str,
      docId: nullableStr,
      title: nullableStr,
      issuer: nullableStr,
      published: nullableDay,
      source: str,
      snippet: { type: 'string', description: 'plain text around the matches' },
      highlights: { ...array({ type: 'array', items: int }), description: 'UTF-16 [start, end) ranges of the matched words in snippet' },
      score: { type: 'number', description: 'relevance, higher is better; 0 without a text query' },
    }),
    Facets: object({
      techniques: array(object({ technique: techniqueId, documents: int })),
      issuers: array(object({ issuer: str, documents: int })),
      partial: { type: 'boolean', description: 'true when only the first 1000 matching documents were counted' },
    }),
    SearchPage: {
      type: 'object',
      properties: { hits: array(ref('SearchHit')), limit: int, offset: int, facets: ref('Facets') },
      required: ['hits', 'limit', 'offset'],
    },
    FailurePage: object({ failures: array(ref('DocumentSummary')), limit: int, offset: int }),
    TechniqueCounts: object({
      counts: array(object({ issuer: nullableStr, month, technique: techniqueId, count: { ...int, description: 'findings' }, documents: { ...int, description: 'documents with at least one finding' } })),
    }),
    CoMentions: object({ pairs: array(object({ a: str, b: str, aKey: str, bKey: str, documents: int })) }),
    EventCounts: object({ counts: array(object({ month, root: str, event: str, location: nullableStr, count: int })) }),
    ClusterSummary: clusterSummary,
    ClusterList: object({ window: int, total: int, clusters: array(ref('ClusterSummary')) }),
    ClusterComparison: object({
      cluster: ref('ClusterSummary'),
      sources: array(
        object({
          document: object({ id: str, title: nullableStr, issuer: nullableStr, published: nullableDay, source: str }),
          events: array(object({ text: str, cameo: str, label: str, date: day, start: int, end: int })),
          numbers: array(object({ text: str, value: { type: ['number', 'null'] }, unit: nullableStr, qualifier: nullableStr, start: int, end: int })),
          quotes: array(object({ text: str, speaker: nullableStr, direct: { type: 'boolean' }, start: int, end: int })),
          techniques: array(object({ technique: techniqueId, count: int, examples: array(str) })),
        }),
      ),
    }),
  }
}
