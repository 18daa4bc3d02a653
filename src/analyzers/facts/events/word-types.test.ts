import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../../../text/tokenize.ts'
import { loadEventResources } from '../events.ts'

const { wordTypes } = loadEventResources()

test('a token reads as its slice of the lower-cased document', () => {
  for (const text of ['Russia SHELLED Kharkiv.', 'ΟΔΟΣ ΑΣ and ΟΔΟΣΑ', 'İstanbul ΟΔΟΣ said', 'No capitals at all']) {
    const tokens = tokenize(text)
    const lowered = text.toLowerCase()
    const types = wordTypes.forDocument(text, tokens)
    tokens.forEach((t, i) => {
      const expected = lowered.length === text.length ? lowered.slice(t.start, t.end) : t.text.toLowerCase()
      assert.equal(types[i].lower, expected, `${text}: ${t.text}`)
      assert.equal(types[i].own, t.text.toLowerCase(), `${text}: ${t.text}`)
    })
  }
})

test('a word type knows its trigger flags and dictionary forms', () => {
  const shelled = wordTypes.get('Shelled')
  assert.equal(shelled.lower, 'shelled')
  assert.ok(shelled.flags > 0)
  assert.ok(shelled.forms && shelled.forms.length > 0)
  assert.equal(wordTypes.get('zzzz').flags, 0)
})
