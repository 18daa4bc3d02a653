import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { test } from 'node:test'
import { AREAS } from './areas.ts'
import { ARMED_GROUPS } from './armed-groups.ts'
import { COUNTRY_ALIASES, DEMONYM_ALIASES, DEMONYM_OWNERS } from './country-aliases.ts'
import { IDENTITIES } from './identities.ts'
import { ORGANISATIONS } from './organisations.ts'
import { REGIONS } from './regions.ts'
import { US_STATES } from './us-states.ts'

const countryCodes = new Set((createRequire(import.meta.url)('world-countries/countries.json') as { cca3: string }[]).map((c) => c.cca3))

test('every hand-written entry has a unique key, a name and a note on its source', () => {
  for (const [label, list] of Object.entries({ REGIONS, AREAS, IDENTITIES, US_STATES, ORGANISATIONS, ARMED_GROUPS })) {
    const keys = new Set<string>()
    for (const entry of list) {
      assert.ok(!keys.has(entry.key), `${label}: ${entry.key} twice`)
      keys.add(entry.key)
      assert.ok(entry.name.trim() && entry.note.length > 10, `${label}: ${entry.key} needs a name and a note`)
      if (entry.country) assert.ok(countryCodes.has(entry.country), `${label}: ${entry.key} names an unknown country ${entry.country}`)
    }
  }
  assert.equal(US_STATES.length, 50)
})

test('hand-written country aliases and demonyms point at real countries', () => {
  for (const code of [...Object.keys(COUNTRY_ALIASES), ...Object.keys(DEMONYM_ALIASES), ...Object.values(DEMONYM_OWNERS)]) assert.ok(countryCodes.has(code), code)
})
