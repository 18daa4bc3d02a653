/** A matched pair: index into the gold list and index into the predicted list. */
export interface MatchedPair {
  gold: number
  predicted: number
}

/**
 * Pairs gold and predicted items one to one. `score` returns null for pairs that may not match and a
 * number (higher is better) for pairs that may; pairs are taken greedily, best score first, earlier
 * items first among equals, so each item is used at most once.
 *
 * @example
 * matchOneToOne([1, 5], [5, 1, 9], (g, p) => (g === p ? 1 : null)) // [{ gold: 0, predicted: 1 }, { gold: 1, predicted: 0 }]
 */
export function matchOneToOne<G, P>(gold: readonly G[], predicted: readonly P[], score: (g: G, p: P) => number | null): MatchedPair[] {
  const candidates: { gold: number; predicted: number; score: number }[] = []
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const s = score(g, p)
      if (s !== null) candidates.push({ gold: gi, predicted: pi, score: s })
    })
  })
  candidates.sort((a, b) => b.score - a.score || a.gold - b.gold || a.predicted - b.predicted)
  const goldUsed = new Set<number>()
  const predictedUsed = new Set<number>()
  const pairs: MatchedPair[] = []
  for (const c of candidates) {
    if (goldUsed.has(c.gold) || predictedUsed.has(c.predicted)) continue
    goldUsed.add(c.gold)
    predictedUsed.add(c.predicted)
    pairs.push({ gold: c.gold, predicted: c.predicted })
  }
  return pairs.sort((a, b) => a.gold - b.gold)
}
