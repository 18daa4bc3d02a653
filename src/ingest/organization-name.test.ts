import assert from 'node:assert/strict'
import { test } from 'node:test'
import { cleanIssuerName, isOrganizationName } from './organization-name.ts'

test('organisation names carry a word such as Ministry, Party, Office or Inc.', () => {
  assert.equal(isOrganizationName('Press Office of the Ministry of Foreign Affairs'), true)
  assert.equal(isOrganizationName('Media Office of the Eurasian Sovereignty Movement'), true)
  assert.equal(isOrganizationName('MINISTRY OF FOREIGN AFFAIRS'), true)
  assert.equal(isOrganizationName('Baltic Crest Shipping S.A.'), true)
  assert.equal(isOrganizationName('Anna Kowalska'), false)
  assert.equal(isOrganizationName('Glory to the heroes'), false)
  assert.equal(isOrganizationName('We demand action from the Ministry'), false)
  assert.equal(isOrganizationName('press@ministry.example'), false)
  assert.equal(isOrganizationName('LLC'), false)
})

test('desk names alone are not an issuer', () => {
  assert.equal(isOrganizationName('Press Office'), false)
  assert.equal(isOrganizationName('Public Affairs Department'), false)
})

test('names are tidied: spaces, closing punctuation, a leading "the"', () => {
  assert.equal(cleanIssuerName('  the Green   Future Party. '), 'Green Future Party')
  assert.equal(cleanIssuerName('— Civic Renewal Party;'), 'Civic Renewal Party')
  assert.equal(cleanIssuerName('Acme Inc.'), 'Acme Inc.')
  assert.equal(cleanIssuerName('Baltic Crest Shipping S.A.'), 'Baltic Crest Shipping S.A.')
  assert.equal(cleanIssuerName('The Left'), 'The Left')
})
