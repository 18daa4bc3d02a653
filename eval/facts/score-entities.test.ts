import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Entity, EntityType } from '../../src/report/schema.ts'
import { sampleGold, sampleSpan } from './sample-gold.ts'
import { isNamedMention, scoreEntities } from './score-entities.ts'

function entity(id: string, type: EntityType, ...mentions: [string, number?][]): Entity {
  return { id, type, name: mentions[0][0], aliases: [], kb: null, mentions: mentions.map(([text, n]) => sampleSpan(text, n)) }
}

const row = (rows: { id: string; gold: number; predicted: number; matched: number }[], id: string) => {
  const { gold, predicted, matched } = rows.find((r) => r.id === id)!
  return { gold, predicted, matched }
}

test('a mention counts exactly only with the gold span and type; overlap and type-blind rows are more lenient', () => {
  const found = [
    entity('e1', 'location', ['Estonia']),
    entity('e2', 'organization', ['the Ministry of Defence']),
    entity('e3', 'person', ['Liis Tamm'], ['Tamm', 1]),
    entity('e4', 'location', ['Russian']),
    entity('e5', 'person', ['Monday']),
  ]
  const { rows, errors } = scoreEntities(sampleGold(), found)
  assert.deepEqual(row(rows, 'exact'), { gold: 7, predicted: 6, matched: 3 })
  assert.deepEqual(row(rows, 'overlap'), { gold: 7, predicted: 6, matched: 4 })
  assert.deepEqual(row(rows, 'detected'), { gold: 7, predicted: 6, matched: 5 })
  assert.deepEqual(row(rows, 'exact:person'), { gold: 2, predicted: 3, matched: 2 })
  assert.deepEqual(errors, [
    'missed location "TALLINN"',
    'boundary: gold organization "Ministry of Defence", found organization "the Ministry of Defence"',
    'wrong type: gold nationality "Russian", found location "Russian"',
    'missed nationality "Estonian"',
    'spurious person "Monday"',
  ])
})

test('pronouns and common nouns are left out of the score, not counted as false alarms', () => {
  assert.equal(isNamedMention('she'), false)
  assert.equal(isNamedMention('the ministry'), false)
  assert.equal(isNamedMention('the Ministry'), true)
  const { rows, unscored } = scoreEntities(sampleGold(), [entity('e1', 'person', ['Liis Tamm'], ['said'])])
  assert.equal(unscored, 1)
  assert.deepEqual(row(rows, 'exact'), { gold: 7, predicted: 1, matched: 1 })
})
