import assert from 'node:assert/strict'
import { test } from 'node:test'
import { splitParagraphs, splitSentences } from '../../../text/sentences.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { splitClauses } from './clauses.ts'
import { wordClasses } from './function-words.ts'

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

test('with the tokens\' lower case and classes at hand, sentences split the same', () => {
  const text = 'If Russia attacks, NATO will respond; Odesa was quiet, but Kharkiv burned, and in 2008 it fought a war: troops, tanks and 12:30 drills.'
  const tokens = tokenize(text)
  const [sentence] = splitSentences(text, tokens, splitParagraphs(text))
  const own = tokens.map((t) => ({ own: t.text.toLowerCase() }))
  const classes = Int32Array.from(tokens, (t) => wordClasses(t.text.toLowerCase()))
  assert.deepEqual(splitClauses(tokens, sentence, (k) => own[k], classes), splitClauses(tokens, sentence))
  assert.ok(splitClauses(tokens, sentence).length >= 4)
})
