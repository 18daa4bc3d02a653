import type { DateFinding } from '../../src/report/schema.ts'
import type { GoldDocument } from './gold-set.ts'
import type { LayerScore } from './layer-score.ts'
import { matchOneToOne } from './match-one-to-one.ts'
import { overlapLength, sameSpan } from './span-overlap.ts'

/** Scores dates: overlapping span, overlapping span resolved to the gold value, and exact span. */
export function scoreDates(gold: GoldDocument, predicted: readonly DateFinding[]): LayerScore {
  const overlap = matchOneToOne(gold.dates, predicted, (g, p) => (overlapLength(g, p) > 0 ? overlapLength(g, p) : null))
  const exact = matchOneToOne(gold.dates, predicted, (g, p) => (sameSpan(g, p) ? 1 : null))
  const resolved = overlap.filter((pair) => gold.dates[pair.gold].resolved === predicted[pair.predicted].resolved)
  const base = { gold: gold.dates.length, predicted: predicted.length }
  const rows = [
    { id: 'overlap', label: 'overlapping span', ...base, matched: overlap.length },
    { id: 'overlap+resolved', label: 'overlapping span + resolved date', ...base, matched: resolved.length },
    { id: 'exact', label: 'exact span', ...base, matched: exact.length },
  ]

  const errors: string[] = []
  const byGold = new Map(overlap.map((pair) => [pair.gold, pair.predicted]))
  gold.dates.forEach((g, i) => {
    const pi = byGold.get(i)
    if (pi === undefined) return void errors.push(`missed date ${JSON.stringify(g.text)} (${g.resolved})`)
    const p = predicted[pi]
    if (g.resolved !== p.resolved) errors.push(`wrong resolution of ${JSON.stringify(g.text)}: gold ${g.resolved}, found ${p.resolved} for ${JSON.stringify(p.text)}`)
  })
  const matchedPredicted = new Set(overlap.map((pair) => pair.predicted))
  predicted.forEach((p, i) => {
    if (!matchedPredicted.has(i)) errors.push(`spurious date ${JSON.stringify(p.text)} (${p.resolved})`)
  })
  return { rows, errors }
}
