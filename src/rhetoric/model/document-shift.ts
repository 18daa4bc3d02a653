/**
 * The tagger scores each token from its sentence alone, but propaganda clusters by article: an article
 * whose tokens score high overall holds more spans than its tokens say one by one. Decoding can move
 * every token's log-odds by a share of how far the article's mean log-odds lies from that of a typical
 * article (the mean over held-out training articles).
 */

const EDGE = 1e-6

/** log(p / (1 − p)), with p kept inside (0, 1). */
export function logit(p: number): number {
  const q = Math.min(1 - EDGE, Math.max(EDGE, p))
  return Math.log(q / (1 - q))
}

/**
 * The mean log-odds of a text's token probabilities (0 for a text without tokens).
 *
 * @example
 * meanLogit([0.5, 0.5]) // 0
 */
export function meanLogit(probabilities: ArrayLike<number>): number {
  let sum = 0
  for (let i = 0; i < probabilities.length; i++) sum += logit(probabilities[i])
  return probabilities.length ? sum / probabilities.length : 0
}

/**
 * Moves every probability's log-odds by `weight × (meanLogit(probabilities) − reference)`. A weight
 * of 0 returns the probabilities unchanged.
 *
 * @example
 * shiftByDocument([0.5, 0.5], 1, -1) // both become σ(1) ≈ 0.731
 */
export function shiftByDocument(probabilities: ArrayLike<number>, weight: number, reference: number): ArrayLike<number> {
  if (weight === 0 || probabilities.length === 0) return probabilities
  const shift = weight * (meanLogit(probabilities) - reference)
  const out = new Float64Array(probabilities.length)
  for (let i = 0; i < out.length; i++) out[i] = 1 / (1 + Math.exp(-(logit(probabilities[i]) + shift)))
  return out
}
