import type { LinearWeights } from '../../models/linear-weights.ts'

/** Options for {@link FtrlLearner}. */
export interface FtrlOptions {
  /** the weight table has `2 ** bits` rows */
  bits: number
  /** 1 for a binary (sigmoid) model, otherwise the number of classes of a softmax model */
  classes: number
  /** learning-rate scale (default 0.1) */
  alpha?: number
  /** learning-rate smoothing (default 1) */
  beta?: number
  /** L1 strength: drives weak weights to exactly zero, which keeps shipped weights small (default 1) */
  l1?: number
  /** L2 strength (default 1) */
  l2?: number
}

/** A segment of a feature buffer: `features[from..to)`. */
export interface FeatureSegment {
  features: Int32Array
  from: number
  to: number
}

/**
 * Logistic regression over hashed binary features, trained online with FTRL-Proximal (per-feature
 * adaptive learning rates, L1 + L2). Binary with one class, softmax with more. Deterministic: the
 * same examples in the same order give the same weights.
 *
 * @example
 * const learner = new FtrlLearner({ bits: 18, classes: 1 })
 * learner.learn([{ features, from: 0, to: features.length }], 1)
 * const model = learner.snapshot()
 */
export class FtrlLearner {
  readonly bits: number
  readonly classes: number
  private readonly alpha: number
  private readonly beta: number
  private readonly l1: number
  private readonly l2: number
  private readonly z: Float64Array
  private readonly n: Float64Array
  private readonly scores: Float64Array
  private readonly probabilities: Float64Array

  constructor({ bits, classes, alpha = 0.1, beta = 1, l1 = 1, l2 = 1 }: FtrlOptions) {
    if (!Number.isInteger(bits) || bits < 1 || bits > 26) throw new RangeError(`bits must be an integer in 1..26, got ${bits}`)
    if (!Number.isInteger(classes) || classes < 1) throw new RangeError(`classes must be a positive integer, got ${classes}`)
    this.bits = bits
    this.classes = classes
    this.alpha = alpha
    this.beta = beta
    this.l1 = l1
    this.l2 = l2
    this.z = new Float64Array((1 << bits) * classes)
    this.n = new Float64Array((1 << bits) * classes)
    this.scores = new Float64Array(classes)
    this.probabilities = new Float64Array(classes)
  }

  private weight(at: number): number {
    const z = this.z[at]
    if (Math.abs(z) <= this.l1) return 0
    return -(z - Math.sign(z) * this.l1) / ((this.beta + Math.sqrt(this.n[at])) / this.alpha + this.l2)
  }

  /** Class probabilities of an example under the current weights (shared buffer, copy to keep). */
  predict(segments: readonly FeatureSegment[]): Float64Array {
    const { classes, scores, probabilities } = this
    scores.fill(0)
    for (const { features, from, to } of segments) {
      for (let f = from; f < to; f++) {
        const row = features[f] * classes
        for (let c = 0; c < classes; c++) scores[c] += this.weight(row + c)
      }
    }
    if (classes === 1) {
      probabilities[0] = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, scores[0]))))
      return probabilities
    }
    let max = -Infinity
    for (let c = 0; c < classes; c++) max = Math.max(max, scores[c])
    let sum = 0
    for (let c = 0; c < classes; c++) sum += probabilities[c] = Math.exp(scores[c] - max)
    for (let c = 0; c < classes; c++) probabilities[c] /= sum
    return probabilities
  }

  /**
   * Takes one step on an example: `label` is 0/1 for a binary model, the class index otherwise.
   * `importance` scales the gradient (e.g. to weigh a rare class up). Returns the probability the
   * model gave the true label before the step.
   */
  learn(segments: readonly FeatureSegment[], label: number, importance = 1): number {
    const { classes, z, n, alpha } = this
    const p = this.predict(segments)
    const before = classes === 1 ? (label ? p[0] : 1 - p[0]) : p[label]
    for (const { features, from, to } of segments) {
      for (let f = from; f < to; f++) {
        const row = features[f] * classes
        for (let c = 0; c < classes; c++) {
          const at = row + c
          const target = classes === 1 ? label : c === label ? 1 : 0
          const g = (p[c] - target) * importance
          if (g === 0) continue
          const w = this.weight(at)
          const sigma = (Math.sqrt(n[at] + g * g) - Math.sqrt(n[at])) / alpha
          z[at] += g - sigma * w
          n[at] += g * g
        }
      }
    }
    return before
  }

  /** The current weights as a standalone model. */
  snapshot(): LinearWeights & { weights: Float32Array } {
    const weights = new Float32Array(this.z.length)
    for (let i = 0; i < weights.length; i++) if (this.n[i] !== 0) weights[i] = this.weight(i)
    return { bits: this.bits, classes: this.classes, weights }
  }
}
