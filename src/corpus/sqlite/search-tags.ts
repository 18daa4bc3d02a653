import { createHash } from 'node:crypto'
import type { ReportRows } from '../report-rows.ts'
import type { CorpusFilters } from '../types.ts'

// Filter values indexed as words of a hidden full-text column, so that the full-text index
// intersects them with the query's words instead of the store checking each match in SQL.
// Letters and digits only: the tokenizer splits on anything else.
const squash = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, '')
const entityTag = (name: string) => `ze${createHash('sha1').update(name.toLowerCase()).digest('hex').slice(0, 12)}`

/** The tags of a document: its techniques, sentence functions, CAMEO codes and entity names. */
export function searchTags(rows: ReportRows): string {
  const tags = new Set<string>()
  for (const t of rows.techniques) tags.add(`zt${squash(t.technique)}`)
  for (const f of rows.functions) tags.add(`zf${squash(f.function)}`)
  for (const e of rows.events) tags.add(`zc${squash(e.cameo)}`)
  for (const n of rows.names) tags.add(entityTag(n))
  return [...tags].join(' ')
}

/** The FTS5 terms that match the filters a tag stands for (technique, function, CAMEO code, entity); empty when none is given. */
export function tagTerms(filters: CorpusFilters): string[] {
  const terms: string[] = []
  if (filters.technique) terms.push(`"zt${squash(filters.technique)}"`)
  if (filters.function) terms.push(`"zf${squash(filters.function)}"`)
  if (filters.cameo) terms.push(`"zc${squash(filters.cameo)}"*`)
  if (filters.entity) terms.push(`"${entityTag(filters.entity)}"`)
  return terms
}
