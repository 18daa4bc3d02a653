import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createAnalyzer } from '../../../engine/engine.ts'
import { createEntitiesAnalyzer } from '../entities.ts'

const rules = createAnalyzer({ analyzers: [createEntitiesAnalyzer({ nerModel: false })] })

/** The entities of a text as "type name kb-id | mentions". */
const entities = (text: string) => rules.analyze(text).entities.map((e) => `${e.type} ${e.name} ${e.kb?.id ?? '–'} | ${e.mentions.map((m) => m.text).join(', ')}`)

describe('a country\'s own security council', () => {
  test('after a country\'s possessive, or with a country after "of", it is no UN body', () => {
    assert.deepEqual(entities("Armenia's Security Council said on Thursday it would review the deal."), [
      'location Armenia country:ARM | Armenia',
      'organization Security Council – | Security Council',
    ])
    assert.deepEqual(entities('The Security Council of Kyrgyzstan met in Bishkek.'), [
      'organization Security Council – | Security Council',
      'location Kyrgyzstan country:KGZ | Kyrgyzstan',
      'location Bishkek city:geonames:1528675 | Bishkek',
    ])
  })

  test('after a nationality it is one name with it', () => {
    assert.deepEqual(entities('The Armenian Security Council met on Friday.'), ['organization Armenian Security Council – | Armenian Security Council'])
  })

  test('alone, it is the UN\'s only where the text speaks of the UN', () => {
    assert.deepEqual(entities('The Security Council met in the capital to discuss the border.'), ['organization Security Council – | Security Council'])
    assert.deepEqual(entities('At the United Nations, the Security Council met on Friday.'), [
      'organization United Nations petrarch:IGOUNO | United Nations',
      'organization Security Council petrarch:IGOUNO/security-council | Security Council',
    ])
  })

  test('a country\'s body and the UN\'s in one text are two entities', () => {
    assert.deepEqual(entities("Armenia's Security Council met. Later the UN Security Council met, and the Security Council voted."), [
      'location Armenia country:ARM | Armenia',
      'organization Security Council – | Security Council',
      'organization UN Security Council petrarch:IGOUNO/security-council | UN Security Council, Security Council',
    ])
  })

  test('another country\'s national security council is not the one the knowledge base knows', () => {
    assert.deepEqual(entities("Pakistan's National Security Council met on Monday in Islamabad to discuss the attack."), [
      'location Pakistan country:PAK | Pakistan',
      'organization National Security Council – | National Security Council',
      'location Islamabad city:geonames:1176615 | Islamabad',
    ])
  })
})

describe('bodies with names of their own keep their link', () => {
  test('a country\'s possessive before the European Union or the UN\'s own name', () => {
    assert.deepEqual(entities("Ukraine's European Union bid and Kenya's UN Security Council seat were discussed."), [
      'location Ukraine country:UKR | Ukraine',
      'organization European Union petrarch:IGOEUREEC | European Union',
      'location Kenya country:KEN | Kenya',
      'organization UN Security Council petrarch:IGOUNO/security-council | UN Security Council',
    ])
  })

  test('a body of the country the knowledge base knows it for', () => {
    assert.deepEqual(entities("On Monday, America's National Security Council met to discuss the attack."), [
      'location United States country:USA | America',
      'organization National Security Council petrarch:USAGOV/national-security-council | National Security Council',
    ])
  })
})
