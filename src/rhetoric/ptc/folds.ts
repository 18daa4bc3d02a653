import { seededRandom, shuffleInPlace } from '../../models/seeded-random.ts'

/**
 * Splits article ids into `k` folds of near-equal size after a seeded shuffle, so cross-validation
 * never puts parts of one article on both sides. Same ids and seed, same folds.
 *
 * @example
 * articleFolds(['a', 'b', 'c', 'd'], 2, 7) // e.g. [['c', 'a'], ['d', 'b']]
 */
export function articleFolds(ids: readonly string[], k: number, seed: number): string[][] {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`Cross-validation needs at least 2 folds, got ${k}`)
  if (ids.length < k) throw new RangeError(`Cannot split ${ids.length} articles into ${k} folds`)
  const shuffled = shuffleInPlace([...ids].sort(), seededRandom(seed))
  const folds: string[][] = Array.from({ length: k }, () => [])
  shuffled.forEach((id, i) => folds[i % k].push(id))
  return folds
}
