import assert from 'node:assert/strict'
import { test } from 'node:test'
import { SPAN_TOKENS, spanTokenWeights } from './span-weights.ts'

test('every gold run weighs SPAN_TOKENS in total, spread over its tokens; outside tokens weigh 1', () => {
  const weights = [...spanTokenWeights(Uint8Array.from([0, 1, 0, 1, 1, 1, 1, 0]))]
  assert.deepEqual(weights, [1, SPAN_TOKENS, 1, SPAN_TOKENS / 4, SPAN_TOKENS / 4, SPAN_TOKENS / 4, SPAN_TOKENS / 4, 1])
})

test('a run at either end of the text and a text all inside are weighed as runs', () => {
  assert.deepEqual([...spanTokenWeights([1, 1, 0, 1])], [SPAN_TOKENS / 2, SPAN_TOKENS / 2, 1, SPAN_TOKENS])
  assert.deepEqual([...spanTokenWeights([1, 1])], [SPAN_TOKENS / 2, SPAN_TOKENS / 2])
})

test('a text without gold spans, or without tokens, weighs every token 1', () => {
  assert.deepEqual([...spanTokenWeights([0, 0, 0])], [1, 1, 1])
  assert.deepEqual([...spanTokenWeights([])], [])
})
