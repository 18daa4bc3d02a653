import { defineAnalyzer, type SentenceAnnotation } from '../../engine/types.ts'
import { claimScorer, readCheckworthyModel } from '../../sentences/checkworthy-model.ts'

/**
 * Gives every sentence a check-worthiness between 0 and 1: the calibrated probability that it makes
 * a factual claim worth checking, from a logistic regression over words, word pairs and the shape of
 * a claim (numbers, names, comparison, tense, person, hedges), trained on CheckThat! 2024 debates.
 * A unit that the function analyzer found not to be running text (`other`: a headline, a dateline,
 * a contact line, boilerplate) gets 0: the body states whatever claim a headline announces, and the
 * model has never seen such units. It reads only the text, never who published it.
 */
export default defineAnalyzer({
  id: 'sentences/checkworthiness',
  description: 'Scores how much each sentence makes a factual claim worth checking (0..1), with a calibrated logistic regression.',
  needs: ['tokens', 'sentences', 'sentenceFunctions'],
  produces: 'sentences',
  setup: () => claimScorer(readCheckworthyModel()),
  run(ctx, scorer): SentenceAnnotation[] {
    const notRunningText = new Set<number>()
    for (const a of ctx.findings.sentences) if (a.function === 'other') notRunningText.add(a.index)
    return ctx.sentences.map((s) => ({
      index: s.index,
      checkworthiness: notRunningText.has(s.index) ? 0 : Math.round(scorer.score(ctx.tokens, s.tokenStart, s.tokenEnd, ctx.text, ctx.words) * 1e4) / 1e4,
    }))
  },
})
