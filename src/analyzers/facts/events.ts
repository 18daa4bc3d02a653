import { defineAnalyzer } from '../../engine/types.ts'
import { loadCameoModel } from '../../knowledge/cameo/model.ts'
import { EVENT_PATTERNS } from './events/event-patterns.ts'
import { extractEvents, triggerWordsOf, type EventResources } from './events/extract.ts'
import { compileEventPatterns } from './events/pattern-index.ts'
import { compileVerbDictionary } from './events/verb-dictionary.ts'
import { WordTypes } from './events/word-types.ts'

/**
 * Loads what the events analyzer needs: the CAMEO codebook and PETRARCH verb dictionary from
 * models/cameo.json (or `modelPath`), compiled for matching, and the hand-written patterns.
 *
 * @example
 * const resources = loadEventResources()
 * resources.codebook.get('150')?.label // 'Demonstrate military or police power, not specified below'
 */
export function loadEventResources(modelPath?: string | URL): EventResources {
  const model = loadCameoModel(modelPath)
  for (const pattern of EVENT_PATTERNS) {
    if (!model.codebook.has(pattern.cameo) || (pattern.intentCode && !model.codebook.has(pattern.intentCode))) {
      throw new Error(`Event pattern '${pattern.id}' names a code the CAMEO codebook does not have (${pattern.cameo}). Use a code from eventcodes.tsv.`)
    }
  }
  const dictionary = compileVerbDictionary(model.verbs)
  const patterns = compileEventPatterns(EVENT_PATTERNS)
  const triggerWords = triggerWordsOf(dictionary, patterns)
  return { codebook: model.codebook, dictionary, patterns, triggerWords, wordTypes: new WordTypes(triggerWords, dictionary) }
}

/** Who did what to whom, where, when and how many: CAMEO-coded events with their evidence. */
export default defineAnalyzer({
  id: 'facts/events',
  description: 'CAMEO-coded events (who did what to whom, where, when, how many) from hand-written patterns, the PETRARCH verb dictionary and attributed quotes',
  needs: ['tokens', 'sentences', 'entities', 'amounts', 'dates', 'quotes'],
  produces: 'events',
  setup: () => loadEventResources(),
  run: (ctx, resources: EventResources) => extractEvents(ctx, resources),
})
