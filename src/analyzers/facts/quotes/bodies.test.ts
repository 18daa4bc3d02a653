import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createAnalyzer } from '../../../engine/engine.ts'
import quotesAnalyzer from '../quotes.ts'
import { entitiesFor } from '../test-support/fixed-entities.ts'

const bodies = createAnalyzer({
  analyzers: [
    quotesAnalyzer,
    entitiesFor([
      ['o1', 'organization', 'UN Refugee Agency', ['UNHCR']],
      ['o2', 'organization', 'World Food Programme', ['WFP']],
      ['o3', 'organization', 'U.S. Naval Forces Europe and Africa'],
      ['o4', 'organization', 'Constitutional Council'],
      ['o5', 'organization', 'Security Council'],
      ['o6', 'organization', 'European Court of Human Rights'],
      ['o7', 'organization', 'Environment Agency'],
      ['o8', 'organization', 'Alliance of Sahel States'],
      ['o9', 'organization', 'State Committee for National Security'],
      ['o10', 'organization', 'Border Service'],
      ['o11', 'organization', 'National Neutrality Front'],
      ['l1', 'location', 'Spain'],
    ]),
  ],
})
/** The speaker of each quote, as the report names it. */
const speakers = (text: string, issuer: string | null = null) => bodies.analyze({ text, language: 'en', issuer }).quotes.map((q) => q.speaker?.name ?? null)

describe('"…, the statement said": the statement of the document’s issuer, or of the body that issued one in the paragraph', () => {
  const text = 'Some 500 families fled the town, the UN Refugee Agency said.\n\nThe World Food Programme said it needs $40 million.\n\nMore than a million people have been displaced this year, the statement said.'
  test('the issuer’s statement, not the organisation quoted last', () => {
    assert.deepEqual(speakers(text, 'UN Refugee Agency (as reported)'), ['UN Refugee Agency', 'World Food Programme', 'UN Refugee Agency'])
  })
  test('rightly kept: a body that said in a statement earlier in the paragraph speaks through it', () => {
    const introduced = 'Some 500 families fled the town, the UN Refugee Agency said.\n\nThe World Food Programme said in a statement that it needs $40 million. More than a million people have been displaced this year, the statement said.'
    assert.deepEqual(speakers(introduced, 'UN Refugee Agency'), ['UN Refugee Agency', 'World Food Programme', 'World Food Programme'])
  })
  test('rightly kept: with no issuer among the entities, the organisation quoted last', () => {
    assert.deepEqual(speakers(text, 'news report'), ['UN Refugee Agency', 'World Food Programme', 'World Food Programme'])
  })
})

describe('"the Agency’s chief executive": a capitalised owner is the organisation named before whose name holds it', () => {
  test('the Environment Agency speaks through its chief executive', () => {
    const text = 'The Environment Agency has fallen behind on repairs. In oral evidence, the Agency’s chief executive told MPs that the backlog was manageable.'
    assert.deepEqual(bodies.analyze({ text, language: 'en' }).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.role ?? null]), [['Environment Agency', 'chief executive']])
  })
  test('rightly kept: with no agency named before, the words stay as they are', () => {
    assert.deepEqual(speakers('In oral evidence, the Agency’s chief executive told MPs that the backlog was manageable.'), ['Agency’s chief executive'])
  })
})

describe('"the command said", "the court said": the organisation named last, when its name makes it one of that kind', () => {
  test('naval forces are the command, a constitutional council the court', () => {
    assert.deepEqual(speakers('Ships from nine allies will take part, U.S. Naval Forces Europe and Africa said.\n\nSpain is sending two submarines, the command said.'), [
      'U.S. Naval Forces Europe and Africa', 'U.S. Naval Forces Europe and Africa',
    ])
    assert.deepEqual(speakers('The Constitutional Council struck down the law. In its decision, the seven-member court said the term could not be extended.'), ['Constitutional Council'])
  })
  test('rightly kept: a council that is no court, or a court named before, is not taken for another kind', () => {
    assert.deepEqual(speakers('The Security Council met on Monday. The court said the case would be heard in May.'), ['court'])
    assert.deepEqual(speakers('The European Court of Human Rights heard the case. The Constitutional Council met. The court said the law was void.'), ['European Court of Human Rights'])
  })
})

describe('"The three governments note that …", "They recall that …": the body named in the subject that brought them in', () => {
  const opening = 'The transitional governments of Burkina Faso, Mali and Niger, meeting within the Alliance of Sahel States, have left the bloc.\n\n'
  test('a plural description and the "they" after it speak for the body inside the long subject', () => {
    assert.deepEqual(speakers(`${opening}The three governments note that the bloc has moved away from its ideals.\n\nThey recall that the bloc imposed sanctions on their countries.`), [
      'Alliance of Sahel States', 'Alliance of Sahel States',
    ])
  })
  test('rightly kept: the plural noun brought in outside a subject names no body', () => {
    assert.deepEqual(speakers('The Alliance of Sahel States wrote to the governments of the region. The governments note that the bloc has moved away from its ideals.'), ['governments'])
  })
})

describe('"It said …" after a sentence that opens with a body', () => {
  test('the body in the name-like subject of the sentence before speaks', () => {
    const text = 'The Border Service said Tajik units fired mortars at the village. Tajikistan’s State Committee for National Security gave a different account. It said a drone had struck a checkpoint.'
    assert.deepEqual(speakers(text), ['Border Service', 'State Committee for National Security'])
  })
  test('rightly kept: a body quoted since that sentence began keeps the pronoun', () => {
    const text = 'Tajikistan’s State Committee for National Security gave a different account. The Border Service said Tajik units fired mortars. It said the village was hit twice.'
    assert.deepEqual(speakers(text), ['Border Service', 'Border Service'])
  })
})

describe('"We demand that Parliament hold a referendum": a bare verb after "demand that", and "we" for the issuer', () => {
  const clauses = (text: string) => bodies.analyze({ text, language: 'en', issuer: 'National Neutrality Front, Moldova' }).quotes.map((q) => [q.text, q.speaker?.name ?? null])
  test('the release’s demand is the issuer’s, its name found among the entities', () => {
    assert.deepEqual(clauses('The National Neutrality Front rallied in Chisinau.\n\nWe demand that Parliament hold a referendum on neutrality before the end of the year.'), [
      ['Parliament hold a referendum on neutrality before the end of the year', 'National Neutrality Front'],
    ])
    assert.deepEqual(clauses('The rebels demanded that the army withdraw from the region.'), [['the army withdraw from the region', 'rebels']])
  })
  test('rightly kept out: the noun "demand" before its clause', () => {
    assert.deepEqual(clauses('The demand that Parliament hold a referendum was rejected.'), [])
  })
})
