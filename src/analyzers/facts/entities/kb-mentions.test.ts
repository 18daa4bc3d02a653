import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createAnalyzer } from '../../../engine/engine.ts'
import { createEntitiesAnalyzer } from '../entities.ts'

const rules = createAnalyzer({ analyzers: [createEntitiesAnalyzer({ nerModel: false })] })

/** The entities of a text as "type name kb-id". */
const entities = (text: string) => rules.analyze(text).entities.map((e) => `${e.type} ${e.name} ${e.kb?.id ?? '–'}`)

describe('armed groups whose names are ordinary English words', () => {
  test('found where the sentence speaks of armed groups', () => {
    assert.deepEqual(entities('Police said the Lightning militants had claimed the bombing.'), ['group Lightning petrarch:SASREB/al-barq'])
  })

  test('not found in an ordinary sentence, nor in a weapon\'s name', () => {
    assert.deepEqual(entities('The jets were named after Lightning, the squadron said.'), [])
    assert.deepEqual(entities('Four F-35B Lightning II jets landed at the base.'), ['other F-35B Lightning II –'])
  })

  test('a group with a name of its own needs no such words', () => {
    assert.deepEqual(entities('The statement was issued by Hezbollah on Sunday.').map((e) => e.split(' ')[0]), ['group'])
  })
})

describe('armed services', () => {
  test('a service is a body of its own, not the ministry or the forces it belongs to', () => {
    assert.deepEqual(entities('The Department of Defense said the U.S. Army would send engineers.'), [
      'organization Department of Defense petrarch:USAMIL',
      'organization U.S. Army petrarch:USAMIL/us-army',
    ])
    assert.deepEqual(entities('The Royal Navy and the Royal Air Force will escort the convoy.'), [
      'organization Royal Navy petrarch:GBRMIL/royal-navy',
      'organization Royal Air Force petrarch:GBRMIL/royal-air-force',
    ])
  })

  test('"RAF" is the service, but no part of a base named after a place', () => {
    assert.deepEqual(entities('Two RAF Typhoon jets flew from RAF Lossiemouth, the RAF said.'), [
      'organization Royal Air Force petrarch:GBRMIL/royal-air-force',
      'other Typhoon –',
      'location RAF Lossiemouth –',
    ])
  })
})

describe('a city named right after a title', () => {
  test('is a person\'s surname: "Secretary Austin said", "Mr Perth"', () => {
    assert.deepEqual(entities('Defense Secretary Austin said the talks went well.'), ['person Austin –'])
    assert.deepEqual(entities('Mr Perth and Commander Houston agreed.'), ['person Perth –', 'person Houston –'])
  })

  test('is the city after other words or a title that only modifies; a region after a title stays a region', () => {
    assert.deepEqual(entities('The secretary flew to Austin on Monday.'), ['location Austin city:geonames:4671654'])
    assert.deepEqual(entities('The Deputy Houston branch chief and the Chief Perth officer met.'), ['location Houston city:geonames:4699066', 'location Perth city:geonames:2063523'])
    assert.deepEqual(entities('Gen. Mara Quist is the Supreme Allied Commander Europe.'), ['person Mara Quist –', 'location Europe region:europe'])
  })
})

describe('a company\'s name opening a longer name', () => {
  test('is another company\'s name, whole', () => {
    assert.deepEqual(entities("Poland signed a deal with South Korea's Hyundai Rotem, and Hyundai said car sales fell."), [
      'location Poland country:POL',
      'location South Korea country:KOR',
      'organization Hyundai Rotem –',
      'organization Hyundai petrarch:MNCKOR/hyundai',
    ])
  })

  test('a company\'s subsidiary named with its country is one name', () => {
    assert.deepEqual(entities('The vehicles were built by Hanwha Defense Australia, and Boeing Defence UK supplied the parts.'), ['organization Hanwha Defense Australia –', 'organization Boeing Defence UK –'])
  })

  test('is the company before a title or a word in capitals', () => {
    assert.deepEqual(entities('On Monday, Google CEO Ana Ruiz and a Google VP spoke.').filter((e) => e.startsWith('organization')), ['organization Google petrarch:MNCUSAMED/google'])
  })
})

describe('a person\'s name before a street or island word', () => {
  test('is part of a place\'s name', () => {
    assert.deepEqual(entities('The missile was fired from Dr APJ Abdul Kalam Island off the coast on Monday.'), ['location APJ Abdul Kalam Island –'])
  })

  test('invalid: the person before an ordinary word stays the person', () => {
    assert.deepEqual(entities('On Monday, APJ Abdul Kalam Island visitors and APJ Abdul Kalam himself were named.').slice(-1), ['person APJ Abdul Kalam petrarch:person/a-p-j-abdul-kalam/IND'])
  })
})

test('a nationality adjective before a plural noun is a nationality mention', () => {
  const found = rules.analyze('Tajik units fired mortars at the village of Kok-Tash, Uzbek officials said.').entities.flatMap((e) => e.mentions.map((m) => `${e.type} ${m.text}`))
  assert.ok(found.includes('nationality Tajik') && found.includes('nationality Uzbek'), found.join(', '))
  // "Tajikistan" is the country, not its nationality.
  assert.deepEqual(rules.analyze('Officials in Tajikistan said on Monday.').entities.map((e) => e.type), ['location'])
})
