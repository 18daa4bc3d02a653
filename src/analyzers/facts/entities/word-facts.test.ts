import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenKey } from '../../../knowledge/token-key.ts'
import {
  COMMON_WORD, CURRENCY, DATE_LEAD, FUNCTION_OR_CONTRACTION, FUNCTION_WORD, isTitleKey, JOINER, JOINER_TEXT, MONTH, NAME_START, OFFICE_DOMAIN, ORDINAL,
  ORGANISATION_HEAD, ORGANISATION_JOINER_TEXT, ORGANISATION_WORD, POST_NOMINAL, TITLE, TITLE_MODIFIER, WEEKDAY, wordFacts,
} from './word-facts.ts'

const common = new Set(['report', 'officials'])
const factsOf = (text: string) => wordFacts(text, tokenKey(text), (key) => common.has(key))

test('what a word is to the rules, whatever its case', () => {
  assert.equal(factsOf('The') & (FUNCTION_WORD | FUNCTION_OR_CONTRACTION | JOINER), FUNCTION_WORD | FUNCTION_OR_CONTRACTION | JOINER)
  assert.equal(factsOf('May') & (MONTH | WEEKDAY), MONTH)
  assert.equal(factsOf('Friday') & (MONTH | WEEKDAY), WEEKDAY)
  assert.ok(factsOf('since') & DATE_LEAD)
  assert.ok(factsOf('Secretary-General') & TITLE)
  assert.equal(factsOf('Foreign') & (TITLE | TITLE_MODIFIER | OFFICE_DOMAIN), TITLE | TITLE_MODIFIER | OFFICE_DOMAIN)
  assert.equal(factsOf('Ministry') & (ORGANISATION_WORD | ORGANISATION_HEAD), ORGANISATION_WORD | ORGANISATION_HEAD)
  assert.equal(factsOf('National') & (ORGANISATION_WORD | ORGANISATION_HEAD), ORGANISATION_WORD, 'a describing word heads no organisation')
  assert.ok(factsOf('dollars') & CURRENCY)
  assert.ok(factsOf('Officials') & COMMON_WORD)
})

test('contractions of function words, honours, ordinals and name starts', () => {
  assert.ok(factsOf("They've") & FUNCTION_OR_CONTRACTION)
  assert.ok(factsOf('I’m') & FUNCTION_OR_CONTRACTION)
  assert.equal(factsOf("Obama's") & FUNCTION_OR_CONTRACTION, 0)
  assert.ok(factsOf('MP') & POST_NOMINAL)
  assert.equal(factsOf('Mp') & POST_NOMINAL, 0, 'an honour is written in capitals')
  assert.ok(factsOf('21st') & ORDINAL)
  assert.equal(factsOf('21') & ORDINAL, 0)
  assert.ok(factsOf('NATO') & NAME_START)
  assert.ok(factsOf('al-Assad') & NAME_START)
  assert.equal(factsOf('said') & NAME_START, 0)
})

test('joiners are read from the text itself as well as from the key', () => {
  assert.equal(factsOf('of') & (JOINER | JOINER_TEXT), JOINER | JOINER_TEXT)
  assert.equal(factsOf('Of') & (JOINER | JOINER_TEXT), JOINER, 'a capitalised "Of" joins no name run')
  assert.ok(factsOf('&') & ORGANISATION_JOINER_TEXT)
  assert.equal(factsOf('And') & ORGANISATION_JOINER_TEXT, 0)
})

test('only titles, and words made of titles, are title keys', () => {
  assert.equal(isTitleKey('president'), true)
  assert.equal(isTitleKey('vice-president'), true)
  assert.equal(isTitleKey('deputy-prime'), true)
  assert.equal(isTitleKey('president-putin'), false)
  assert.equal(isTitleKey('putin'), false)
  assert.equal(factsOf('Putin') & TITLE, 0)
})
