/**
 * A monotone map from raw scores to probabilities, fitted by isotonic regression (pool adjacent
 * violators) on held-out predictions: `x` are increasing score thresholds, `y` the probabilities,
 * linearly interpolated between them and held flat beyond the ends.
 */
export interface IsotonicCalibration {
  x: number[]
  y: number[]
}

/** One scored prediction with what was observed: 1/0 for right/wrong, or a share in [0, 1]. */
export interface Observation {
  score: number
  outcome: number
}

const round = (v: number, digits = 4) => Math.round(v * 10 ** digits) / 10 ** digits

/**
 * Fits isotonic regression to observations. Blocks of equal fitted value become one point at
 * their mean score, so the map stays small; values are rounded to 4 decimals so it serialises
 * identically.
 *
 * @example
 * const cal = fitIsotonic([{ score: 0.2, outcome: 0 }, { score: 0.9, outcome: 1 }])
 * calibrate(cal, 0.9) // 1
 */
export function fitIsotonic(observations: readonly Observation[]): IsotonicCalibration {
  // Equal scores are one point (their mean outcome, weighted by count): the fit is a function of the score.
  const points: Array<{ score: number; sum: number; n: number }> = []
  for (const o of [...observations].sort((a, b) => a.score - b.score)) {
    const last = points[points.length - 1]
    if (last && last.score === o.score) {
      last.sum += o.outcome
      last.n++
    } else {
      points.push({ score: o.score, sum: o.outcome, n: 1 })
    }
  }
  const blocks: Array<{ sumScore: number; sumOutcome: number; n: number }> = []
  for (const p of points) {
    blocks.push({ sumScore: p.score * p.n, sumOutcome: p.sum, n: p.n })
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]
      const prev = blocks[blocks.length - 2]
      if (prev.sumOutcome / prev.n < last.sumOutcome / last.n) break
      prev.sumScore += last.sumScore
      prev.sumOutcome += last.sumOutcome
      prev.n += last.n
      blocks.pop()
    }
  }
  const x: number[] = []
  const y: number[] = []
  for (const b of blocks) {
    const bx = round(b.sumScore / b.n)
    const by = round(b.sumOutcome / b.n)
    if (x.length > 0 && bx <= x[x.length - 1]) {
      y[y.length - 1] = Math.max(y[y.length - 1], by)
      continue
    }
    x.push(bx)
    y.push(by)
  }
  return { x, y }
}

/** Maps a raw score to a calibrated probability (the score itself, clamped, when the map is empty). */
export function calibrate(calibration: IsotonicCalibration, score: number): number {
  const { x, y } = calibration
  if (x.length === 0) return Math.min(1, Math.max(0, score))
  if (score <= x[0]) return y[0]
  if (score >= x[x.length - 1]) return y[y.length - 1]
  let lo = 0
  let hi = x.length - 1
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (x[mid] <= score) lo = mid
    else hi = mid
  }
  const t = (score - x[lo]) / (x[hi] - x[lo])
  return y[lo] + t * (y[hi] - y[lo])
}

/** One bin of a reliability table. */
export interface ReliabilityBin {
  from: number
  to: number
  count: number
  meanConfidence: number
  observed: number
}

/**
 * Groups (confidence, outcome) pairs into equal-width confidence bins: a well-calibrated model has
 * `observed ≈ meanConfidence` in every bin. Also returns the expected calibration error (the
 * count-weighted mean gap).
 */
export function reliabilityTable(pairs: readonly Observation[], bins = 10): { bins: ReliabilityBin[]; expectedCalibrationError: number } {
  const table: ReliabilityBin[] = Array.from({ length: bins }, (_, i) => ({ from: i / bins, to: (i + 1) / bins, count: 0, meanConfidence: 0, observed: 0 }))
  for (const p of pairs) {
    const bin = table[Math.min(bins - 1, Math.max(0, Math.floor(p.score * bins)))]
    bin.count++
    bin.meanConfidence += p.score
    bin.observed += p.outcome
  }
  let gap = 0
  for (const bin of table) {
    if (bin.count === 0) continue
    bin.meanConfidence /= bin.count
    bin.observed /= bin.count
    gap += bin.count * Math.abs(bin.observed - bin.meanConfidence)
  }
  return { bins: table, expectedCalibrationError: pairs.length ? gap / pairs.length : 0 }
}
