import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Entity, Quote } from '../../src/report/schema.ts'
import { sampleGold, sampleSpan } from './sample-gold.ts'
import { scoreQuotes } from './score-quotes.ts'

function quote(text: string, direct: boolean, speaker: string | null, entity: string | null = null): Quote {
  return { ...sampleSpan(text), direct, speaker: speaker === null ? null : { name: speaker, entity, role: null } }
}

const tamm: Entity = { id: 'e1', type: 'person', name: 'Liis Tamm', aliases: [], kb: null, mentions: [sampleSpan('Liis Tamm')] }

test('a quote is found when it covers half of the gold span and is half covered by it', () => {
  const found = [
    quote('“We stand together,”', true, 'Tamm'),
    quote('Russian aircraft violated', false, 'she', 'e1'),
    quote('called up about 2,000 reservists on Monday, the Ministry of Defence said', false, 'Ministry of Defence'),
  ]
  const { rows, errors } = scoreQuotes(sampleGold(), found, [tamm])
  assert.deepEqual(
    rows.map((r) => [r.id, r.gold, r.predicted, r.matched]),
    [
      ['found', 3, 3, 2],
      ['speaker', 3, 3, 2],
      ['direct', 1, 1, 1],
      ['indirect', 2, 2, 1],
    ],
  )
  assert.deepEqual(errors, [
    'missed indirect quote "Russian aircraft violated Estonian airspace twice last week" (Liis Tamm)',
    'spurious indirect quote "Russian aircraft violated" (she)',
  ])
})

test('the speaker matches by name, surname or the linked entity, case-insensitively', () => {
  const gold = sampleGold()
  const speakerMatches = (q: Quote) => scoreQuotes(gold, [q], [tamm]).rows.find((r) => r.id === 'speaker')!.matched
  assert.equal(speakerMatches(quote('We stand together,', true, 'TAMM')), 1)
  assert.equal(speakerMatches(quote('We stand together,', true, 'Defence Minister Liis Tamm')), 1)
  assert.equal(speakerMatches(quote('We stand together,', true, 'she', 'e1')), 1)
  assert.equal(speakerMatches(quote('We stand together,', true, 'Kaja Tamme')), 0)
  assert.equal(speakerMatches(quote('We stand together,', true, null)), 0)
})

test('a gold quote without a speaker accepts no speaker or a description that names nobody', () => {
  const gold = sampleGold({ quotes: [{ text: 'We stand together,', direct: true, speaker: null }] })
  const speakerMatches = (q: Quote) => scoreQuotes(gold, [q], []).rows.find((r) => r.id === 'speaker')!.matched
  assert.equal(speakerMatches(quote('We stand together,', true, null)), 1)
  assert.equal(speakerMatches(quote('We stand together,', true, 'a ministry official')), 1)
  assert.equal(speakerMatches(quote('We stand together,', true, 'Liis Tamm')), 0)
})

test('a direct quote found as reported speech is found, but not counted as a direct quote', () => {
  const { rows } = scoreQuotes(sampleGold(), [quote('We stand together,', false, 'Liis Tamm')], [])
  assert.deepEqual(rows.filter((r) => r.id === 'found' || r.id === 'direct').map((r) => r.matched), [1, 0])
})
