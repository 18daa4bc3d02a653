import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../../text/tokenize.ts'
import { cueKey, cueKeys } from './cue-key.ts'

test('cue keys fold case, apostrophes and hyphens, and keep full stops', () => {
  assert.equal(cueKey('So‑Called'), 'so-called')
  assert.equal(cueKey('There’s'), "there's")
  assert.equal(cueKey('U.S.'), 'u.s.')
  assert.equal(cueKey('REGIME'), 'regime')
})

test('cueKeys gives each token its key, the same string for the same word', () => {
  const tokens = tokenize('The REGIME’s so‑called plan; the regime’s plan.')
  const keys = cueKeys(tokens)
  assert.deepEqual(keys, tokens.map((t) => cueKey(t.text)))
  assert.deepEqual(cueKeys([]), [])
  const again = cueKeys(tokenize('the'))
  assert.equal(again[0], keys[0])
})
