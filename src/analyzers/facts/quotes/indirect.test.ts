import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../../../text/tokenize.ts'
import { indirectHints } from './indirect.ts'

const hinted = (text: string) => {
  const tokens = tokenize(text)
  return indirectHints(text, tokens).map((v) => tokens[v].text)
}

test('reported speech is looked for at whole reporting verbs and "according"', () => {
  assert.deepEqual(hinted('Lavrov said that the talks had ended, according to TASS.'), ['said', 'according'])
  assert.deepEqual(hinted('According to the ministry, troops stated nothing.'), ['According', 'stated'])
})

test('other spellings and parts of longer words are no hints', () => {
  assert.deepEqual(hinted('He SAID it. Said the man. unsaid said_x'), [])
})
