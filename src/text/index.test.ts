import assert from 'node:assert/strict'
import { test } from 'node:test'
import * as text from './index.ts'

test('the text layer exports its public functions', () => {
  assert.deepEqual(Object.keys(text).sort(), ['Vocabulary', 'WordNumbers', 'WordValues', 'isHardWrapped', 'locate', 'normalize', 'ownWordIds', 'readWordIds', 'sharedVocabulary', 'splitLines', 'splitParagraphs', 'splitSentences', 'tokenize'])
})

test('the text layer works end to end on a small release', () => {
  const release = 'PLAN ADOPTED\n\nWARSAW, 5 May 2021 — The Sejm adopted the plan. “It is historic,” said Mr. Nowak.'
  const tokens = text.tokenize(release)
  const paragraphs = text.splitParagraphs(release)
  const sentences = text.splitSentences(release, tokens, paragraphs)
  assert.deepEqual(sentences.map((s) => release.slice(s.start, s.end)), ['PLAN ADOPTED', 'WARSAW, 5 May 2021 —', 'The Sejm adopted the plan.', '“It is historic,” said Mr. Nowak.'])
  assert.deepEqual(sentences.map((s) => s.paragraph), [0, 1, 1, 1])
  assert.deepEqual(text.locate(release).toPoint(sentences[2].start), { line: 3, column: 22 })
})
