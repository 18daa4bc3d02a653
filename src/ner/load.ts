import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import { readNerModel } from './model-file.ts'
import type { NerTagger } from './tagger.ts'

/** The model shipped with unspun, trained by `npm run train:ner`. */
export const DEFAULT_NER_MODEL = new URL('../../models/ner.bin', import.meta.url)

const cache = new Map<string, NerTagger>()

/**
 * Loads a named-entity tagger from a model file (default: the shipped `models/ner.bin`). Each path is
 * read once; later calls return the same tagger.
 *
 * @example
 * const tagger = loadNerTagger()
 * tagger.tag(['Jens', 'Stoltenberg', 'visited', 'Kyiv', '.']) // ['B-PER', 'I-PER', 'O', 'B-LOC', 'O']
 */
export function loadNerTagger(path: string | URL = DEFAULT_NER_MODEL): NerTagger {
  const key = resolve(path instanceof URL ? fileURLToPath(path) : path)
  let tagger = cache.get(key)
  if (!tagger) {
    tagger = readNerModel(key)
    cache.set(key, tagger)
  }
  return tagger
}
