import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formatLayerTable, summarize, summaryJson } from './facts-summary.ts'
import { sampleGold, sampleSpan } from './sample-gold.ts'
import { scoreDocument } from './score-document.ts'
import { rates } from './tally.ts'

test('precision, recall and F1 come from the counts; nothing to divide by gives 0', () => {
  assert.deepEqual(rates({ gold: 4, predicted: 2, matched: 2 }), { precision: 1, recall: 0.5, f1: 2 / 3 })
  assert.deepEqual(rates({ gold: 0, predicted: 0, matched: 0 }), { precision: 0, recall: 0, f1: 0 })
})

test('documents are added up before dividing, and printed as a table and as JSON', () => {
  const gold = sampleGold()
  const empty = { entities: [], quotes: [], amounts: [], dates: [], events: [] }
  const found = { ...empty, dates: [{ ...sampleSpan('Monday'), resolved: '2024-05-06' }] }
  const summary = summarize([scoreDocument(gold, found), scoreDocument(gold, empty)])
  assert.deepEqual(summary.layers.dates.map((r) => [r.id, r.gold, r.predicted, r.matched]), [
    ['overlap', 4, 1, 1],
    ['overlap+resolved', 4, 1, 1],
    ['exact', 4, 1, 1],
  ])
  assert.equal(
    formatLayerTable('dates', summary.layers.dates.slice(0, 1)),
    ['dates                                  P      R     F1   gold  found  match', '  overlapping span                 100.0   25.0   40.0      4      1      1'].join('\n'),
  )
  const json = summaryJson(summary, { eval: 'facts' }) as { eval: string; documents: number; layers: { dates: { overlap: unknown } } }
  assert.equal(json.eval, 'facts')
  assert.equal(json.documents, 2)
  assert.deepEqual(json.layers.dates.overlap, { precision: 1, recall: 0.25, f1: 0.4, gold: 4, predicted: 1, matched: 1 })
})
