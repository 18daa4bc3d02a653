import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadKnowledgeBase } from '../../../knowledge/load-kb.ts'
import { splitSentences } from '../../../text/sentences.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { affiliationPlaces } from './affiliations.ts'

const kb = loadKnowledgeBase()

/** The places of the affiliations of a text, as "written → knowledge-base id". */
function places(text: string): string[] {
  const tokens = tokenize(text)
  return splitSentences(text, tokens).flatMap((s) => affiliationPlaces(text, tokens, s, kb)).map((p) => `${text.slice(...(p.chars ?? [tokens[p.start].start, tokens[p.end - 1].end]))} → ${p.entry >= 0 ? kb.entry(p.entry).id : '–'}`)
}

test('a US state after the party letter, in every way releases write it', () => {
  assert.deepEqual(places('Rep. Elena Martinez (D-N.M.), Tom Harlan (R-Ohio), Ro Khanna (D-Calif.), Jo Lee (D-CA-12) and Sen. Bernie Sanders (I-Vt.) spoke.'), [
    'N.M. → us-state:NM', 'Ohio → us-state:OH', 'Calif. → us-state:CA', 'CA → us-state:CA', 'Vt. → us-state:VT',
  ])
})

test('a British seat after a party the knowledge base knows', () => {
  assert.deepEqual(places('Members: Mark Francois MP (Conservative, Rayleigh and Wickford), Helen Maguire MP (Liberal Democrat, Epsom and Ewell).'), [
    'Rayleigh and Wickford → –', 'Epsom and Ewell → –',
  ])
})

test('invalid: brackets that hold no affiliation', () => {
  assert.deepEqual(places('The Office (OFAC) acted, Acme (Berlin, Paris) grew, and Dr. Lee (see above, Figure 2) and Unit (X-Ray) stayed.'), [])
})

/** Each European Parliament country code found, as "CODE → country name". */
function codes(text: string): string[] {
  const tokens = tokenize(text)
  return splitSentences(text, tokens)
    .flatMap((s) => affiliationPlaces(text, tokens, s, kb))
    .filter((p) => p.entry >= 0 && kb.entry(p.entry).id.startsWith('country:'))
    .map((m) => `${tokens[m.start].text} → ${kb.entry(m.entry).name}`)
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
