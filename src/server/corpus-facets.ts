import type { SearchQuery, Store } from '../corpus/types.ts'
import { TECHNIQUES } from '../report/techniques.ts'

/** Counts of matching documents per technique and per issuer, to narrow a search with one click. */
export interface Facets {
  techniques: { technique: string; documents: number }[]
  issuers: { issuer: string; documents: number }[]
  /** true when the counts cover only the first `scanned` matching documents */
  partial: boolean
}

/** How many matching documents facets look at, at most. */
export const FACET_SCAN = 1000

const byCount = <T extends { documents: number }>(key: (x: T) => string) => (a: T, b: T) => b.documents - a.documents || (key(a) < key(b) ? -1 : 1)

/**
 * The facets of a search: documents per issuer among the matching documents (the first
 * FACET_SCAN of them), and documents per technique — exact from the technique aggregate when
 * there is no text query, otherwise counted by one capped search per technique.
 *
 * @example
 * const facets = await searchFacets(store, { text: 'troops', issuer: 'ministry' })
 */
export async function searchFacets(store: Store, query: SearchQuery): Promise<Facets> {
  const base = { ...query, limit: FACET_SCAN, offset: 0 }
  const hits = await store.search(base)
  const issuers = new Map<string, number>()
  for (const hit of hits) if (hit.issuer) issuers.set(hit.issuer, (issuers.get(hit.issuer) ?? 0) + 1)
  let partial = hits.length >= FACET_SCAN
  const techniques = new Map<string, number>()
  if (!query.text?.trim()) {
    for (const row of await store.techniqueCounts(query)) techniques.set(row.technique, (techniques.get(row.technique) ?? 0) + row.documents)
  } else {
    const candidates = query.technique ? TECHNIQUES.filter((t) => t.id === query.technique) : TECHNIQUES
    for (const t of candidates) {
      const n = (await store.search({ ...base, technique: t.id })).length
      if (n > 0) techniques.set(t.id, n)
      if (n >= FACET_SCAN) partial = true
    }
  }
  return {
    techniques: [...techniques].map(([technique, documents]) => ({ technique, documents })).sort(byCount((x) => x.technique)),
    issuers: [...issuers].map(([issuer, documents]) => ({ issuer, documents })).sort(byCount((x) => x.issuer)),
    partial,
  }
}
