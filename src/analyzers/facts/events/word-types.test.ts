import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../../../text/tokenize.ts'
import { Vocabulary } from '../../../text/vocabulary.ts'
import { loadEventResources } from '../events.ts'
import { TRIGGER_WORD, WORD_FLAG } from './word-flags.ts'

const { wordTypes } = loadEventResources()

test('a token reads as its slice of the lower-cased document', () => {
  for (const text of ['Russia SHELLED Kharkiv.', 'ΟΔΟΣ ΑΣ and ΟΔΟΣΑ', 'İstanbul ΟΔΟΣ said', 'No capitals at all', 'ΟΔΟΣ σας']) {
    const tokens = tokenize(text)
    const lowered = text.toLowerCase()
    const { typeAt, lower, flags } = wordTypes.forDocument(text, tokens)
    const types = tokens.map((_, i) => typeAt(i))
    tokens.forEach((t, i) => {
      const expected = lowered.length === text.length ? lowered.slice(t.start, t.end) : t.text.toLowerCase()
      assert.equal(types[i].lower, expected, `${text}: ${t.text}`)
      assert.equal(lower[i], expected, `${text}: ${t.text}`)
      const triggers = TRIGGER_WORD.dictionaryVerb | TRIGGER_WORD.patternVerb | TRIGGER_WORD.patternNoun
      assert.equal(flags[i] & triggers, types[i].flags, `${text}: ${t.text}`)
      assert.equal((flags[i] & TRIGGER_WORD.patternAfterVerb) !== 0, types[i].beginsPatternAfter, `${text}: ${t.text}`)
      assert.equal((flags[i] & WORD_FLAG.writtenLower) !== 0, t.text === lower[i], `${text}: ${t.text}`)
      assert.equal((flags[i] & WORD_FLAG.writtenUpper) !== 0, t.text === t.text.toUpperCase(), `${text}: ${t.text}`)
      assert.equal(types[i].own, t.text.toLowerCase(), `${text}: ${t.text}`)
    })
  }
})

test('a word type knows its trigger flags and dictionary forms', () => {
  const shelled = wordTypes.get('Shelled')
  assert.equal(shelled.lower, 'shelled')
  assert.ok(shelled.flags > 0)
  assert.ok(shelled.forms && shelled.forms.length > 0)
  assert.equal(wordTypes.get('zzzz').flags, 0)
})

test('a document read again, or after the vocabulary starts again, gets the same types', () => {
  const text = 'Russia shelled Kharkiv and Russia said so.'
  const tokens = tokenize(text)
  const vocabulary = new Vocabulary(12)
  const first = wordTypes.forDocument(text, tokens, vocabulary.read(tokens))
  const again = wordTypes.forDocument(text, tokens, vocabulary.read(tokens))
  assert.equal(vocabulary.generation, 1)
  assert.deepEqual(again.lower, first.lower)
  assert.deepEqual([...again.flags], [...first.flags])
  assert.equal(first.typeAt(0), first.typeAt(4), 'one word, one type')
  assert.ok(first.flags[1] > 0, 'shelled may start a trigger')
})

test('word ids of a vocabulary that has started again since are refused', () => {
  const tokens = tokenize('Troops shelled the town.')
  const vocabulary = new Vocabulary(5)
  const stale = vocabulary.read(tokens)
  vocabulary.read(tokens)
  assert.throws(() => wordTypes.forDocument('Troops shelled the town.', tokens, stale), /read the tokens again/)
})

test('the flags tell the words the rules scan clauses for', () => {
  const text = 'They were shelled by troops, and it said so.'
  const tokens = tokenize(text)
  const { flags } = wordTypes.forDocument(text, tokens)
  const marked = (flag: number) => tokens.filter((_, i) => flags[i] & flag).map((t) => t.text)
  assert.deepEqual(marked(WORD_FLAG.by), ['by'])
  assert.deepEqual(marked(WORD_FLAG.pronoun), ['They', 'it'])
  assert.deepEqual(marked(WORD_FLAG.writtenLower), ['were', 'shelled', 'by', 'troops', ',', 'and', 'it', 'said', 'so', '.'])
  assert.deepEqual(marked(WORD_FLAG.writtenUpper), [',', '.'], 'signs without letters read as capitals too')
})
