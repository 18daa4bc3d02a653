import { defineAnalyzer } from '../../engine/types.ts'
import { findQuotes } from './quotes/find-quotes.ts'
import { loadQuotePatternCues } from './quotes/pattern-cues.ts'
import { buildReportingCues } from './quotes/reporting-cues.ts'

/** Quotes: direct quotations and reported speech with their speakers, in text order. */
export default defineAnalyzer({
  id: 'facts/quotes',
  description: 'Direct quotes in every common quote style and reported speech, attributed to their speakers',
  needs: ['tokens', 'sentences', 'paragraphs', 'entities'],
  produces: 'quotes',
  setup: () => buildReportingCues(loadQuotePatternCues()),
  run: (ctx, cues) =>
    findQuotes(
      { text: ctx.text, tokens: ctx.tokens, sentences: ctx.sentences, paragraphs: ctx.paragraphs, entities: ctx.findings.entities, issuer: ctx.document.issuer, words: ctx.words },
      cues,
    ),
})
