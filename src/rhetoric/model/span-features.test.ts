import assert from 'node:assert/strict'
import { test } from 'node:test'
import { splitSentences } from '../../text/sentences.ts'
import { tokenize } from '../../text/tokenize.ts'
import type { Span } from '../../text/types.ts'
import { documentView } from './document-view.ts'
import { FeatureRows } from './feature-rows.ts'
import { NO_ODDS } from './lexical-odds.ts'
import { addSentenceContext, countSpanRepeats, spanContext, spanRepeats, type SpanContext } from './span-features.ts'
import { WordTable } from './word-table.ts'

const table = new WordTable(NO_ODDS)

function contextOf(text: string): SpanContext {
  const tokens = tokenize(text)
  return spanContext(text, documentView(tokens, splitSentences(text, tokens), table, false))
}

/** The span of the `nth` occurrence (from 0) of `words` in `text`. */
function spanOf(text: string, words: string, nth = 0): Span {
  let at = -1
  for (let k = 0; k <= nth; k++) at = text.indexOf(words, at + 1)
  return { start: at, end: at + words.length }
}

test('a span\'s wording is counted wherever it recurs, in any case, with the occurrences before it', () => {
  const text = 'Build the wall. BUILD THE WALL! They will build the wall.'
  assert.deepEqual(spanRepeats(contextOf(text), spanOf(text, 'BUILD THE WALL')), { total: 3, earlier: 1 })
  assert.deepEqual(spanRepeats(contextOf(text), spanOf(text, 'They')), { total: 1, earlier: 0 })
})

test('overlapping occurrences count, and a wording of one character is not counted', () => {
  const text = 'Aaaa, said the crowd.'
  assert.deepEqual(spanRepeats(contextOf(text), { start: 1, end: 3 }), { total: 3, earlier: 1 })
  assert.deepEqual(spanRepeats(contextOf(text), { start: 0, end: 1 }), { total: 0, earlier: 0 })
})

test('counting the repeats of many spans at once gives what counting them one by one gives', () => {
  const text = 'Lock her up! Lock her up! The crowd chanted "lock her up" again, and again, and AGAIN.\nLock them up.'
  const spans: Span[] = []
  for (let start = 0; start < text.length; start += 3) for (const length of [0, 1, 2, 5, 11, 30]) spans.push({ start, end: Math.min(text.length, start + length) })
  spans.push(spanOf(text, 'Lock her up', 1), spanOf(text, 'again', 2), { start: text.length, end: text.length })
  const together = contextOf(text)
  countSpanRepeats(together, spans)
  const alone = contextOf(text)
  const counted = spans.map((span) => spanRepeats(alone, span))
  assert.deepEqual(spans.map((span) => spanRepeats(together, span)), counted)
  assert.ok(counted.some((c) => c.total >= 3 && c.earlier >= 1))
})

test('words of four letters or more that occur more than once are marked as recurring, in any case', () => {
  const text = 'Freedom is not free. We want freedom and we want it now.'
  const ctx = contextOf(text)
  const recurring = ctx.tokens.filter((_, i) => ctx.recurring[i]).map((t) => t.text)
  assert.deepEqual(recurring, ['Freedom', 'want', 'freedom', 'want'])
})

test('a sentence gives each of its lemmas once, however often it occurs', () => {
  const text = 'The cats saw the cat. Dogs barked.'
  const ctx = contextOf(text)
  const rows = new FeatureRows()
  addSentenceContext(rows, 16, ctx, 0)
  rows.endRow()
  addSentenceContext(rows, 16, ctx, 1)
  rows.endRow()
  assert.equal(rows.end(0) - rows.start(0), 3)
  assert.equal(rows.end(1) - rows.start(1), 2)
})
