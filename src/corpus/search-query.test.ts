import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fts5Expression, leadSnippet, parseQuery, readSnippet } from './search-query.ts'

test('a query reads like a web search: words, quoted phrases, OR and exclusions', () => {
  assert.deepEqual(parseQuery('troops "border post" OR crossing -exercise'), [
    { any: [['troops']], negated: false },
    { any: [['border', 'post'], ['crossing']], negated: false },
    { any: [['exercise']], negated: true },
  ])
  assert.equal(fts5Expression('troops "border post" OR crossing -exercise'), '(("troops") AND ("border post" OR "crossing")) NOT "exercise"')
})

test('punctuation and FTS5 syntax in a query are only text', () => {
  assert.equal(fts5Expression('NEAR(a b) AND "x" col:y'), '(("NEAR a") AND ("b") AND ("AND") AND ("x") AND ("col y"))')
  assert.equal(fts5Expression('-only -exclusions'), null)
  assert.equal(fts5Expression('?!'), null)
})

test('a marked snippet becomes plain text with the ranges of its matches', () => {
  assert.deepEqual(readSnippet('…the \uFDD0troops\uFDD1 crossed\n\nthe \uFDD0border\uFDD1 \uFDD0post\uFDD1'), { snippet: '…the troops crossed the border post', highlights: [[5, 11], [24, 35]] })
  assert.equal(leadSnippet('Short text.'), 'Short text.')
  assert.equal(leadSnippet('word '.repeat(100), 20), 'word word word word…')
})
