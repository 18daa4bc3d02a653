import type { LinearWeights } from '../../models/linear-weights.ts'

/** Where feature extraction puts its buckets, one row (token, sentence or span) at a time. */
export interface FeatureSink {
  push(bucket: number): void
  endRow(): void
}

/**
 * A sink that scores instead of storing: each row's class scores are the sums of its features'
 * weights. Inference uses it so no feature array is ever built.
 *
 * @example
 * const sink = new ScoreSink(model, tokens.length)
 * // …extract features into it…
 * sink.scores[row * model.classes + c]
 */
export class ScoreSink implements FeatureSink {
  readonly scores: Float64Array
  private row = 0
  private readonly classes: number
  private readonly weights: Float32Array | Float64Array

  constructor(model: LinearWeights, rows: number) {
    this.classes = model.classes
    this.weights = model.weights
    this.scores = new Float64Array(rows * model.classes)
  }

  push(bucket: number): void {
    const { classes, weights, scores } = this
    const from = bucket * classes
    const to = this.row * classes
    for (let c = 0; c < classes; c++) scores[to + c] += weights[from + c]
  }

  endRow(): void {
    this.row++
  }
}
