import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readPetrarchActors } from './petrarch-actors.ts'

// Written in the dictionaries' format; the entries are illustrative.
const sample = `# a comment line
FREEDONIA_  [FRD]
+FREEDONIAN_
+FREEDONIA_CITY_ # the capital

# National institutions
FREEDONIAN_ARMED_FORCES
+FAF
\t[FRDMIL]

PRESIDENT_RUFUS_FIREFLY_  # CountryInfo.txt
+FIREFLY_
\t[FRDGOV 330101-331231]
THE_SYLVANIAN_LIBERATION_FRONT_(SLF)_ [SYLREB]
`

test('tells people, places and organisations apart by their codes and notes', () => {
  assert.deepEqual(readPetrarchActors(sample, { countryCodesArePlaces: true }), [
    { names: ['FREEDONIA', 'FREEDONIAN', 'FREEDONIA CITY'], kind: 'place' },
    { names: ['FREEDONIAN ARMED FORCES', 'FAF'], kind: 'organisation' },
    { names: ['RUFUS FIREFLY', 'FIREFLY'], kind: 'person' },
    { names: ['SYLVANIAN LIBERATION FRONT'], kind: 'organisation' },
  ])
})

test('outside the countries dictionary a three-letter code is not a country', () => {
  assert.deepEqual(readPetrarchActors('AMNESTY_INTERNATIONAL_ [NGO]\n'), [{ names: ['AMNESTY INTERNATIONAL'], kind: 'organisation' }])
})
