/** A trained linear model over hashed features: one row of `classes` weights per bucket. */
export interface LinearWeights {
  /** The table has `2 ** bits` rows. */
  readonly bits: number
  readonly classes: number
  /** Row-major: the weight of class `c` for bucket `b` is `weights[b * classes + c]`. */
  readonly weights: Float32Array | Float64Array
}

/**
 * Adds, for every class, the weights of the bucketed features `features[from..to)` to `scores[offset + class]`.
 *
 * @example
 * const scores = new Float32Array(model.classes)
 * addScores(model, buckets, 0, buckets.length, scores)
 */
export function addScores(
  model: LinearWeights,
  features: ArrayLike<number>,
  from: number,
  to: number,
  scores: Float32Array | Float64Array,
  offset = 0,
): void {
  const { weights, classes } = model
  for (let f = from; f < to; f++) {
    const row = features[f] * classes
    for (let c = 0; c < classes; c++) scores[offset + c] += weights[row + c]
  }
}
