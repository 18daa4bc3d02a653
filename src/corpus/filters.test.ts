import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkFilters, filterConditions } from './filters.ts'

test('filters are cleaned and technique labels become ids', () => {
  assert.deepEqual(checkFilters({ issuer: '  Ministry ', technique: 'Flag-Waving' as never, cameo: '19', entity: '', from: '2024-01-01' }), {
    issuer: 'Ministry',
    technique: 'flag_waving',
    cameo: '19',
    from: '2024-01-01',
  })
})

test('bad filters say how to write them', () => {
  assert.throws(() => checkFilters({ from: '2024-02-30' }), /from filter must be a date written YYYY-MM-DD/)
  assert.throws(() => checkFilters({ from: '2024-05-01', to: '2024-01-01' }), /is after the to date/)
  assert.throws(() => checkFilters({ function: 'rant' as never }), /Unknown sentence function 'rant'\. Use one of: report, opinion/)
  assert.throws(() => checkFilters({ cameo: '1' }), /2 to 4 digits/)
})

test('filter values are bound as parameters, never written into the SQL', () => {
  const params: unknown[] = []
  const sql = filterConditions({ issuer: "50%_o'clock", entity: 'NATO' }, (v) => (params.push(v), '?')).join(' AND ')
  assert.equal(sql, `d.status = 'ok' AND lower(d.issuer) LIKE ? ESCAPE '\\' AND EXISTS (SELECT 1 FROM entity_names x WHERE x.name = ? AND x.doc = d.seq)`)
  assert.deepEqual(params, ["%50\\%\\_o'clock%", 'nato'])
})
