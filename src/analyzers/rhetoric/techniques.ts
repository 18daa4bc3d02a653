import { defineAnalyzer } from '../../engine/types.ts'
import { cueHits } from '../../rhetoric/lexicon/cue-lexicon.ts'
import { mergeTechniques } from '../../rhetoric/merge.ts'
import { arguedSentenceFindings } from '../../rhetoric/model/argued-sentences.ts'
import { outsideNamedThings } from '../../rhetoric/named-things.ts'
import { withoutPlainPossessives } from '../../rhetoric/plain-possessives.ts'
import { loadRhetoricModel } from '../../rhetoric/model/model-file.ts'
import { readWords, type RhetoricModel } from '../../rhetoric/model/rhetoric-model.ts'
import { techniqueFindings } from '../../rhetoric/model/technique-findings.ts'
import { findCueTechniques, loadCueRules, type CueRules } from '../../rhetoric/rules/cue-rules.ts'

interface TechniquesState {
  model: RhetoricModel
  rules: CueRules
}

/**
 * Persuasion techniques: the learned models trained on the Propaganda Techniques Corpus (a span
 * tagger finds the passages, a classifier names the technique) together with the transparent
 * lexicon and pattern cues. Where both find the same technique on overlapping text, one finding is
 * kept with the higher confidence and the cues of both; each carries the speaker of its quote. A
 * finding inside the name of a thing (an exercise, a weapon, a law) is no rhetoric of the text, nor
 * is a plain "our soldiers" in a report sentence (see `withoutPlainPossessives`). An
 * opinion sentence that no finding touches is read whole by the technique classifier.
 */
export default defineAnalyzer<TechniquesState, 'techniques'>({
  id: 'rhetoric/techniques',
  description: 'Persuasion techniques (the 14 PTC techniques) from the learned span tagger and technique classifier, merged with lexicon and pattern cues',
  needs: ['tokens', 'sentences', 'quotes', 'entities', 'sentenceFunctions'],
  produces: 'techniques',
  setup: () => ({ model: loadRhetoricModel(), rules: loadCueRules() }),
  run: (ctx, { model, rules }) => {
    // The lexicon is matched once: its hits are features of the model and findings of the rules.
    // The matcher and the rules read the tokens by their ids in the shared vocabulary.
    const lexical = readWords(model, ctx.tokens, ctx.sentences, ctx.words)
    const matches = rules.lexicon.compiled.match(ctx.tokens, ctx.words)
    const input = {
      text: ctx.text,
      tokens: ctx.tokens,
      sentences: ctx.sentences,
      cues: model.usesCues ? cueHits(ctx.text, ctx.tokens, matches) : [],
      quotes: ctx.findings.quotes,
      lexical,
    }
    const learned = techniqueFindings(model, input)
    const cued = findCueTechniques(
      { text: ctx.text, tokens: ctx.tokens, sentences: ctx.sentences, quotes: ctx.findings.quotes, entities: ctx.findings.entities, issuer: ctx.document.issuer, words: ctx.words, matches },
      rules,
    )
    // A plain "our soldiers" in a report sentence, or inside a slogan or threat, is no flag-waving.
    const reports = ctx.findings.sentences.filter((a) => a.function === 'report').map((a) => ctx.sentences[a.index])
    const spans = withoutPlainPossessives(outsideNamedThings(mergeTechniques(learned, cued), ctx.findings.entities), reports)
    // An argued sentence that no span finding touches is read whole.
    const opinions = ctx.findings.sentences.filter((a) => a.function === 'opinion').map((a) => ctx.sentences[a.index])
    const argued = arguedSentenceFindings(model, input, opinions, spans)
    return argued.length === 0 ? spans : mergeTechniques(spans, argued)
  },
})
