import assert from 'node:assert/strict'
import { test } from 'node:test'
import { cityEntries, type GeoNamesCity } from './cities.ts'
import { testWords } from './test-support/english-words.ts'

const city = (cityId: number, name: string, country: string, population: number, featureCode = 'PPL'): GeoNamesCity => ({ cityId, name, country, population, featureCode })

const CITIES = [
  city(2988507, 'Paris', 'FR', 2138551, 'PPLC'),
  city(2990440, 'Nice', 'FR', 338620),
  city(2639577, 'Reading', 'GB', 318014),
  city(4076598, 'Mobile', 'US', 194288),
  city(1282027, 'Male', 'MV', 103693, 'PPLC'),
  city(2078025, 'Darwin', 'AU', 129062),
  city(2147714, 'Sydney', 'AU', 4627345),
  city(1880252, 'Singapore', 'SG', 3547809, 'PPLC'),
  city(703448, 'Kyiv', 'UA', 2797553, 'PPLC'),
  city(3020035, 'Évry', 'FR', 50000),
  city(611717, 'Tbilisi', 'GE', 1049498, 'PPLC'),
]

test('large cities and capitals, less the names that are mostly something else', () => {
  const entries = cityEntries(CITIES, {
    minPopulation: 100_000,
    capitals: new Map(),
    alpha3: new Map([['FR', 'FRA'], ['AU', 'AUS'], ['UA', 'UKR'], ['GE', 'GEO'], ['SG', 'SGP']]),
    countryNames: new Set(['singapore']),
    words: testWords,
  })
  assert.deepEqual(entries.map((e) => e.name), ['Sydney', 'Kyiv', 'Paris', 'Tbilisi'])
  const kyiv = entries[1]
  assert.equal(kyiv.id, 'city:geonames:703448')
  assert.equal(kyiv.country, 'UKR')
  assert.deepEqual(kyiv.aliases.map((a) => a.text), ['Kyiv', 'Kiev'])
  assert.equal(kyiv.population, 2797553)
})
