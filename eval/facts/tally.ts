/** One scored row: how many gold items, how many predictions, and how many of them were paired. */
export interface Tally {
  id: string
  label: string
  gold: number
  predicted: number
  matched: number
}

export interface Rates {
  precision: number
  recall: number
  f1: number
}

/** Precision, recall and F1 of a row; a rate with nothing to divide by is 0. */
export function rates({ gold, predicted, matched }: Pick<Tally, 'gold' | 'predicted' | 'matched'>): Rates {
  const precision = predicted ? matched / predicted : 0
  const recall = gold ? matched / gold : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

/** Adds rows with the same id (micro-averaging over documents); rows keep the order they first appear in. */
export function sumTallies(lists: readonly (readonly Tally[])[]): Tally[] {
  const byId = new Map<string, Tally>()
  for (const list of lists) {
    for (const row of list) {
      const sum = byId.get(row.id) ?? { ...row, gold: 0, predicted: 0, matched: 0 }
      sum.gold += row.gold
      sum.predicted += row.predicted
      sum.matched += row.matched
      byId.set(row.id, sum)
    }
  }
  return [...byId.values()]
}
