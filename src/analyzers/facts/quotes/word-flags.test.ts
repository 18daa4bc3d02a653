import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../../../text/tokenize.ts'
import { Vocabulary } from '../../../text/vocabulary.ts'
import { REPORTING_NOUNS, REPORTING_VERBS } from './constructions.ts'
import { tokenFlags, verbForm, WORD, wordFlags } from './word-flags.ts'

test('every reporting verb has forms, a frame and a reason, and no form belongs to two verbs', () => {
  const owner = new Map<string, string>()
  for (const [lemma, verb] of Object.entries(REPORTING_VERBS)) {
    assert.ok(verb.forms.length > 0, lemma)
    assert.ok(verb.rationale.length > 10, lemma)
    for (const form of verb.forms) {
      assert.equal(form, form.toLowerCase(), form)
      assert.equal(owner.get(form), undefined, `${form} is listed under ${owner.get(form)} and ${lemma}`)
      owner.set(form, lemma)
    }
  }
  for (const [noun, why] of Object.entries(REPORTING_NOUNS)) assert.ok(why.length > 10, noun)
})

test('forms that are mostly nouns are left out', () => {
  for (const word of ['states', 'demands', 'promises', 'rules', 'report', 'find']) assert.equal(verbForm(word), undefined, word)
})

test('a reporting verb form knows its verb and whether it is a participle', () => {
  assert.deepEqual([verbForm('said')?.lemma, verbForm('said')?.participle], ['say', false])
  assert.deepEqual([verbForm('adding')?.lemma, verbForm('adding')?.participle], ['add', true])
  assert.deepEqual([verbForm('pointed')?.lemma, verbForm('pointed')?.second], ['point', 'out'])
})

test('word bits: verbs only in lower case, nouns, finite verbs and clause openers', () => {
  assert.ok(wordFlags('said') & WORD.reportingVerb)
  assert.equal(wordFlags('Said') & WORD.reportingVerb, 0)
  assert.ok(wordFlags('claims') & WORD.ambiguousVerb)
  assert.equal(wordFlags('claimed') & WORD.ambiguousVerb, 0)
  assert.ok(wordFlags('allegations') & WORD.reportingNoun)
  assert.ok(wordFlags('fell') & WORD.finite)
  assert.ok(wordFlags('would') & WORD.auxiliary)
  assert.ok(wordFlags('remains') & WORD.present)
  assert.ok(wordFlags('nothing') & WORD.notOpener)
  assert.ok(wordFlags('Monday') & WORD.calendar)
  assert.equal(wordFlags('may') & WORD.calendar, 0)
})

test('token bits are read by word id and match the bits of each text', () => {
  const vocabulary = new Vocabulary()
  const tokens = tokenize('The army said on Monday, “Troops fell back.”')
  const flags = tokenFlags(tokens, vocabulary.read(tokens))
  tokens.forEach((t, i) => assert.equal(flags[i], t.kind === 'word' ? wordFlags(t.text) : 0, t.text))
})

test('a vocabulary that starts again gives the right bits for its new ids', () => {
  const vocabulary = new Vocabulary(6)
  const first = tokenize('officials said troops fell')
  tokenFlags(first, vocabulary.read(first))
  const second = tokenize('nothing Monday said')
  const flags = tokenFlags(second, vocabulary.read(second))
  assert.equal(vocabulary.generation, 1)
  assert.deepEqual([...flags], second.map((t) => wordFlags(t.text)))
})
