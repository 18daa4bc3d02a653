import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineAnalyzer } from '../../engine/types.ts'
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts'
import { DEFAULT_KB_PATH, loadKnowledgeBase } from '../../knowledge/load-kb.ts'
import { DEFAULT_NER_MODEL, loadNerTagger } from '../../ner/index.ts'
import { findEntities } from './entities/find-entities.ts'
import type { NameTagger } from './entities/ner-mentions.ts'

export interface EntitiesAnalyzerOptions {
  /** path of the compiled knowledge base (default models/kb.json.gz) */
  kbPath?: string
  /** path of the NER model (default models/ner.bin); false to find names with the knowledge base and rules alone */
  nerModel?: string | false
}

/** What the analyzer loads once: the knowledge base and, unless left out, the NER tagger. */
export interface EntitiesState {
  kb: KnowledgeBase
  tagger: NameTagger | null
}

/**
 * The entities analyzer: people, organisations, armed groups, places and nationalities, each linked
 * to the knowledge base when it knows them, with every mention and the names the document uses.
 *
 * @example
 * const analyzer = createEntitiesAnalyzer({ nerModel: false })
 * createAnalyzer({ analyzers: [analyzer] }).analyze('NATO said on Monday that its ministers would meet in Brussels.').entities.map((e) => e.name)
 * // ['North Atlantic Treaty Organization', 'Brussels']
 */
export function createEntitiesAnalyzer({ kbPath = DEFAULT_KB_PATH, nerModel }: EntitiesAnalyzerOptions = {}) {
  return defineAnalyzer<EntitiesState, 'entities'>({
    id: 'facts/entities',
    description: 'People, organisations, groups, places and nationalities, linked to the knowledge base and grouped across mentions',
    needs: ['tokens', 'sentences'],
    produces: 'entities',
    setup: () => {
      const kb = loadKnowledgeBase(kbPath)
      if (nerModel === false) return { kb, tagger: null }
      const path = nerModel ?? fileURLToPath(DEFAULT_NER_MODEL)
      if (!existsSync(path)) throw new Error(`The NER model is missing at ${path}. Train it with \`npm run train:ner\`, or create the analyzer with { nerModel: false } to use the knowledge base alone.`)
      return { kb, tagger: loadNerTagger(path) }
    },
    run: (ctx, { kb, tagger }) => findEntities({ text: ctx.text, tokens: ctx.tokens, sentences: ctx.sentences, words: ctx.words }, { kb, tagger }),
  })
}

export default createEntitiesAnalyzer()
