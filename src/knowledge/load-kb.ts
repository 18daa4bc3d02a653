import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readKbFile } from './kb-file.ts'
import { createKnowledgeBase, type KnowledgeBase } from './knowledge-base.ts'

/** Where the compiled knowledge base ships: models/kb.json.gz at the package root. */
export const DEFAULT_KB_PATH = fileURLToPath(new URL('../../models/kb.json.gz', import.meta.url))

const cache = new Map<string, KnowledgeBase>()

/**
 * Loads the compiled knowledge base (once per path per process) and compiles its gazetteers.
 *
 * @example
 * const kb = loadKnowledgeBase()
 * kb.get('country:FRA')?.name // 'France'
 */
export function loadKnowledgeBase(path: string = DEFAULT_KB_PATH): KnowledgeBase {
  const cached = cache.get(path)
  if (cached) return cached
  if (!existsSync(path)) throw new Error(`The knowledge base is missing at ${path}. Build it with \`npm run build:kb\`.`)
  const kb = createKnowledgeBase(readKbFile(readFileSync(path)))
  cache.set(path, kb)
  return kb
}
