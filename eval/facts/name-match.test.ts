import assert from 'node:assert/strict'
import { test } from 'node:test'
import { namesMatch, namesNobody, normalizeName } from './name-match.ts'

test('names are compared without case, accents, possessives, punctuation or a leading "the"', () => {
  assert.equal(normalizeName("the Ministry of Finance's"), 'ministry of finance')
  assert.equal(normalizeName('Jörg  Lange'), 'jorg lange')
  assert.ok(namesMatch('U.S. Central Command', 'u.s. central command'))
  assert.ok(namesMatch('the Greens', 'Greens'))
})

test('a surname or a titled name matches a person only when surnames are allowed', () => {
  assert.ok(namesMatch('Liis Tamm', 'Tamm', { surname: true }))
  assert.ok(namesMatch('Liis Tamm', 'Defence Minister Liis Tamm', { surname: true }))
  assert.ok(!namesMatch('Liis Tamm', 'Tamm'))
  assert.ok(!namesMatch('Liis Tamm', 'Tammsaare', { surname: true }))
  assert.ok(!namesMatch('South Sudan', 'Sudan'))
})

test('a description that names nobody is told from a name', () => {
  assert.ok(namesNobody('a hospital official'))
  assert.ok(namesNobody('The government'))
  assert.ok(namesNobody('Chinese foreign ministry spokesperson'))
  assert.ok(!namesNobody('Neighbouring Austria'))
  assert.ok(!namesNobody('Police'))
  assert.ok(!namesNobody('the Kremlin'))
})
