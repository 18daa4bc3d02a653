import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Amount } from '../../src/report/schema.ts'
import { sampleGold, sampleSpan } from './sample-gold.ts'
import { scoreAmounts } from './score-amounts.ts'

function amount(text: string, value: number | null, qualifier: Amount['qualifier'] = 'exact'): Amount {
  return { ...sampleSpan(text), value, qualifier, unit: null }
}

const matched = (found: Amount[]) => Object.fromEntries(scoreAmounts(sampleGold(), found).rows.map((r) => [r.id, r.matched]))

test('the exact span with the right value and qualifier scores on every row', () => {
  assert.deepEqual(matched([amount('about 2,000 reservists', 2000, 'about')]), {
    exact: 1,
    'exact+value': 1,
    overlap: 1,
    'overlap+value': 1,
    'overlap+qualifier': 1,
  })
})

test('a shorter span with the wrong value counts only as an overlap', () => {
  const { rows, errors } = scoreAmounts(sampleGold(), [amount('2,000', 2), amount('twice', 2)])
  assert.deepEqual(Object.fromEntries(rows.map((r) => [r.id, [r.predicted, r.matched]])), {
    exact: [2, 0],
    'exact+value': [2, 0],
    overlap: [2, 1],
    'overlap+value': [2, 0],
    'overlap+qualifier': [2, 0],
  })
  assert.deepEqual(errors, [
    'boundary: gold "about 2,000 reservists", found "2,000"',
    'wrong value for "about 2,000 reservists": gold 2000, found 2',
    'wrong qualifier for "about 2,000 reservists": gold about, found exact',
    'spurious amount "twice"',
  ])
})

test('a range needs its upper bound as well', () => {
  const gold = sampleGold({ amounts: [{ text: 'about 2,000', value: 2000, max: 3000, qualifier: 'range', unit: null }] })
  const score = (max: number | null) => scoreAmounts(gold, [{ ...amount('about 2,000', 2000, 'range'), max }]).rows.find((r) => r.id === 'exact+value')!.matched
  assert.equal(score(3000), 1)
  assert.equal(score(null), 0)
})
