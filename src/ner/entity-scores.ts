/** An entity found in a tag sequence: token indices, half-open. */
export interface EntitySpan {
  type: string
  start: number
  end: number
}

/**
 * The entities of an IOB1 or IOB2 tag sequence, read as conlleval reads them: an entity begins at
 * `B-X`, or at `I-X` after `O` or after another type, and ends where the next tag does not continue it.
 *
 * @example
 * entitySpans(['B-PER', 'I-PER', 'O', 'I-LOC']) // [{ type: 'PER', start: 0, end: 2 }, { type: 'LOC', start: 3, end: 4 }]
 */
export function entitySpans(tags: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = []
  let open: EntitySpan | null = null
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]
    const prefix = tag.length > 2 && tag[1] === '-' ? tag[0] : ''
    const type = prefix ? tag.slice(2) : ''
    const continues = open !== null && prefix === 'I' && open.type === type
    if (open && !continues) {
      open.end = i
      spans.push(open)
      open = null
    }
    if (!open && (prefix === 'B' || prefix === 'I')) open = { type, start: i, end: i + 1 }
  }
  if (open) {
    open.end = tags.length
    spans.push(open)
  }
  return spans
}

/** Exact-match counts and scores for one entity type or for all. */
export interface EntityScore {
  gold: number
  predicted: number
  correct: number
  precision: number
  recall: number
  f1: number
}

/** Entity-level evaluation with conlleval semantics: an entity counts only if type and both ends match. */
export interface EntityEvaluation {
  overall: EntityScore
  byType: Record<string, EntityScore>
  tokens: number
  tokenAccuracy: number
}

function score(gold: number, predicted: number, correct: number): EntityScore {
  const precision = predicted ? correct / predicted : 0
  const recall = gold ? correct / gold : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { gold, predicted, correct, precision, recall, f1 }
}

/**
 * Accumulates gold and predicted tag sequences, sentence by sentence, and scores entities exactly.
 *
 * @example
 * const scorer = new EntityScorer()
 * scorer.add(['B-PER', 'I-PER'], ['B-PER', 'O'])
 * scorer.result().overall.f1 // 0
 */
export class EntityScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>()
  private tokens = 0
  private tokensRight = 0

  add(gold: readonly string[], predicted: readonly string[]): void {
    if (gold.length !== predicted.length) throw new RangeError(`gold has ${gold.length} tags, predicted ${predicted.length}`)
    this.tokens += gold.length
    for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) this.tokensRight++
    const goldSpans = entitySpans(gold)
    const predictedSpans = entitySpans(predicted)
    const key = (s: EntitySpan): string => `${s.type}:${s.start}:${s.end}`
    const goldKeys = new Set(goldSpans.map(key))
    for (const s of goldSpans) this.count(s.type).gold++
    for (const s of predictedSpans) {
      const c = this.count(s.type)
      c.predicted++
      if (goldKeys.has(key(s))) c.correct++
    }
  }

  result(): EntityEvaluation {
    let gold = 0
    let predicted = 0
    let correct = 0
    const byType: Record<string, EntityScore> = {}
    for (const type of [...this.counts.keys()].sort()) {
      const c = this.counts.get(type)!
      byType[type] = score(c.gold, c.predicted, c.correct)
      gold += c.gold
      predicted += c.predicted
      correct += c.correct
    }
    return { overall: score(gold, predicted, correct), byType, tokens: this.tokens, tokenAccuracy: this.tokens ? this.tokensRight / this.tokens : 0 }
  }

  private count(type: string): { gold: number; predicted: number; correct: number } {
    let c = this.counts.get(type)
    if (!c) this.counts.set(type, (c = { gold: 0, predicted: 0, correct: 0 }))
    return c
  }
}
