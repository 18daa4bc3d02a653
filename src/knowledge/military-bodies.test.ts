import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadKnowledgeBase } from './load-kb.ts'
import { isMilitaryBody, MILITARY_ALLIANCE_IDS } from './military-bodies.ts'

test('every military alliance listed is an organisation of the shipped knowledge base', () => {
  const kb = loadKnowledgeBase()
  for (const id of MILITARY_ALLIANCE_IDS) assert.equal(kb.get(id)?.type, 'organization', id)
})

test('alliances and armed forces are military bodies; other organisations and places are not', () => {
  assert.ok(isMilitaryBody('petrarch:IGOWSTNAT'))
  assert.ok(isMilitaryBody('org:intl-csto'))
  assert.ok(isMilitaryBody('petrarch:ISRMIL'))
  assert.ok(isMilitaryBody('petrarch:USAMIL/us-army'), 'a service filed under its country\'s armed forces')
  assert.equal(isMilitaryBody('petrarch:USAGOV/national-security-council'), false)
  assert.equal(isMilitaryBody('petrarch:IGOEUREEC'), false)
  assert.equal(isMilitaryBody('petrarch:IGOCAS'), false)
  assert.equal(isMilitaryBody('country:EST'), false)
  assert.equal(isMilitaryBody('org:some-MIL'), false, 'only PETRARCH codes carry the MIL role')
})
