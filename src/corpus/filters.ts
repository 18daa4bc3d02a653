import { SentenceFunctionSchema, TechniqueIdSchema, type TechniqueId } from '../report/schema.ts'
import { TECHNIQUES } from '../report/techniques.ts'
import type { CorpusFilters } from './types.ts'

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

function checkDay(name: string, value: string): void {
  const m = DAY.exec(value)
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null
  if (!m || !date || date.getUTCDate() !== Number(m[3]) || date.getUTCMonth() !== Number(m[2]) - 1) {
    throw new RangeError(`The ${name} filter must be a date written YYYY-MM-DD, e.g. 2024-05-01; got '${value}'.`)
  }
}

/** A technique id from an id or an exact PTC label, e.g. 'Loaded_Language' -> 'loaded_language'. */
export function techniqueIdOf(value: string): TechniqueId {
  const id = TechniqueIdSchema.safeParse(value)
  if (id.success) return id.data
  const byLabel = TECHNIQUES.find((t) => t.ptc === value)
  if (byLabel) return byLabel.id
  throw new RangeError(`Unknown technique '${value}'. Use one of: ${TECHNIQUES.map((t) => t.id).join(', ')}.`)
}

/**
 * Checks filters given by a user and returns them cleaned: empty values dropped, technique labels
 * turned into ids. Throws a RangeError that says how to fix a bad value.
 *
 * @example
 * checkFilters({ technique: 'Flag-Waving', from: '2024-01-01' }) // { technique: 'flag_waving', from: '2024-01-01' }
 */
export function checkFilters(filters: CorpusFilters = {}): CorpusFilters {
  const out: CorpusFilters = {}
  const given = (v: string | undefined): v is string => typeof v === 'string' && v.trim() !== ''
  if (given(filters.issuer)) out.issuer = filters.issuer.trim()
  if (given(filters.entity)) out.entity = filters.entity.trim()
  if (given(filters.technique)) out.technique = techniqueIdOf(filters.technique.trim())
  if (given(filters.cameo)) {
    const code = filters.cameo.trim()
    if (!/^\d{2,4}$/.test(code)) throw new RangeError(`The cameo filter is a CAMEO code or its start, 2 to 4 digits such as 19 or 190; got '${code}'.`)
    out.cameo = code
  }
  if (given(filters.function)) {
    const fn = SentenceFunctionSchema.safeParse(filters.function.trim())
    if (!fn.success) throw new RangeError(`Unknown sentence function '${filters.function}'. Use one of: ${SentenceFunctionSchema.options.join(', ')}.`)
    out.function = fn.data
  }
  if (given(filters.from)) {
    checkDay('from', filters.from)
    out.from = filters.from
  }
  if (given(filters.to)) {
    checkDay('to', filters.to)
    out.to = filters.to
  }
  if (out.from && out.to && out.from > out.to) throw new RangeError(`The from date ${out.from} is after the to date ${out.to}.`)
  return out
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** How one SQL dialect writes a bound parameter. */
export type Placeholder = (value: unknown) => string

/**
 * SQL conditions over the documents table (aliased `d`) for the filters, binding values through
 * `bind`. Only documents stored ok pass.
 *
 * @example
 * const params: unknown[] = []
 * filterConditions({ technique: 'doubt' }, (v) => (params.push(v), '?'))
 */
export function filterConditions(filters: CorpusFilters, bind: Placeholder): string[] {
  const where = [`d.status = 'ok'`]
  if (filters.issuer) where.push(`lower(d.issuer) LIKE ${bind(`%${likeEscape(filters.issuer.toLowerCase())}%`)} ESCAPE '\\'`)
  // EXISTS lets the store check each candidate document with one index lookup instead of building the whole list.
  if (filters.entity) where.push(`EXISTS (SELECT 1 FROM entity_names x WHERE x.name = ${bind(filters.entity.toLowerCase())} AND x.doc = d.seq)`)
  if (filters.technique) where.push(`EXISTS (SELECT 1 FROM techniques x WHERE x.technique = ${bind(filters.technique)} AND x.doc = d.seq)`)
  if (filters.cameo) where.push(`EXISTS (SELECT 1 FROM events x WHERE x.cameo LIKE ${bind(`${filters.cameo}%`)} AND x.doc = d.seq)`)
  if (filters.function) where.push(`EXISTS (SELECT 1 FROM sentence_functions x WHERE x.function = ${bind(filters.function)} AND x.doc = d.seq)`)
  if (filters.from) where.push(`d.published >= ${bind(filters.from)}`)
  if (filters.to) where.push(`d.published <= ${bind(filters.to)}`)
  return where
}
