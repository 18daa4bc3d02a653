import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { VerbFormKind } from '../../../knowledge/cameo/verb-forms.ts'
import type { Entity } from '../../../report/schema.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { indexMentions } from './mentions.ts'
import { readsAsVerb } from './verb-use.ts'

function verb(text: string, word: string, kind: VerbFormKind, names: Record<string, Entity['type']> = {}): string {
  const tokens = tokenize(text)
  const entities: Entity[] = Object.entries(names).map(([name, type], k) => {
    const start = text.indexOf(name)
    return { id: `e${k + 1}`, type, name, aliases: [], kb: null, mentions: [{ start, end: start + name.length, text: name }] }
  })
  const at = tokens.findIndex((t) => t.text === word)
  const reading = readsAsVerb(tokens, at, kind, indexMentions(tokens, entities), 0)
  return reading ? (reading.passive ? 'passive verb' : 'verb') : 'noun'
}

test('inflected forms English also uses as nouns read as verbs only in verbal company', () => {
  assert.equal(verb('Russia attacks Kyiv', 'attacks', 's', { Russia: 'location', Kyiv: 'location' }), 'verb')
  assert.equal(verb('the attacks on Kyiv', 'attacks', 's'), 'noun')
  assert.equal(verb('NATO forces shelled the town', 'forces', 's', { NATO: 'organization' }), 'noun')
  assert.equal(verb('The ministry says that it will respond', 'says', 's'), 'verb')
  assert.equal(verb('They will attack at dawn', 'attack', 'base'), 'verb')
  assert.equal(verb('an attack at dawn', 'attack', 'base'), 'noun')
  assert.equal(verb('after the meeting ended', 'meeting', 'ing'), 'noun')
  assert.equal(verb('after meeting the president', 'meeting', 'ing'), 'verb')
  assert.equal(verb('the detained activists', 'detained', 'ed'), 'noun')
  assert.equal(verb('Kharkiv was shelled overnight', 'shelled', 'ed', { Kharkiv: 'location' }), 'passive verb')
})

test('"calls on", "appeals for" after a name are appeals; without the name or the particle, plural nouns', () => {
  assert.equal(verb('Poland calls on NATO to deploy troops', 'calls', 's', { Poland: 'location', NATO: 'organization' }), 'verb')
  assert.equal(verb('The EU appeals for calm', 'appeals', 's', { EU: 'organization' }), 'verb')
  assert.equal(verb('The calls for calm grew', 'calls', 's'), 'noun')
  assert.equal(verb("Poland's calls for troops went unanswered", 'calls', 's', { Poland: 'location' }), 'noun')
  assert.equal(verb('Poland calls and letters', 'calls', 's', { Poland: 'location' }), 'noun')
})

test('"and call on" joins an appeal to the verb before it; "and calls for" stays a plural noun', () => {
  assert.equal(verb('We condemn the attack and call on the OSCE to act', 'call', 'base', { OSCE: 'organization' }), 'verb')
  assert.equal(verb('The attacks and calls for restraint continued', 'calls', 's'), 'noun')
  assert.equal(verb('Protests and call centres closed', 'call', 'base'), 'noun')
})
