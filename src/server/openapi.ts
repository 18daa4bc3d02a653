import { z } from 'zod'
import { EXPORT_KINDS } from '../corpus/exports.ts'
import { FORMAT_NAMES } from '../report/format/index.ts'
import { AnalyzeRequestSchema, RawMetadataSchema } from './analyze-request.ts'
import { FilterParamsSchema, SearchParamsSchema } from './corpus-query.ts'
import { responseSchemas } from './openapi-schemas.ts'
import { CoMentionParamsSchema } from './routes/aggregates.ts'
import { ClusterParamsSchema } from './routes/clusters.ts'
import type { TokenScope } from './tokens.ts'

type Schema = Record<string, unknown>

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: Schema) => ({ 'application/json': { schema } })

function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Schema {
  const { $schema: _schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Schema
  return rest
}

/** Query parameters from a zod object schema: each property one optional parameter with its description. */
function queryParameters(schema: z.ZodObject): Schema[] {
  const properties = (jsonSchema(schema).properties ?? {}) as Record<string, Schema>
  return Object.entries(properties).map(([name, { description, ...property }]) => ({ name, in: 'query', required: false, ...(description ? { description } : {}), schema: property }))
}

const pathId = (description: string): Schema => ({ name: 'id', in: 'path', required: true, description, schema: { type: 'string' } })

function errors(...statuses: number[]): Record<string, Schema> {
  const meaning: Record<number, string> = {
    400: 'invalid request: bad JSON, a field or filter that does not validate',
    401: 'an API token is required and was not sent or is not valid',
    403: 'the token lacks the scope this needs',
    404: 'no such document, cluster or export',
    413: 'the request body is over the size limit',
    415: 'the body is neither JSON, text/plain nor text/html',
    422: 'the document or page cannot be read, or the URL is refused',
    500: 'the analysis or the server failed',
    502: 'the URL could not be fetched',
    503: 'busy, shutting down, or over the time limit; Retry-After says when to try again',
    504: 'the URL did not answer in time',
  }
  return Object.fromEntries(statuses.map((s) => [String(s), { description: meaning[s], content: json(ref('Error')) }]))
}

function operation(summary: string, scope: TokenScope | null, responses: Record<string, Schema>, extra: Schema = {}): Schema {
  const auth = scope ? errors(401, 403) : {}
  return {
    summary,
    ...(scope ? { security: [{ apiToken: [scope] }] } : { security: [] }),
    ...extra,
    responses: { ...responses, ...auth, ...errors(503) },
  }
}

const documentBody = {
  required: true,
  description: 'JSON with exactly one of text, html or url; or the document itself as text/plain or text/html with metadata as query parameters.',
  content: {
    'application/json': { schema: ref('AnalyzeRequest') },
    'text/plain': { schema: { type: 'string' } },
    'text/html': { schema: { type: 'string' } },
  },
}

/**
 * The OpenAPI 3.1 document of the HTTP API, built from the same zod schemas the server validates
 * requests with, and the report's JSON Schema.
 *
 * @example
 * const doc = openApiDocument('0.1.0')
 * Object.keys(doc.paths) // ['/api/status', '/api/analyze', …]
 */
export function openApiDocument(version: string): Schema {
  const filters = queryParameters(FilterParamsSchema)
  const rawMetadata = queryParameters(RawMetadataSchema).map((p) => ({ ...p, description: `${p.description ?? ''} (with a text/plain or text/html body)`.trim() }))
  const analyzeRequest = jsonSchema(AnalyzeRequestSchema)
  return {
    openapi: '3.1.0',
    info: {
      title: 'unspun',
      version,
      summary: 'What a political text reports and how it argues.',
      description:
        'Analyse press releases and news into unspun.report/1 reports (events with CAMEO codes, entities, amounts, dates, quotes with speakers; persuasion techniques, sentence function, check-worthiness), store them, and search, aggregate, cluster and export the corpus. Every error is `{"error": {"code", "message", "details"?}}`. When the server runs with auth (always on a non-loopback host), send `Authorization: Bearer <token>`; tokens come from `unspun token create --scope read|write`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    security: [{ apiToken: ['read'] }],
    paths: {
      '/openapi.json': { get: operation('This document.', null, { 200: { description: 'the OpenAPI document', content: json({ type: 'object' }) } }) },
      '/api/status': { get: operation('Version, whether tokens are required, and the size of the store.', null, { 200: { description: 'status', content: json(ref('Status')) } }) },
      '/api/analyze': {
        post: operation('Analyse one document and return its report, without storing it.', 'read', { 200: { description: 'the report', content: json(ref('Report')) }, ...errors(400, 413, 415, 422, 500, 502, 504) }, { requestBody: documentBody, parameters: rawMetadata }),
      },
      '/api/documents': {
        get: operation('Search and list stored documents with the corpus filters; facets on request.', 'read', { 200: { description: 'a page of hits', content: json(ref('SearchPage')) }, ...errors(400) }, {
          parameters: [...queryParameters(SearchParamsSchema), { name: 'facets', in: 'query', required: false, description: 'true to count matching documents per technique and issuer', schema: { type: 'boolean' } }],
        }),
        post: operation(
          'Analyse one document and store it; the same text stored again is a duplicate.',
          'write',
          { 201: { description: 'stored', content: json(ref('IngestResult')) }, 200: { description: 'already stored (duplicate)', content: json(ref('IngestResult')) }, ...errors(400, 413, 415, 422, 500, 502, 504) },
          { requestBody: documentBody, parameters: rawMetadata },
        ),
      },
      '/api/documents/{id}': {
        get: operation('One stored document with its report and sources.', 'read', { 200: { description: 'the document', content: json(ref('StoredDocument')) }, ...errors(404) }, { parameters: [pathId('store id, content hash, or the document’s own id')] }),
      },
      '/api/documents/{id}/report': {
        get: operation('The stored report of one document, in any report format.', 'read', {
          200: {
            description: 'the report',
            content: {
              'application/json': { schema: ref('Report') },
              'text/html': { schema: { type: 'string' } },
              'text/csv': { schema: { type: 'string' } },
              'application/x-ndjson': { schema: { type: 'string' } },
              'text/plain': { schema: { type: 'string' } },
            },
          },
          ...errors(400, 404),
        }, { parameters: [pathId('store id, content hash, or the document’s own id'), { name: 'format', in: 'query', required: false, schema: { type: 'string', enum: [...FORMAT_NAMES], default: 'json' } }] }),
      },
      '/api/failures': {
        get: operation('Documents that could not be read or analysed in full, with their errors.', 'read', { 200: { description: 'a page of failures', content: json(ref('FailurePage')) }, ...errors(400) }, {
          parameters: [
            { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
            { name: 'offset', in: 'query', required: false, schema: { type: 'integer', minimum: 0, default: 0 } },
          ],
        }),
      },
      '/api/aggregates/techniques': {
        get: operation('Technique findings per issuer, month and technique.', 'read', { 200: { description: 'counts', content: json(ref('TechniqueCounts')) }, ...errors(400) }, { parameters: filters }),
      },
      '/api/aggregates/co-mentions': {
        get: operation('Pairs of entities named in the same documents, most frequent first.', 'read', { 200: { description: 'pairs', content: json(ref('CoMentions')) }, ...errors(400) }, { parameters: [...filters, ...queryParameters(CoMentionParamsSchema)] }),
      },
      '/api/aggregates/events': {
        get: operation('Events per month, CAMEO root and location (background events left out).', 'read', { 200: { description: 'counts', content: json(ref('EventCounts')) }, ...errors(400) }, { parameters: filters }),
      },
      '/api/clusters': {
        get: operation('The same event across sources: clusters of events from different documents.', 'read', { 200: { description: 'clusters', content: json(ref('ClusterList')) }, ...errors(400) }, { parameters: [...filters, ...queryParameters(ClusterParamsSchema)] }),
      },
      '/api/clusters/{id}': {
        get: operation('One cluster, source by source: each document’s sentences, numbers, quotes and techniques.', 'read', { 200: { description: 'the comparison', content: json(ref('ClusterComparison')) }, ...errors(400, 404) }, {
          parameters: [pathId('cluster id from GET /api/clusters (given the same window and filters)'), ...filters, ...queryParameters(ClusterParamsSchema)],
        }),
      },
      '/api/export/{kind}': {
        get: operation('The stored corpus as a file: JSONL reports, CSV tables, or GDELT-style events (TSV).', 'read', {
          200: {
            description: 'the export, streamed',
            content: { 'application/x-ndjson': { schema: { type: 'string' } }, 'text/csv': { schema: { type: 'string' } }, 'text/tab-separated-values': { schema: { type: 'string' } } },
          },
          ...errors(400, 404),
        }, { parameters: [{ name: 'kind', in: 'path', required: true, schema: { type: 'string', enum: [...EXPORT_KINDS] } }, ...filters] }),
      },
    },
    components: {
      securitySchemes: {
        apiToken: { type: 'http', scheme: 'bearer', description: 'An API token from `unspun token create --scope read|write` (write includes read). Required only when the server runs with auth.' },
      },
      schemas: {
        AnalyzeRequest: { ...analyzeRequest, oneOf: [{ required: ['text'] }, { required: ['html'] }, { required: ['url'] }] },
        ...responseSchemas(),
      },
    },
  }
}
