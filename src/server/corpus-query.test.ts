import assert from 'node:assert/strict'
import { test } from 'node:test'
import { filtersOf, searchOf } from './corpus-query.ts'
import { HttpError } from './http-error.ts'

test('query parameters become checked corpus filters; empty ones are dropped', () => {
  assert.deepEqual(filtersOf({ technique: 'Flag-Waving', issuer: ' ministry ', entity: '', from: '2024-01-01' }), { technique: 'flag_waving', issuer: 'ministry', from: '2024-01-01' })
})

test('a bad filter is an HttpError 400 invalid_filter saying how to write it', () => {
  const bad: Record<string, string>[] = [{ cameo: 'war' }, { function: 'rant' }, { from: '2024-13-01' }, { from: '2024-05-01', to: '2024-01-01' }]
  for (const params of bad) {
    assert.throws(() => filtersOf(params), (error: unknown) => error instanceof HttpError && error.status === 400 && error.code === 'invalid_filter', JSON.stringify(params))
  }
})

test('a search has a text, a limit and an offset, with defaults', () => {
  assert.deepEqual(searchOf({ q: 'troops "border post"', cameo: '19' }), { cameo: '19', text: 'troops "border post"', limit: 20, offset: 0 })
  assert.deepEqual(searchOf({ limit: '5', offset: '10' }), { text: '', limit: 5, offset: 10 })
})
