import type { Entity, Quote } from '../../src/report/schema.ts'
import { predictedEntityNames, sameParticipant } from './entity-names.ts'
import type { GoldDocument } from './gold-set.ts'
import type { LayerScore } from './layer-score.ts'
import { matchOneToOne } from './match-one-to-one.ts'
import { mutualCoverage } from './span-overlap.ts'

/** A quote is found when the overlap is at least half of the gold span and half of the predicted span. */
export const QUOTE_MIN_COVERAGE = 0.5

function speakerNames(quote: Quote, entities: readonly Entity[]): string[] | null {
  if (!quote.speaker) return null
  const names = [quote.speaker.name]
  if (quote.speaker.entity) names.push(...predictedEntityNames(entities, quote.speaker.entity))
  return names
}

const short = (text: string) => JSON.stringify(text.length > 60 ? text.slice(0, 57) + '…' : text)

/**
 * Scores quotes: found (overlap ≥ 50% of both spans), found with the right speaker, and direct and
 * reported (indirect) quotes separately, where the predicted `direct` flag must agree.
 */
export function scoreQuotes(gold: GoldDocument, predicted: readonly Quote[], entities: readonly Entity[]): LayerScore {
  const pairs = matchOneToOne(gold.quotes, predicted, (g, p) => {
    const c = mutualCoverage(g, p)
    return c >= QUOTE_MIN_COVERAGE ? c : null
  })
  const rightSpeaker = pairs.filter((pair) => sameParticipant(gold, gold.quotes[pair.gold].speaker, speakerNames(predicted[pair.predicted], entities)))
  const kind = (direct: boolean) => ({
    gold: gold.quotes.filter((q) => q.direct === direct).length,
    predicted: predicted.filter((q) => q.direct === direct).length,
    matched: pairs.filter((pair) => gold.quotes[pair.gold].direct === direct && predicted[pair.predicted].direct === direct).length,
  })
  const rows = [
    { id: 'found', label: 'found (overlap ≥ 50%)', gold: gold.quotes.length, predicted: predicted.length, matched: pairs.length },
    { id: 'speaker', label: 'found with the right speaker', gold: gold.quotes.length, predicted: predicted.length, matched: rightSpeaker.length },
    { id: 'direct', label: '  direct quotes found as direct', ...kind(true) },
    { id: 'indirect', label: '  reported speech found as indirect', ...kind(false) },
  ]

  const errors: string[] = []
  const byGold = new Map(pairs.map((pair) => [pair.gold, pair.predicted]))
  gold.quotes.forEach((g, i) => {
    const pi = byGold.get(i)
    if (pi === undefined) errors.push(`missed ${g.direct ? 'direct' : 'indirect'} quote ${short(g.text)} (${g.speaker ?? 'no speaker'})`)
    else if (!rightSpeaker.some((pair) => pair.gold === i)) {
      errors.push(`wrong speaker for ${short(g.text)}: gold ${g.speaker ?? 'none'}, found ${predicted[pi].speaker?.name ?? 'none'}`)
    }
  })
  const matchedPredicted = new Set(pairs.map((pair) => pair.predicted))
  predicted.forEach((p, i) => {
    if (!matchedPredicted.has(i)) errors.push(`spurious ${p.direct ? 'direct' : 'indirect'} quote ${short(p.text)} (${p.speaker?.name ?? 'no speaker'})`)
  })
  return { rows, errors }
}
