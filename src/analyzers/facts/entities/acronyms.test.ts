import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../../../text/tokenize.ts'
import { acronymAfter, acronymLetters, isAcronymOf, longFormAfter } from './acronyms.ts'

test('acronym tokens', () => {
  assert.deepEqual(['SCO', 'U.N.', 'AT&T', 'Nato', 'A', 'NGOs'].map((text) => acronymLetters(tokenize(text)[0])), ['SCO', 'UN', 'ATT', null, null, null])
})

test('an acronym spells the initials of a name, small words skipped', () => {
  assert.equal(isAcronymOf('SCO', ['Shanghai', 'Cooperation', 'Organisation']), true)
  assert.equal(isAcronymOf('OIC', ['Organisation', 'of', 'Islamic', 'Cooperation']), true)
  assert.equal(isAcronymOf('SCO', ['Security', 'Council']), false)
})

test('"Name (ACR)", quote marks around the name allowed', () => {
  const tokens = tokenize('the ‘Shanghai Cooperation Organisation’ (SCO) met')
  assert.equal(tokens[acronymAfter(tokens, 2, 5)].text, 'SCO')
  assert.equal(acronymAfter(tokens, 3, 5), -1, 'initials must match')
})

test('"ACR (Long Form)"', () => {
  const tokens = tokenize('the SCO (Shanghai Cooperation Organisation) met')
  const range = longFormAfter(tokens, 1, tokens.length)
  assert.deepEqual(range && tokens.slice(...range).map((t) => t.text), ['Shanghai', 'Cooperation', 'Organisation'])
  assert.equal(longFormAfter(tokenize('the SCO (in Astana) met'), 1, 7), null)
})
