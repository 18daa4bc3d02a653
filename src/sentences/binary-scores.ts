/** How well probabilities for a yes/no label match the gold labels. */
export interface BinaryScores {
  examples: number
  positives: number
  predictedPositives: number
  truePositives: number
  /** Of the positive class at the threshold. */
  precision: number
  recall: number
  f1: number
  accuracy: number
  /** Mean negative log-likelihood of the gold labels. */
  logLoss: number
  /** Mean squared error of the probabilities. */
  brier: number
}

/**
 * Scores probabilities against gold labels; the positive class is predicted when `p >= threshold`.
 *
 * @example
 * binaryScores([0.9, 0.2], [true, false]).f1 // 1
 */
export function binaryScores(probabilities: ArrayLike<number>, labels: ArrayLike<boolean>, threshold = 0.5): BinaryScores {
  if (probabilities.length !== labels.length) throw new RangeError(`${probabilities.length} probabilities but ${labels.length} labels`)
  let positives = 0
  let predictedPositives = 0
  let truePositives = 0
  let correct = 0
  let logLoss = 0
  let brier = 0
  for (let i = 0; i < labels.length; i++) {
    const p = probabilities[i]
    const gold = labels[i]
    const guess = p >= threshold
    if (gold) positives++
    if (guess) predictedPositives++
    if (gold && guess) truePositives++
    if (gold === guess) correct++
    const clipped = Math.min(1 - 1e-12, Math.max(1e-12, p))
    logLoss -= Math.log(gold ? clipped : 1 - clipped)
    brier += (p - (gold ? 1 : 0)) ** 2
  }
  const n = labels.length
  const precision = predictedPositives ? truePositives / predictedPositives : 0
  const recall = positives ? truePositives / positives : 0
  return {
    examples: n,
    positives,
    predictedPositives,
    truePositives,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: n ? correct / n : 0,
    logLoss: n ? logLoss / n : 0,
    brier: n ? brier / n : 0,
  }
}

/** One bin of a reliability table. */
export interface ReliabilityBin {
  from: number
  to: number
  count: number
  meanProbability: number
  observedRate: number
}

/**
 * Groups probabilities into `bins` equal-width bins and compares the mean probability with the share
 * of gold positives in each: for calibrated probabilities the two are close.
 */
export function reliabilityTable(probabilities: ArrayLike<number>, labels: ArrayLike<boolean>, bins = 5): ReliabilityBin[] {
  const table = Array.from({ length: bins }, (_, b) => ({ from: b / bins, to: (b + 1) / bins, count: 0, meanProbability: 0, observedRate: 0 }))
  for (let i = 0; i < labels.length; i++) {
    const bin = table[Math.min(bins - 1, Math.floor(probabilities[i] * bins))]
    bin.count++
    bin.meanProbability += probabilities[i]
    if (labels[i]) bin.observedRate++
  }
  for (const bin of table) {
    if (bin.count === 0) continue
    bin.meanProbability /= bin.count
    bin.observedRate /= bin.count
  }
  return table
}

/** Expected calibration error: the count-weighted mean gap between probability and observed rate. */
export function calibrationError(table: readonly ReliabilityBin[]): number {
  const total = table.reduce((n, b) => n + b.count, 0)
  return total ? table.reduce((sum, b) => sum + (b.count / total) * Math.abs(b.meanProbability - b.observedRate), 0) : 0
}
