import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readPetrarchAgents } from './petrarch-agents.ts'

test('expands substitution sets, explicit and regular plurals', () => {
  const text = `# agents
!MINIST! = MINISTER, MINISTRY
ARMY [~MIL]
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
!MINIST!_OF_DEFENCE  [~GOVMIL]
POLICE {} [~COP]
`
  assert.deepEqual(readPetrarchAgents(text), [
    'ARMY',
    'ARMIES',
    'CHAMBER OF COMMERCE',
    'CHAMBERS OF COMMERCE',
    'MINISTER OF DEFENCE',
    'MINISTRY OF DEFENCE',
    'POLICE',
  ])
})
