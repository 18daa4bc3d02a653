import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadKnowledgeBase } from '../../../knowledge/load-kb.ts'
import { splitSentences } from '../../../text/sentences.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { affiliationCodes } from './affiliation-codes.ts'

const kb = loadKnowledgeBase()

/** Each country code found, as "CODE → country name". */
function codes(text: string): string[] {
  const tokens = tokenize(text)
  return splitSentences(text, tokens).flatMap((s) => affiliationCodes(tokens, s, kb).map((m) => `${tokens[m.start].text} → ${kb.entry(m.entry).name}`))
}

test('the country code after a member\'s group is that country, in the EU\'s spelling too', () => {
  assert.deepEqual(codes('"Every delay costs lives," said rapporteur Michael Gahler (EPP, DE).'), ['DE → Germany'])
  assert.deepEqual(codes('Marina Kaljurand (S&D, EE) and Thierry Mariani (PfE, FR) spoke.'), ['EE → Estonia', 'FR → France'])
  assert.deepEqual(codes('Elena Kountoura (The Left, EL) and Anthea Example (ECR, UK) voted against.'), ['EL → Greece', 'UK → United Kingdom'])
})

test('invalid: two capitals that are no affiliation\'s country code', () => {
  assert.deepEqual(codes('The figures (see table, DE) are provisional.'), [], 'the bracket follows no name')
  assert.deepEqual(codes('Michael Gahler (DE) spoke.'), [], 'no group before the code')
  assert.deepEqual(codes('Michael Gahler (EPP, XX) spoke.'), [], 'no country has the code')
  assert.deepEqual(codes('Michael Gahler (EPP, DE, rapporteur) spoke.'), [], 'the code does not close the bracket')
})
