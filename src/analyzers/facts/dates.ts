import { defineAnalyzer } from '../../engine/types.ts'
import { findDates } from './dates/find-dates.ts'

/** Dates: absolute, relative (resolved against the publication date) and vague, in text order. */
export default defineAnalyzer({
  id: 'facts/dates',
  description: 'Absolute and relative dates, resolved against the publication date to YYYY-MM-DD, YYYY-MM or YYYY',
  needs: ['sentences'],
  produces: 'dates',
  run: (ctx) => findDates(ctx.text, ctx.sentences, ctx.document.published),
})
