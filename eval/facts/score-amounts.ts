import type { Amount } from '../../src/report/schema.ts'
import type { GoldAmount, GoldDocument } from './gold-set.ts'
import type { LayerScore } from './layer-score.ts'
import { matchOneToOne } from './match-one-to-one.ts'
import { overlapLength, sameSpan } from './span-overlap.ts'

function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null)
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))
}

/** Whether a predicted amount has the gold value (and, for a range, the gold upper bound). */
export function sameAmountValue(gold: GoldAmount, predicted: Amount): boolean {
  return sameNumber(gold.value, predicted.value) && (gold.max === null || sameNumber(gold.max, predicted.max))
}

/**
 * Scores amounts: exact span, exact span with the right value, overlapping span, overlapping span with
 * the right value, and overlapping span with the right qualifier.
 */
export function scoreAmounts(gold: GoldDocument, predicted: readonly Amount[]): LayerScore {
  const exact = matchOneToOne(gold.amounts, predicted, (g, p) => (sameSpan(g, p) ? 1 : null))
  const overlap = matchOneToOne(gold.amounts, predicted, (g, p) => (overlapLength(g, p) > 0 ? overlapLength(g, p) : null))
  const count = (pairs: typeof exact, ok: (g: GoldAmount, p: Amount) => boolean) => pairs.filter((pair) => ok(gold.amounts[pair.gold], predicted[pair.predicted])).length
  const base = { gold: gold.amounts.length, predicted: predicted.length }
  const rows = [
    { id: 'exact', label: 'exact span', ...base, matched: exact.length },
    { id: 'exact+value', label: 'exact span + value', ...base, matched: count(exact, sameAmountValue) },
    { id: 'overlap', label: 'overlapping span', ...base, matched: overlap.length },
    { id: 'overlap+value', label: 'overlapping span + value', ...base, matched: count(overlap, sameAmountValue) },
    { id: 'overlap+qualifier', label: 'overlapping span + qualifier', ...base, matched: count(overlap, (g, p) => g.qualifier === (p.qualifier ?? 'exact')) },
  ]

  const errors: string[] = []
  const byGold = new Map(overlap.map((pair) => [pair.gold, pair.predicted]))
  gold.amounts.forEach((g, i) => {
    const pi = byGold.get(i)
    if (pi === undefined) return void errors.push(`missed amount ${JSON.stringify(g.text)}`)
    const p = predicted[pi]
    if (!sameSpan(g, p)) errors.push(`boundary: gold ${JSON.stringify(g.text)}, found ${JSON.stringify(p.text)}`)
    if (!sameAmountValue(g, p)) errors.push(`wrong value for ${JSON.stringify(g.text)}: gold ${g.value}${g.max !== null ? `–${g.max}` : ''}, found ${p.value}${p.max != null ? `–${p.max}` : ''}`)
    if (g.qualifier !== (p.qualifier ?? 'exact')) errors.push(`wrong qualifier for ${JSON.stringify(g.text)}: gold ${g.qualifier}, found ${p.qualifier}`)
  })
  const matchedPredicted = new Set(overlap.map((pair) => pair.predicted))
  predicted.forEach((p, i) => {
    if (!matchedPredicted.has(i)) errors.push(`spurious amount ${JSON.stringify(p.text)}`)
  })
  return { rows, errors }
}
