import assert from 'node:assert/strict'
import { test } from 'node:test'
import { lineBaselineSpans } from './baseline.ts'

test('every non-empty line is one span, trimmed like PTC spans', () => {
  const text = 'Title\n\n  First line.\nSecond, line;\n \n'
  assert.deepEqual(
    lineBaselineSpans(text).map((s) => text.slice(s.start, s.end)),
    ['Title', 'First line', 'Second, line'],
  )
})
