import { SentenceFunctionSchema, type SentenceFunction } from '../report/schema.ts'
import type { Span } from '../text/types.ts'

/** The functions in report order. */
export const SENTENCE_FUNCTIONS: readonly SentenceFunction[] = SentenceFunctionSchema.options

/** A gold unit's function and the function it was given. */
export interface FunctionPair {
  gold: SentenceFunction
  predicted: SentenceFunction
}

/** Precision, recall and F1 of one function. */
export interface ClassScores {
  gold: number
  predicted: number
  correct: number
  precision: number
  recall: number
  f1: number
}

/** Accuracy, per-function scores and the confusion matrix of a set of pairs. */
export interface FunctionScores {
  sentences: number
  correct: number
  accuracy: number
  /** Unweighted mean F1 over the functions that occur in the gold or the predictions. */
  macroF1: number
  byFunction: Record<SentenceFunction, ClassScores>
  /** `confusion[gold][predicted]` = number of units. */
  confusion: Record<SentenceFunction, Record<SentenceFunction, number>>
}

/**
 * For each gold span, the index of the predicted span that covers most of its characters (-1 when
 * none overlaps). Both lists are in text order.
 *
 * @example
 * alignSpans([{ start: 0, end: 10 }], [{ start: 0, end: 4 }, { start: 5, end: 10 }]) // [1]
 */
export function alignSpans(gold: readonly Span[], predicted: readonly Span[]): number[] {
  let first = 0
  return gold.map((g) => {
    while (first < predicted.length && predicted[first].end <= g.start) first++
    let best = -1
    let bestOverlap = 0
    for (let p = first; p < predicted.length && predicted[p].start < g.end; p++) {
      const overlap = Math.min(g.end, predicted[p].end) - Math.max(g.start, predicted[p].start)
      if (overlap > bestOverlap) {
        best = p
        bestOverlap = overlap
      }
    }
    return best
  })
}

/**
 * Scores predicted functions against gold ones.
 *
 * @example
 * scoreFunctions([{ gold: 'report', predicted: 'report' }, { gold: 'opinion', predicted: 'report' }]).accuracy // 0.5
 */
export function scoreFunctions(pairs: readonly FunctionPair[]): FunctionScores {
  const confusion = Object.fromEntries(SENTENCE_FUNCTIONS.map((g) => [g, Object.fromEntries(SENTENCE_FUNCTIONS.map((p) => [p, 0]))])) as FunctionScores['confusion']
  let correct = 0
  for (const { gold, predicted } of pairs) {
    confusion[gold][predicted]++
    if (gold === predicted) correct++
  }
  const byFunction = {} as Record<SentenceFunction, ClassScores>
  let f1Sum = 0
  let present = 0
  for (const fn of SENTENCE_FUNCTIONS) {
    const gold = SENTENCE_FUNCTIONS.reduce((n, p) => n + confusion[fn][p], 0)
    const predicted = SENTENCE_FUNCTIONS.reduce((n, g) => n + confusion[g][fn], 0)
    const hits = confusion[fn][fn]
    const precision = predicted ? hits / predicted : 0
    const recall = gold ? hits / gold : 0
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
    byFunction[fn] = { gold, predicted, correct: hits, precision, recall, f1 }
    if (gold + predicted > 0) {
      f1Sum += f1
      present++
    }
  }
  return { sentences: pairs.length, correct, accuracy: pairs.length ? correct / pairs.length : 0, macroF1: present ? f1Sum / present : 0, byFunction, confusion }
}
