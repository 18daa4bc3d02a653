import type { Analyzer } from '../../engine/types.ts'
import amounts from './amounts.ts'
import dates from './dates.ts'
import quotes from './quotes.ts'
import events from './events.ts'
import entities from './entities.ts'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const factsAnalyzers: Analyzer<any, any>[] = [
  amounts,
  dates,
  quotes,
  events,
  entities,
]
