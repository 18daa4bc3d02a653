import assert from 'node:assert/strict'
import { test } from 'node:test'
import { AliasFlag } from '../types.ts'
import { testWords } from './test-support/english-words.ts'
import { countryEntries, demonymPlural, type WorldCountry } from './world-countries.ts'

const country = (cca3: string, cca2: string, common: string, official: string, demonym: string, extra: Partial<WorldCountry> = {}): WorldCountry => ({
  name: { common, official },
  cca2,
  cca3,
  altSpellings: [cca2],
  demonyms: { eng: { m: demonym, f: demonym } },
  independent: true,
  unMember: true,
  area: 1000,
  ...extra,
})

const COUNTRIES = [
  country('FRA', 'FR', 'France', 'French Republic', 'French', { altSpellings: ['FR', 'French Republic', 'République française'] }),
  country('ATF', 'TF', 'French Southern and Antarctic Lands', 'Territory of the French Southern and Antarctic Lands', 'French', { unMember: false, independent: false }),
  country('TUR', 'TR', 'Türkiye', 'Republic of Türkiye', 'Turkish'),
  country('USA', 'US', 'United States', 'United States of America', 'American'),
  country('PAK', 'PK', 'Pakistan', 'Islamic Republic of Pakistan', 'Pakistani'),
]

test('countries carry their names, news aliases and codes; two-letter codes are not names', () => {
  const { countries } = countryEntries(COUNTRIES, testWords)
  const fra = countries[0]
  assert.equal(fra.id, 'country:FRA')
  assert.equal(fra.type, 'location')
  assert.equal(fra.cca2, 'FR')
  assert.deepEqual(fra.aliases.map((a) => a.text), ['France', 'French Republic', 'République française'])
  assert.ok(countries[2].aliases.some((a) => a.text === 'Turkey'), 'Turkey is a name of Türkiye')
  const us = countries[3].aliases.find((a) => a.text === 'US')
  assert.equal(us?.flags, AliasFlag.exactCase)
})

test('a demonym is a nationality linked to its country; a shared one goes to the sovereign state', () => {
  const { nationalities } = countryEntries(COUNTRIES, testWords)
  const french = nationalities.find((n) => n.aliases.some((a) => a.text === 'French'))
  assert.equal(french?.id, 'nationality:FRA')
  assert.equal(french?.country, 'FRA')
  assert.equal(nationalities.find((n) => n.id === 'nationality:ATF'), undefined)
  assert.deepEqual(nationalities.find((n) => n.id === 'nationality:PAK')?.aliases.map((a) => a.text), ['Pakistani', 'Pakistanis'])
})

test('plurals of demonyms', () => {
  assert.deepEqual(['Pakistani', 'French', 'Chinese', 'Swiss', 'American'].map(demonymPlural), ['Pakistanis', null, null, null, 'Americans'])
})
