import { seededRandom, shuffleInPlace } from '../models/seeded-random.ts'

/** One training example: the buckets of its binary features and its label. */
export interface BinaryExample {
  features: Int32Array
  label: boolean
}

/** Options for {@link trainLogisticRegression}. */
export interface LogisticRegressionOptions {
  /** The weight table has `2 ** bits` rows. */
  bits: number
  /** Passes over the examples, each in a new seeded order. */
  epochs: number
  seed: number
  /** FTRL learning-rate scale. */
  alpha: number
  /** FTRL learning-rate smoothing (default 1). */
  beta?: number
  /** L1 strength: weak weights become exactly zero. */
  l1: number
  /** L2 strength. */
  l2: number
}

/** A binary logistic regression over hashed binary features: `P(yes) = sigmoid(bias + Σ weights[f])`. */
export interface LogisticModel {
  readonly bits: number
  readonly bias: number
  readonly weights: Float32Array
}

/** The logistic function. */
export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))
}

/**
 * The model's raw score (log-odds before calibration) of one example.
 *
 * @example
 * sigmoid(margin(model, buckets)) // the uncalibrated probability
 */
export function margin(model: LogisticModel, features: ArrayLike<number>): number {
  let sum = model.bias
  for (let i = 0; i < features.length; i++) sum += model.weights[features[i]]
  return sum
}

/**
 * Trains a logistic regression with FTRL-Proximal (per-feature adaptive learning rates, L1 + L2);
 * the bias has its own adaptive rate and no penalty. Deterministic: the same examples, options and
 * seed give the same weights, bit for bit.
 *
 * @example
 * const model = trainLogisticRegression(examples, { bits: 18, epochs: 4, seed: 1, alpha: 0.1, l1: 0.5, l2: 1 })
 */
export function trainLogisticRegression(examples: readonly BinaryExample[], options: LogisticRegressionOptions): LogisticModel {
  const { bits, epochs, seed, alpha, beta = 1, l1, l2 } = options
  const size = 1 << bits
  const z = new Float64Array(size)
  const n = new Float64Array(size)
  let biasZ = 0
  let biasN = 0
  const weightOf = (i: number): number => {
    const zi = z[i]
    if (Math.abs(zi) <= l1) return 0
    return -(zi - Math.sign(zi) * l1) / ((beta + Math.sqrt(n[i])) / alpha + l2)
  }
  const order = examples.map((_, i) => i)
  const random = seededRandom(seed)
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, random)
    for (const e of order) {
      const { features, label } = examples[e]
      const bias = -biasZ / ((beta + Math.sqrt(biasN)) / alpha)
      let sum = bias
      for (let f = 0; f < features.length; f++) sum += weightOf(features[f])
      const g = sigmoid(sum) - (label ? 1 : 0)
      const g2 = g * g
      biasZ += g - ((Math.sqrt(biasN + g2) - Math.sqrt(biasN)) / alpha) * bias
      biasN += g2
      for (let f = 0; f < features.length; f++) {
        const i = features[f]
        const w = weightOf(i)
        z[i] += g - ((Math.sqrt(n[i] + g2) - Math.sqrt(n[i])) / alpha) * w
        n[i] += g2
      }
    }
  }
  const weights = new Float32Array(size)
  for (let i = 0; i < size; i++) if (z[i] !== 0) weights[i] = weightOf(i)
  return { bits, bias: -biasZ / ((beta + Math.sqrt(biasN)) / alpha), weights }
}
