import type { LinearWeights } from './linear-weights.ts'

/** Options for {@link AveragedPerceptron}. */
export interface PerceptronOptions {
  /** The weight table has `2 ** bits` rows of hashed features. */
  bits: number
  classes: number
}

/**
 * A perceptron over hashed features whose final weights are the average of the weights after every
 * training example (computed lazily: an update during example `step` (from 0) also records
 * `step * delta`, and after `step` examples the average is `current - recorded / step`). Averaging makes
 * the perceptron about as accurate as a regularised model.
 *
 * @example
 * const learner = new AveragedPerceptron({ bits: 18, classes: 3 })
 * learner.update(buckets, 0, buckets.length, gold, +1)
 * learner.update(buckets, 0, buckets.length, guess, -1)
 * learner.tick()
 * const model = learner.snapshot()
 */
export class AveragedPerceptron {
  readonly bits: number
  readonly classes: number
  /** The current (not averaged) weights, as used while training. */
  readonly current: Float64Array
  private readonly recorded: Float64Array
  // Number of examples seen (ticks); the weight after example e counts once in the average of each.
  private step = 0

  constructor({ bits, classes }: PerceptronOptions) {
    if (!Number.isInteger(bits) || bits < 1 || bits > 26) throw new RangeError(`bits must be an integer in 1..26, got ${bits}`)
    if (!Number.isInteger(classes) || classes < 1) throw new RangeError(`classes must be a positive integer, got ${classes}`)
    this.bits = bits
    this.classes = classes
    this.current = new Float64Array((1 << bits) * classes)
    this.recorded = new Float64Array((1 << bits) * classes)
  }

  /** The current weights as a model, for decoding while training (shares memory; not averaged). */
  get live(): LinearWeights {
    return { bits: this.bits, classes: this.classes, weights: this.current }
  }

  /** Adds `delta` to the weight of class `cls` for each bucketed feature in `features[from..to)`. */
  update(features: ArrayLike<number>, from: number, to: number, cls: number, delta: number): void {
    const { classes, current, recorded, step } = this
    const scaled = step * delta
    for (let f = from; f < to; f++) {
      const at = features[f] * classes + cls
      current[at] += delta
      recorded[at] += scaled
    }
  }

  /** Marks the end of one training example: later updates weigh less in the average. */
  tick(): void {
    this.step++
  }

  /** The averaged weights so far, as a standalone model (training may continue afterwards). */
  snapshot(): LinearWeights & { weights: Float32Array } {
    const { current, recorded, step } = this
    const weights = new Float32Array(current.length)
    if (step === 0) return { bits: this.bits, classes: this.classes, weights }
    for (let i = 0; i < current.length; i++) {
      const c = current[i]
      if (c !== 0 || recorded[i] !== 0) weights[i] = c - recorded[i] / step
    }
    return { bits: this.bits, classes: this.classes, weights }
  }
}
