import { defineAnalyzer } from '../../engine/types.ts'
import { defaultCueLexicon, type CueLexicon } from '../../rhetoric/lexicon/index.ts'
import { loadRhetoricModel } from '../../rhetoric/model/model-file.ts'
import type { RhetoricModel } from '../../rhetoric/model/rhetoric-model.ts'
import { techniqueFindings } from '../../rhetoric/model/technique-findings.ts'

interface TechniquesState {
  model: RhetoricModel
  lexicon: CueLexicon | null
}

/**
 * Persuasion techniques found by the learned models trained on the Propaganda Techniques Corpus:
 * a span tagger finds the passages, a classifier names the technique; each finding carries a
 * calibrated confidence, the words behind the call and the speaker of the quote it stands in.
 */
export default defineAnalyzer<TechniquesState, 'techniques'>({
  id: 'rhetoric/techniques',
  description: 'Persuasion techniques (the 14 PTC techniques) found by the learned span tagger and technique classifier',
  needs: ['tokens', 'sentences', 'quotes'],
  produces: 'techniques',
  setup: () => {
    const model = loadRhetoricModel()
    return { model, lexicon: model.usesCues ? defaultCueLexicon() : null }
  },
  run: (ctx, { model, lexicon }) =>
    techniqueFindings(model, {
      text: ctx.text,
      tokens: ctx.tokens,
      sentences: ctx.sentences,
      cues: lexicon ? lexicon.matchCues(ctx.text, ctx.tokens) : [],
      quotes: ctx.findings.quotes,
    }),
})
