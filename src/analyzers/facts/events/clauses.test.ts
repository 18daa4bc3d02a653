import assert from 'node:assert/strict'
import { test } from 'node:test'
import { splitParagraphs, splitSentences } from '../../../text/sentences.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { splitClauses } from './clauses.ts'

function clauses(text: string): string[] {
  const tokens = tokenize(text)
  const [sentence] = splitSentences(text, tokens, splitParagraphs(text))
  return splitClauses(tokens, sentence).map((c) => text.slice(tokens[c.tokenStart].start, tokens[c.tokenEnd - 1].end))
}

test('a fronted condition ends at its comma', () => {
  assert.deepEqual(clauses('If Russia attacks, NATO will respond.'), ['If Russia attacks', 'NATO will respond.'])
})

test('semicolons, ", but" and ", and" with a new subject or time start a clause', () => {
  assert.deepEqual(clauses('Kyiv was shelled; Odesa was quiet, but Kharkiv burned, and in 2008 it fought a war.'), [
    'Kyiv was shelled',
    'Odesa was quiet',
    'but Kharkiv burned',
    'in 2008 it fought a war.',
  ])
})

test('lists and relative clauses stay in their clause', () => {
  assert.deepEqual(clauses('Troops from China, India, and Russia took part.'), ['Troops from China, India, and Russia took part.'])
  assert.deepEqual(clauses('The exercise, which involved troops from Belarus, took place near Brest.'), ['The exercise, which involved troops from Belarus, took place near Brest.'])
})
