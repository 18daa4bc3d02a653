import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Entity, EventFinding } from '../../src/report/schema.ts'
import { sampleGold, sampleSpan } from './sample-gold.ts'
import { cameoRoot, scoreEvents } from './score-events.ts'

const entities: Entity[] = [
  { id: 'e1', type: 'location', name: 'Estonia', aliases: [], kb: null, mentions: [sampleSpan('Estonia')] },
  { id: 'e2', type: 'nationality', name: 'Russia', aliases: ['Russian'], kb: null, mentions: [sampleSpan('Russian')] },
]

function event(cameo: string, evidence: string, trigger: string | null, actor: string | null): EventFinding {
  return {
    ...sampleSpan(evidence),
    cameo,
    label: '',
    quadClass: 1,
    goldstein: 0,
    actor,
    target: null,
    location: null,
    participants: [],
    amount: null,
    date: null,
    background: false,
    ...(trigger ? { trigger: sampleSpan(trigger) } : {}),
  }
}

test('the CAMEO root of a code is its first two digits', () => {
  assert.deepEqual(['154', '15', '0231', '20'].map(cameoRoot), ['15', '15', '02', '20'])
})

test('an event matches on its root and a trigger or evidence span over the gold trigger; the actor is a row of its own', () => {
  const found = [
    event('154', 'Estonia called up about 2,000 reservists', 'called', 'e1'),
    event('190', 'Russian aircraft violated Estonian airspace', 'violated', 'e2'),
    event('010', 'the Ministry of Defence said', 'said', null),
  ]
  const { rows, errors } = scoreEvents(sampleGold(), found, entities)
  assert.deepEqual(Object.fromEntries(rows.map((r) => [r.id, [r.gold, r.predicted, r.matched]])), {
    root: [2, 3, 1],
    'root-without-010': [2, 2, 1],
    'root+actor': [2, 3, 1],
    'root+background': [2, 3, 1],
    position: [2, 3, 2],
  })
  assert.deepEqual(errors, ['wrong root for 15 "violated" (Russian): found 190 "violated"', 'spurious event 010 "said"'])
})

test('without a trigger, the evidence span must cover the gold trigger; a wrong actor is reported', () => {
  const found = [event('15', 'Russian aircraft violated Estonian airspace', null, 'e1')]
  const { rows, errors } = scoreEvents(sampleGold(), found, entities)
  assert.deepEqual(rows.map((r) => r.matched), [1, 1, 0, 1, 1])
  assert.deepEqual(errors, ['missed event 15 "called up" (Estonia)', 'wrong actor for 15 "violated" (Russian): found Estonia'])
})

test('events that share a trigger are paired by their actors', () => {
  const gold = sampleGold({
    events: [
      { cameo: '11', trigger: 'violated', actor: 'Estonia', target: 'Russian', location: null, background: false },
      { cameo: '11', trigger: 'violated', actor: 'Russian', target: 'Estonia', location: null, background: false },
    ],
  })
  const { rows } = scoreEvents(gold, [event('112', 'violated', 'violated', 'e2')], entities)
  assert.deepEqual(rows.filter((r) => r.id === 'root' || r.id === 'root+actor').map((r) => r.matched), [1, 1])
})
