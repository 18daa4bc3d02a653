import { createHash } from 'node:crypto'
import type { DocumentSource } from './analysis-job.ts'

/**
 * Reports of recently analysed documents, as JSON, newest kept: analysis is pure (the same
 * document and metadata always give the same report), so a document sent again — a retry, the
 * same wire story from two clients, "analyse" then "save" in the web UI — is answered without
 * analysing it twice. Bounded by the total size of the reports held.
 */
export interface AnalysisCache {
  get(source: DocumentSource): string | undefined
  set(source: DocumentSource, json: string): void
  readonly size: number
  readonly bytes: number
}

function keyOf(source: DocumentSource): string {
  const parts = [source.format, source.source, source.url ?? '', source.title ?? '', source.issuer ?? '', source.published ?? '', source.content]
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url')
}

/**
 * An LRU cache of reports holding at most `maxBytes` of JSON (UTF-16 length × 2, what the strings
 * take in memory); 0 turns it off.
 *
 * @example
 * const cache = createAnalysisCache(64 * 1024 * 1024)
 * cache.get(source) ?? cache.set(source, json)
 */
export function createAnalysisCache(maxBytes: number): AnalysisCache {
  const entries = new Map<string, string>()
  let bytes = 0
  return {
    get(source) {
      if (maxBytes === 0) return undefined
      const key = keyOf(source)
      const json = entries.get(key)
      if (json !== undefined) {
        entries.delete(key)
        entries.set(key, json)
      }
      return json
    },
    set(source, json) {
      const size = json.length * 2
      if (size > maxBytes / 4) return
      const key = keyOf(source)
      const old = entries.get(key)
      if (old !== undefined) {
        bytes -= old.length * 2
        entries.delete(key)
      }
      entries.set(key, json)
      bytes += size
      for (const [oldest, value] of entries) {
        if (bytes <= maxBytes) break
        entries.delete(oldest)
        bytes -= value.length * 2
      }
    },
    get size() {
      return entries.size
    },
    get bytes() {
      return bytes
    },
  }
}
