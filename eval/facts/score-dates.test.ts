import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { DateFinding } from '../../src/report/schema.ts'
import { sampleGold, sampleSpan } from './sample-gold.ts'
import { scoreDates } from './score-dates.ts'

const date = (text: string, resolved: string | null): DateFinding => ({ ...sampleSpan(text), resolved })

test('dates match by overlap, then by the resolved value; the exact span is a row of its own', () => {
  const { rows, errors } = scoreDates(sampleGold(), [date('on Monday', '2024-05-06'), date('week', '2024-05-06'), date('2,000', '2000')])
  assert.deepEqual(Object.fromEntries(rows.map((r) => [r.id, [r.gold, r.predicted, r.matched]])), {
    overlap: [2, 3, 2],
    'overlap+resolved': [2, 3, 1],
    exact: [2, 3, 0],
  })
  assert.deepEqual(errors, ['wrong resolution of "last week": gold 2024-04-29, found 2024-05-06 for "week"', 'spurious date "2,000" (2000)'])
})

test('an unresolved date does not match a resolved gold date', () => {
  const { rows } = scoreDates(sampleGold(), [date('Monday', null)])
  assert.deepEqual(rows.map((r) => r.matched), [1, 0, 1])
})
