import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createAnalyzer } from '../../../engine/engine.ts'
import { createEntitiesAnalyzer } from '../entities.ts'

const rules = createAnalyzer({ analyzers: [createEntitiesAnalyzer({ nerModel: false })] })

/** The entities of a text as "name | mentions". */
const entities = (text: string) => rules.analyze(text).entities.map((e) => `${e.name} | ${e.mentions.map((m) => m.text).join(', ')}`)

describe('"the Army", "the Navy" after a service named in full', () => {
  test('refer back to the one service named before', () => {
    assert.deepEqual(entities('The U.S. Army will field the weapon. The Army said the first battery was ready.'), ['U.S. Army | U.S. Army, Army'])
  })

  test('refer to none when two services of that name came before', () => {
    assert.deepEqual(entities('The Indian Navy and the Royal Navy sailed together; the Navy said nothing more.'), ['Indian Navy | Indian Navy', 'Royal Navy | Royal Navy', 'Navy | Navy'])
  })
})
