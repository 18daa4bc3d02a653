// Analyzers for the ingest tests: one that fails on documents that say EXPLODE.
import { defineAnalyzer } from '../../engine/types.ts'

export default [
  defineAnalyzer({
    id: 'test/explodes',
    description: 'Throws on documents that contain the word EXPLODE.',
    needs: ['tokens'],
    produces: 'techniques',
    languages: '*',
    run(ctx) {
      if (ctx.text.includes('EXPLODE')) throw new Error('boom')
      return []
    },
  }),
]
