import type { Report } from '../../src/report/schema.ts'
import type { GoldDocument } from './gold-set.ts'
import type { FactLayer, LayerScore } from './layer-score.ts'
import { scoreAmounts } from './score-amounts.ts'
import { scoreDates } from './score-dates.ts'
import { scoreEntities } from './score-entities.ts'
import { scoreEvents } from './score-events.ts'
import { scoreQuotes } from './score-quotes.ts'

/** The report sections the facts scorers read. */
export type FactsFindings = Pick<Report, 'entities' | 'quotes' | 'amounts' | 'dates' | 'events'>

export interface DocumentScore {
  id: string
  layers: Record<FactLayer, LayerScore>
  /** predicted entity mentions left out of the score because they are not names */
  unscoredMentions: number
}

/** Scores every facts layer of one report against its gold document. */
export function scoreDocument(gold: GoldDocument, found: FactsFindings): DocumentScore {
  const entities = scoreEntities(gold, found.entities)
  return {
    id: gold.id,
    layers: {
      entities: { rows: entities.rows, errors: entities.errors },
      quotes: scoreQuotes(gold, found.quotes, found.entities),
      amounts: scoreAmounts(gold, found.amounts),
      dates: scoreDates(gold, found.dates),
      events: scoreEvents(gold, found.events, found.entities),
    },
    unscoredMentions: entities.unscored,
  }
}
