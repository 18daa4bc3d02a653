import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../../../text/tokenize.ts'
import { ACRONYM_LIKE, CAPITALISED, HYPHENATED, RUN_WORD, tokenClasses, UPPER, WORD } from './token-classes.ts'

test('each token gets its classes once per document', () => {
  const tokens = tokenize('NATO met al-Assad in Kurdish-led areas, said U.S. officials.')
  const classes = tokenClasses(tokens)
  assert.equal(tokenClasses(tokens), classes)
  const of = (text: string) => classes[tokens.findIndex((t) => t.text === text)]
  assert.equal(of('NATO'), WORD | CAPITALISED | UPPER | RUN_WORD | ACRONYM_LIKE)
  assert.equal(of('met'), WORD)
  assert.equal(of('al-Assad'), WORD | RUN_WORD | HYPHENATED)
  assert.equal(of('Kurdish-led'), WORD | CAPITALISED | RUN_WORD | HYPHENATED)
  assert.equal(of('U.S.') & (UPPER | ACRONYM_LIKE), UPPER | ACRONYM_LIKE)
  assert.equal(of(',') & WORD, 0)
})
