import { sigmoid } from './logistic-regression.ts'

/** A fitted Platt scaling: `P(yes) = sigmoid(slope * score + intercept)`. */
export interface PlattScaling {
  slope: number
  intercept: number
}

/**
 * Fits Platt scaling to scores and labels that the model did not train on (out-of-fold scores), with
 * Platt's smoothed targets so that a perfectly separated fold cannot push the slope to infinity.
 * Newton's method on the log loss; the slope is kept positive, so a higher score never gives a
 * lower probability.
 *
 * @example
 * const platt = fitPlattScaling(outOfFoldScores, labels)
 * calibrate(platt, margin(model, buckets)) // a probability
 */
export function fitPlattScaling(scores: ArrayLike<number>, labels: ArrayLike<boolean>): PlattScaling {
  if (scores.length !== labels.length) throw new RangeError(`${scores.length} scores but ${labels.length} labels`)
  let positives = 0
  for (let i = 0; i < labels.length; i++) if (labels[i]) positives++
  const negatives = labels.length - positives
  if (positives === 0 || negatives === 0) throw new Error('Platt scaling needs both positive and negative examples.')
  const high = (positives + 1) / (positives + 2)
  const low = 1 / (negatives + 2)
  let slope = 1
  let intercept = Math.log((positives + 1) / (negatives + 1))
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = 0
    let gb = 0
    let haa = 1e-9
    let hab = 0
    let hbb = 1e-9
    for (let i = 0; i < scores.length; i++) {
      const p = sigmoid(slope * scores[i] + intercept)
      const d = p - (labels[i] ? high : low)
      const w = p * (1 - p)
      ga += d * scores[i]
      gb += d
      haa += w * scores[i] * scores[i]
      hab += w * scores[i]
      hbb += w
    }
    const det = haa * hbb - hab * hab
    const da = (hbb * ga - hab * gb) / det
    const db = (haa * gb - hab * ga) / det
    slope = Math.max(1e-3, slope - da)
    intercept -= db
    if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) break
  }
  return { slope, intercept }
}

/** The calibrated probability of a raw score. */
export function calibrate(platt: PlattScaling, score: number): number {
  return sigmoid(platt.slope * score + platt.intercept)
}
