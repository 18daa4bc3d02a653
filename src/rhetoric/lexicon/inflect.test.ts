import assert from 'node:assert/strict'
import { test } from 'node:test'
import { nounForms, verbForms } from './inflect.ts'

test('nouns take -s, -es or -ies, and -man becomes -men', () => {
  assert.deepEqual(nounForms('puppet'), ['puppet', 'puppets'])
  assert.deepEqual(nounForms('policy'), ['policy', 'policies'])
  assert.deepEqual(nounForms('hoax'), ['hoax', 'hoaxes'])
  assert.deepEqual(nounForms('henchman'), ['henchman', 'henchmen'])
  assert.deepEqual(nounForms('U.S.'), ['U.S.'])
})

test('verbs take the regular endings, doubling the last consonant of short words', () => {
  assert.deepEqual(verbForms('destroy'), ['destroy', 'destroys', 'destroyed', 'destroying'])
  assert.deepEqual(verbForms('invade'), ['invade', 'invades', 'invaded', 'invading'])
  assert.deepEqual(verbForms('bury'), ['bury', 'buries', 'buried', 'burying'])
  assert.deepEqual(verbForms('ban'), ['ban', 'bans', 'banned', 'banning'])
  assert.deepEqual(verbForms('threaten'), ['threaten', 'threatens', 'threatened', 'threatening'])
})
