import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createAnalyzer } from '../../../engine/engine.ts'
import { createEntitiesAnalyzer } from '../entities.ts'

const rules = createAnalyzer({ analyzers: [createEntitiesAnalyzer({ nerModel: false })] })

/** The knowledge-base link of every mention written `name`. */
const linksOf = (text: string, name: string) => rules.analyze(text).entities.filter((e) => e.mentions.some((m) => m.text === name)).map((e) => e.kb?.id ?? '–')

describe('a name several places share', () => {
  test('the places of its own sentence and the next decide before the rest of the document', () => {
    const text = 'Officials in Washington met on Monday, and Washington and Seattle sent envoys. The talks lasted two days. In Georgia, the opposition called for protests in Tbilisi. The rally was peaceful.'
    assert.deepEqual(linksOf(text, 'Georgia'), ['country:GEO'])
  })

  test('with no place near it, the document decides', () => {
    const text = 'Officials in Atlanta and Savannah met on Monday. The budget passed after a long debate in the chamber. Georgia will pay for the new roads. The vote was close.'
    assert.deepEqual(linksOf(text, 'Georgia'), ['us-state:GA'])
  })

  test('a place and a comma before it decide over the places near it', () => {
    assert.deepEqual(linksOf('Envoys from Tbilisi met the governor in Atlanta, Georgia, on Friday.', 'Georgia'), ['us-state:GA'])
  })
})
