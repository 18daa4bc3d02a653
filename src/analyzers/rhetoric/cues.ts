import { defineAnalyzer } from '../../engine/types.ts'
import { findCueTechniques, loadCueRules } from '../../rhetoric/rules/cue-rules.ts'

/**
 * Transparent technique findings: lexicon cues (loaded words, labels, constructions) and
 * repetition, each with the entry ids that fired, a calibrated confidence and the speaker of the
 * quote it stands in.
 */
export default defineAnalyzer({
  id: 'rhetoric/cues',
  description: 'Persuasion-technique cues from transparent lexicons and patterns, and repetition found in the document',
  needs: ['tokens', 'sentences', 'quotes', 'entities'],
  produces: 'techniques',
  setup: () => loadCueRules(),
  run: (ctx, rules) =>
    findCueTechniques({ text: ctx.text, tokens: ctx.tokens, sentences: ctx.sentences, quotes: ctx.findings.quotes, entities: ctx.findings.entities, issuer: ctx.document.issuer, words: ctx.words }, rules),
})
