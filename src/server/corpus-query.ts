import { z } from 'zod'
import { checkFilters } from '../corpus/filters.ts'
import type { CorpusFilters, SearchQuery } from '../corpus/types.ts'
import { HttpError } from './http-error.ts'

const text = z.string().max(500).optional()

/** The corpus filters as query parameters; every one is optional and all given ones must hold. */
export const FilterParamsSchema = z.object({
  issuer: text.describe('issuer contains this text, ignoring case'),
  entity: text.describe('the document names an entity with this name, alias or knowledge-base id'),
  technique: text.describe('a technique id such as loaded_language, or its PTC label'),
  cameo: text.describe('an event CAMEO code or its start, e.g. 19 or 190'),
  function: text.describe('a sentence function: report, opinion, call_to_action, quote, question, other'),
  from: text.describe('published on or after, YYYY-MM-DD'),
  to: text.describe('published on or before, YYYY-MM-DD'),
})

const count = (max: number, fallback: number) => z.coerce.number().int().min(0).max(max).default(fallback)

export const SearchParamsSchema = FilterParamsSchema.extend({
  q: z.string().max(1000).optional().describe('full-text query: words, "quoted phrases", OR, -excluded; empty lists documents by date'),
  limit: count(200, 20).describe('hits per page, at most 200'),
  offset: count(1_000_000, 0).describe('hits to skip'),
})

/**
 * Checks corpus filters given as query parameters; a bad value is a 400 `invalid_filter` that
 * says how to write it.
 *
 * @example
 * filtersOf({ technique: 'Flag-Waving' }) // { technique: 'flag_waving' }
 */
export function filtersOf(params: Record<string, string>): CorpusFilters {
  const parsed = FilterParamsSchema.parse(params)
  try {
    return checkFilters(parsed as CorpusFilters)
  } catch (error) {
    if (error instanceof RangeError) throw new HttpError(400, { code: 'invalid_filter', message: error.message })
    throw error
  }
}

/** A search query from query parameters: the filters, `q`, `limit` and `offset`. */
export function searchOf(params: Record<string, string>): SearchQuery & { limit: number; offset: number } {
  const parsed = SearchParamsSchema.parse(params)
  return { ...filtersOf(params), text: parsed.q ?? '', limit: parsed.limit, offset: parsed.offset }
}
