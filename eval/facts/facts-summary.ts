import { FACT_LAYERS, type FactLayer } from './layer-score.ts'
import type { DocumentScore } from './score-document.ts'
import { rates, sumTallies, type Tally } from './tally.ts'

/** Scores of a whole gold set, micro-averaged: counts are added over documents before dividing. */
export interface FactsSummary {
  documents: number
  layers: Record<FactLayer, Tally[]>
  unscoredMentions: number
}

/** Adds the document scores up into one summary. */
export function summarize(scores: readonly DocumentScore[]): FactsSummary {
  const layers = Object.fromEntries(FACT_LAYERS.map((layer) => [layer, sumTallies(scores.map((s) => s.layers[layer].rows))])) as Record<FactLayer, Tally[]>
  return { documents: scores.length, layers, unscoredMentions: scores.reduce((n, s) => n + s.unscoredMentions, 0) }
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6)
const count = (n: number) => String(n).padStart(6)

/**
 * One layer as a text table: precision, recall and F1 in per cent, then the counts they come from.
 *
 * @example
 * formatLayerTable('dates', [{ id: 'overlap', label: 'overlapping span', gold: 4, predicted: 5, matched: 3 }])
 */
export function formatLayerTable(layer: string, rows: readonly Tally[]): string {
  const width = Math.max(34, ...rows.map((r) => r.label.length + 2))
  const lines = [`${layer.padEnd(width)}     P      R     F1   gold  found  match`]
  for (const row of rows) {
    const r = rates(row)
    lines.push(`  ${row.label.padEnd(width - 2)}${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)} ${count(row.gold)} ${count(row.predicted)} ${count(row.matched)}`)
  }
  return lines.join('\n')
}

/** The summary as one JSON object: per layer, per row, the rates (0–1, 4 decimals) and the counts. */
export function summaryJson(summary: FactsSummary, meta: Record<string, unknown>): Record<string, unknown> {
  const round = (x: number) => Math.round(x * 10000) / 10000
  const layers = Object.fromEntries(
    FACT_LAYERS.map((layer) => [
      layer,
      Object.fromEntries(
        summary.layers[layer].map((row) => {
          const r = rates(row)
          return [row.id, { precision: round(r.precision), recall: round(r.recall), f1: round(r.f1), gold: row.gold, predicted: row.predicted, matched: row.matched }]
        }),
      ),
    ]),
  )
  return { ...meta, documents: summary.documents, unscoredMentions: summary.unscoredMentions, layers }
}
