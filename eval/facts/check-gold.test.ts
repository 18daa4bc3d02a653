import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkGold } from './check-gold.ts'
import type { GoldFile } from './gold-format.ts'
import { resolveGold } from './gold-set.ts'

const filler = ' Officials gave no further details.'.repeat(30)
const text = `Finland's Foreign Ministry said the hub was "purely logistical", and Volkova said it was "another invention".${filler}`

function file(overrides: Partial<GoldFile>): GoldFile {
  return { id: 'sample', title: 't', issuer: 'i', kind: 'k', published: '2024-03-21', entities: [], quotes: [], amounts: [], dates: [], events: [], ...overrides }
}

test('a consistent document has no problems', () => {
  const doc = resolveGold(
    file({
      entities: [
        { name: 'Finland', type: 'location', mentions: ['Finland'] },
        { name: 'Finnish Foreign Ministry', type: 'organization', mentions: ['Foreign Ministry'] },
        { name: 'Irina Volkova', type: 'person', mentions: ['Volkova'] },
      ],
      quotes: [
        { text: 'the hub was "purely logistical"', direct: false, speaker: 'Finnish Foreign Ministry' },
        { text: 'purely logistical', direct: true, speaker: 'Finnish Foreign Ministry' },
      ],
      events: [{ cameo: '01', trigger: 'said', actor: 'Finnish Foreign Ministry', target: null, location: 'Finland', background: false }],
    }),
    text,
  )
  assert.deepEqual(checkGold(doc), [])
})

test('possessives, quotation marks, overlaps and unknown names are reported', () => {
  const doc = resolveGold(
    file({
      published: '2024-02-30',
      entities: [
        { name: 'Finland', type: 'location', mentions: ["Finland's"] },
        { name: 'Finnish Foreign Ministry', type: 'organization', mentions: ["Finland's Foreign Ministry"] },
      ],
      quotes: [
        { text: '"purely logistical"', direct: true, speaker: 'Finnish Foreign Ministry' },
        { text: 'another invention', direct: true, speaker: 'Irina Volkova' },
      ],
      amounts: [{ text: 'hub', value: 1, max: 2, qualifier: 'exact', unit: null }],
      dates: [{ text: 'gave', resolved: '2024-13' }],
      events: [{ cameo: '11', trigger: 'said', actor: null, target: null, location: 'Finnish Foreign Ministry', background: false }],
    }),
    text,
  )
  assert.deepEqual(checkGold(doc), [
    'published 2024-02-30 is not a calendar date',
    `mention "Finland's" at 0 keeps the possessive 's`,
    `mentions "Finland's" at 0 and "Finland's Foreign Ministry" at 0 overlap`,
    'quote "\\"purely logistical\\"" at 44 includes a quotation mark',
    'speaker of quote "another invention" at 90 "Irina Volkova" is not the name of a gold entity',
    'amount "hub" at 36: a range needs a max, and only a range has one',
    'date "gave" at 120 resolves to 2024-13, not a calendar date',
    'location of event 11 "said" at 27 "Finnish Foreign Ministry" has type organization, not location',
  ])
})

test('a text outside 150 to 400 words is reported', () => {
  const doc = resolveGold(file({}), 'Too short.')
  assert.deepEqual(checkGold(doc), ['the text has 2 words; keep it between 150 and 400'])
})
