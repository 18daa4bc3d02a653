import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import { compileQuotePatternCues, DEFAULT_QUOTE_PATTERNS, loadQuotePatternCues } from './pattern-cues.ts'

const SHARED_PATTERNS = fileURLToPath(new URL('../../../../../shared/data/quotes/quootstrap-seedPatterns.txt', import.meta.url))

test('reporting words beside the speaker slot and the titles before it are collected with their mean weight', () => {
  const cues = compileQuotePatternCues(
    ['["$Q , $S said": 1]', '["$Q $* President $S said": 0.8]', '["$Q , said $S ,": 0.9]', '["$Q $* Chief Executive Officer $S told": 0.6]', '["$Q $S in": 1]', 'not a pattern'].join('\n'),
  )
  assert.equal(cues.patterns, 5)
  assert.deepEqual(cues.verbs, { said: { weight: 0.9, patterns: 3 }, told: { weight: 0.6, patterns: 1 } })
  assert.deepEqual(cues.titles, { 'Chief Executive Officer': { weight: 0.6, patterns: 1 }, President: { weight: 0.8, patterns: 1 } })
})

test('a present-tense form needs its past form beside it, so plural nouns are not taken for verbs', () => {
  const cues = compileQuotePatternCues(['["$Q $S explains": 1]', '["$Q $S explained": 1]', '["$Q $S operations": 1]'].join('\n'))
  assert.deepEqual(Object.keys(cues.verbs), ['explained', 'explains'])
})

test('the shipped cue file loads and carries its source and licence', () => {
  const cues = loadQuotePatternCues()
  assert.match(cues.source, /Quootstrap/)
  assert.match(cues.licence, /MIT/)
  assert.ok(cues.verbs.said.weight > 0.5)
  assert.ok(cues.titles.Minister.patterns > 0)
})

test('a missing cue file is reported with the command that rebuilds it', () => {
  assert.throws(() => loadQuotePatternCues('/nonexistent/quote-patterns.json'), /scripts\/build-quote-patterns\.ts/)
})

test('the shipped cue file is what the build script makes from the Quootstrap patterns', { skip: !existsSync(SHARED_PATTERNS) && 'needs ../shared/data' }, () => {
  const rebuilt = compileQuotePatternCues(readFileSync(SHARED_PATTERNS, 'utf8'))
  assert.deepEqual(JSON.parse(readFileSync(DEFAULT_QUOTE_PATTERNS, 'utf8')), rebuilt)
})
