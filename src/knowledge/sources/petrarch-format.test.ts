import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePetrarchActors, parsePetrarchAgents, parsePetrarchCode, petrarchDate } from './petrarch-format.ts'

test('dates: YYYYMMDD, and YYMMDD with 00–29 in this century', () => {
  assert.equal(petrarchDate('20090120'), '2009-01-20')
  assert.equal(petrarchDate('090120'), '2009-01-20')
  assert.equal(petrarchDate('970101'), '1997-01-01')
  assert.equal(petrarchDate('2004017'), null)
  assert.equal(petrarchDate('091399'), null)
})

test('codes with and without date restrictions', () => {
  assert.deepEqual(parsePetrarchCode('USAGOV'), { code: 'USAGOV', from: null, to: null })
  assert.deepEqual(parsePetrarchCode('USAGOV >20090120'), { code: 'USAGOV', from: '2009-01-20', to: null })
  assert.deepEqual(parsePetrarchCode('USRARM <900823'), { code: 'USRARM', from: null, to: '1990-08-23' })
  assert.deepEqual(parsePetrarchCode('IGOUNO 970101-061231'), { code: 'IGOUNO', from: '1997-01-01', to: '2006-12-31' })
})

test('an actor takes its synonyms and the codes that follow; phrases read before a code share it', () => {
  const actors = parsePetrarchActors([
    '# a comment',
    'THE_UNITED_NATIONS_ [IGOUNO]',
    'U.N._',
    'UN_SECRETARY_GENERAL',
    '+UNSG',
    '\t[IGOUNO]',
    '',
    'KOFI_ANNAN_  # IGOrulers.txt',
    '+K._ANNAN_',
    '\t[IGOUNO 970101-061231]',
    '\t[ELI]',
    'ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] #  kkl',
  ].join('\n'))
  assert.deepEqual(actors.map((a) => [a.name, a.synonyms, a.codes.map((c) => c.code)]), [
    ['THE_UNITED_NATIONS', [], ['IGOUNO']],
    ['U.N.', [], ['IGOUNO']],
    ['UN_SECRETARY_GENERAL', ['UNSG'], ['IGOUNO']],
    ['KOFI_ANNAN', ['K._ANNAN'], ['IGOUNO', 'ELI']],
    ['ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)', [], ['YEMREB']],
  ])
  assert.equal(actors[3].comment, 'IGOrulers.txt')
  assert.equal(actors[3].codes[0].from, '1997-01-01')
})

test('agents: substitution sets expand and plurals in braces count', () => {
  const agents = parsePetrarchAgents(['!PERSON! = MAN, WOMAN', 'FISHER!PERSON! [~AGR]', 'CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]', 'FOREIGN_MINISTER [~GOV] # comment'].join('\n'))
  assert.deepEqual(agents, [
    { phrase: 'FISHERMAN', agent: 'AGR' },
    { phrase: 'FISHERWOMAN', agent: 'AGR' },
    { phrase: 'CHAMBER_OF_COMMERCE', agent: 'BUS' },
    { phrase: 'CHAMBERS_OF_COMMERCE', agent: 'BUS' },
    { phrase: 'FOREIGN_MINISTER', agent: 'GOV' },
  ])
})
