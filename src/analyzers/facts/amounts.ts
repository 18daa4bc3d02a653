import { defineAnalyzer } from '../../engine/types.ts'
import { findAmounts } from './amounts/find-amounts.ts'

/** Amounts: counts, money, percentages and measures with their qualifiers, in text order. */
export default defineAnalyzer({
  id: 'facts/amounts',
  description: 'Numbers in digits and words with qualifier ("more than"), counted noun or unit, money, percentages and measures',
  needs: ['tokens', 'sentences'],
  produces: 'amounts',
  run: (ctx) => findAmounts(ctx.text, ctx.tokens, ctx.sentences),
})
