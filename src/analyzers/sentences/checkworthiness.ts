import { defineAnalyzer, type SentenceAnnotation } from '../../engine/types.ts'
import { claimScorer, readCheckworthyModel } from '../../sentences/checkworthy-model.ts'

/**
 * Gives every sentence a check-worthiness between 0 and 1: the calibrated probability that it makes
 * a factual claim worth checking, from a logistic regression over words, word pairs and the shape of
 * a claim (numbers, names, comparison, tense, person, hedges), trained on CheckThat! 2024 debates.
 * It reads only the sentence, never who published it.
 */
export default defineAnalyzer({
  id: 'sentences/checkworthiness',
  description: 'Scores how much each sentence makes a factual claim worth checking (0..1), with a calibrated logistic regression.',
  needs: ['tokens', 'sentences'],
  produces: 'sentences',
  setup: () => claimScorer(readCheckworthyModel()),
  run(ctx, scorer): SentenceAnnotation[] {
    return ctx.sentences.map((s) => ({ index: s.index, checkworthiness: Number(scorer.score(ctx.tokens, s.tokenStart, s.tokenEnd).toFixed(4)) }))
  },
})
