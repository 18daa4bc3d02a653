import { seededRandom, shuffleInPlace } from '../../models/seeded-random.ts'
import { learnLexicalOdds, NO_ODDS, type LexicalOdds, type OddsSource } from './lexical-odds.ts'
import { commonLowercaseWords, lexicalView } from './lexical-view.ts'
import type { TaggedDocument } from './tagging-data.ts'
import { NO_CLUSTERS, type WordClusters } from '../../models/word-clusters.ts'
import { WordTable } from './word-table.ts'

/** Log-odds tables for training: one per document learnt without it, and the final one learnt from all. */
export interface CrossFittedOdds {
  /** for each training document, a word table whose log-odds never saw that document's labels */
  perDocument: WordTable[]
  /** the tables learnt from every training document, to ship */
  odds: LexicalOdds
}

function* oddsSources(docs: readonly TaggedDocument[], common: ReadonlySet<number>, maskNames: boolean): Generator<OddsSource> {
  const words = new WordTable({ ...NO_ODDS, common })
  for (const doc of docs) {
    const view = lexicalView(doc.tokens, doc.sentences, words, maskNames)
    yield { tokens: doc.tokens, sentences: doc.sentences, lexical: view.lexical, stems: view.stems, skip: view.names, inside: doc.inside, classes: doc.classes }
  }
}

/**
 * Learns log-odds tables with cross-fitting: documents are dealt into `folds` seeded folds and each
 * fold's features use tables learnt from the other folds only, so a model trained on them learns how
 * far to trust log-odds on text it has not seen.
 */
export function crossFitOdds(docs: readonly TaggedDocument[], folds: number, seed: number, maskNames: boolean, clusters: WordClusters = NO_CLUSTERS): CrossFittedOdds {
  const common = commonLowercaseWords(docs.map((d) => d.tokens), new WordTable(NO_ODDS))
  const order = shuffleInPlace(docs.map((_, i) => i), seededRandom(seed))
  const perDocument: WordTable[] = new Array(docs.length)
  for (let f = 0; f < folds; f++) {
    const held = new Set(order.filter((_, k) => k % folds === f))
    const table = new WordTable(learnLexicalOdds(oddsSources(docs.filter((_, i) => !held.has(i)), common, maskNames), common), clusters)
    for (const i of held) perDocument[i] = table
  }
  return { perDocument, odds: learnLexicalOdds(oddsSources(docs, common, maskNames), common) }
}
