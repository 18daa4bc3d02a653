import { PTC_LABELS } from '../../report/techniques.ts'
import { f1Score } from './score-si.ts'

/** A labelled span as the TC task compares them: same article, same offsets, same label. */
export interface LabelledSpan {
  article: string
  technique: string
  start: number
  end: number
}

export interface TechniqueScore {
  technique: string
  precision: number
  recall: number
  f1: number
  gold: number
  predicted: number
}

export interface TechniqueClassificationScore {
  precision: number
  recall: number
  /** micro-averaged F1 over all labels (the task's official measure) */
  microF1: number
  /** one entry per PTC label, in the order of `PTC_LABELS` */
  perTechnique: TechniqueScore[]
}

const spanKey = (s: LabelledSpan) => `${s.article}\t${s.start}\t${s.end}`

/**
 * Scores technique labels with the PTC task-TC semantics: a prediction is correct when a gold label
 * with the same article, offsets and technique is still unmatched (so a span with two gold labels is
 * matched best by predicting both, in any order).
 *
 * @example
 * scoreTechniqueClassification(
 *   [{ article: '1', technique: 'Doubt', start: 0, end: 5 }],
 *   [{ article: '1', technique: 'Doubt', start: 0, end: 5 }],
 * ).microF1 // 1
 */
export function scoreTechniqueClassification(predicted: readonly LabelledSpan[], gold: readonly LabelledSpan[]): TechniqueClassificationScore {
  const open = new Map<string, string[]>()
  for (const g of gold) {
    const key = spanKey(g)
    const labels = open.get(key)
    if (labels) labels.push(g.technique)
    else open.set(key, [g.technique])
  }
  const counts = new Map(PTC_LABELS.map((label) => [label, { correct: 0, gold: 0, predicted: 0 }]))
  const count = (label: string) => {
    let c = counts.get(label)
    if (!c) counts.set(label, (c = { correct: 0, gold: 0, predicted: 0 }))
    return c
  }
  for (const g of gold) count(g.technique).gold++
  let correct = 0
  for (const p of predicted) {
    count(p.technique).predicted++
    const labels = open.get(spanKey(p))
    const at = labels ? labels.indexOf(p.technique) : -1
    if (labels && at >= 0) {
      labels.splice(at, 1)
      count(p.technique).correct++
      correct++
    }
  }
  const precision = predicted.length ? correct / predicted.length : 0
  const recall = gold.length ? correct / gold.length : 0
  const perTechnique = [...counts].map(([technique, c]) => {
    const p = c.predicted ? c.correct / c.predicted : 0
    const r = c.gold ? c.correct / c.gold : 0
    return { technique, precision: p, recall: r, f1: f1Score(p, r, c.predicted, c.gold), gold: c.gold, predicted: c.predicted }
  })
  return { precision, recall, microF1: f1Score(precision, recall, predicted.length, gold.length), perTechnique }
}
