import type { Tally } from './tally.ts'

/** What a scorer returns for one layer of one document: its rows and one line per error, for reading. */
export interface LayerScore {
  rows: Tally[]
  /** e.g. `missed person "Liis Tamm"`, `spurious amount "two"`; the eval prints them on request. */
  errors: string[]
}

/** The layers of the facts gold set, in the order they are printed. */
export const FACT_LAYERS = ['entities', 'quotes', 'amounts', 'dates', 'events'] as const
export type FactLayer = (typeof FACT_LAYERS)[number]
