import assert from 'node:assert/strict'
import { test } from 'node:test'
import { petrarchEntries } from './petrarch-entries.ts'
import { phraseWords, stripTitles } from './petrarch-names.ts'
import { parsePetrarchActors } from './petrarch-format.ts'
import { testWords } from './test-support/english-words.ts'

const options = { countryCodes: new Set(['USA', 'RUS', 'PSE', 'KOR']), words: testWords }

function entriesOf(files: { countries?: string[]; international?: string[]; nonState?: string[] }) {
  return petrarchEntries(
    {
      countries: parsePetrarchActors((files.countries ?? []).join('\n')),
      international: parsePetrarchActors((files.international ?? []).join('\n')),
      nonState: parsePetrarchActors((files.nonState ?? []).join('\n')),
    },
    options,
  )
}

test('phrases: a leading THE goes, bracketed acronyms come out', () => {
  assert.deepEqual(phraseWords('THE_UNITED_NATIONS_'), { words: ['UNITED', 'NATIONS'], acronyms: [] })
  assert.deepEqual(phraseWords('ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_'), { words: ['ADEN', 'ABYAN', 'ISLAMIC', 'ARMY'], acronyms: ['AAIA'] })
})

test('titles before a name are dropped, a surname that looks like one stays', () => {
  assert.deepEqual(stripTitles(['RUSSIAN', 'PRESIDENT', 'VLADIMIR', 'PUTIN']), ['VLADIMIR', 'PUTIN'])
  assert.deepEqual(stripTitles(['UN', 'SECRETARY-GENERAL', 'BAN', 'KI-MOON']), ['BAN', 'KI-MOON'])
  assert.deepEqual(stripTitles(['JOHN', 'MAJOR']), ['JOHN', 'MAJOR'])
})

test('a leader becomes a person with dated roles, titles gone, the surname kept as a name of its own', () => {
  const [putin] = entriesOf({
    countries: ['RUSSIA_ [RUS]', '+RUSSIAN_', 'VLADIMIR_PUTIN_  # CountryInfo.txt', '+PUTIN_', '+PRESIDENT_VLADIMIR_PUTIN_', '+PUTIN_ADMINISTRATION', '\t[RUSELI 700101-990809]', '\t[RUSGOV >20080508]'],
  })
  assert.equal(putin.id, 'petrarch:person/vladimir-putin/RUS')
  assert.equal(putin.type, 'person')
  assert.deepEqual(putin.aliases.map((a) => a.text), ['Vladimir Putin', 'Putin'])
  assert.equal(putin.country, 'RUS')
  assert.equal(putin.cameo, 'RUSGOV')
  assert.deepEqual(putin.roles, [
    { code: 'RUSELI', from: '1970-01-01', to: '1999-08-09' },
    { code: 'RUSGOV', from: '2008-05-08', to: null },
  ])
})

test('an organisation keeps its acronym and long form under its code; a role listed with it is not a name of it', () => {
  const entries = entriesOf({ international: ['NATO_', '+NORTH_ATLANTIC_TREATY_ORGANIZATION_', '+NATO_SECRETARY_GENERAL', '\t[IGOWSTNAT]'] })
  assert.deepEqual(entries.map((e) => [e.id, e.type, e.aliases.map((a) => a.text)]), [['petrarch:IGOWSTNAT', 'organization', ['NATO', 'North Atlantic Treaty Organization']]])
})

test('an armed group does not take the people listed under it', () => {
  const entries = entriesOf({ nonState: ['HAMAS_  #  kkl 21 Mar 13', '+ISLAMIC_RESISTANCE_MOVEMENT', '+KHALED_MESHAAL', '\t[PSEREBHMS]'] })
  assert.deepEqual(entries.map((e) => [e.type, e.aliases.map((a) => a.text)]), [['group', ['Hamas', 'Islamic Resistance Movement']]])
})

test('a person listed twice is one entry', () => {
  const entries = entriesOf({ international: ['KOFI_ANNAN_', '+K._ANNAN_', '\t[IGOUNO 970101-061231]', 'K._ANNAN_\t[IGOUNO 970101-061231]'] })
  assert.equal(entries.length, 1)
  assert.equal(entries[0].name, 'Kofi Annan')
})

test('country-level actors are left to the country list', () => {
  assert.deepEqual(entriesOf({ countries: ['UNITED_STATES_OF_AMERICA_  [USA]', '+AMERICAN_'] }), [])
})

test('an institution known by a noun keeps it; a generic one does not', () => {
  const entries = entriesOf({ countries: ['UNITED_STATES_MILITARY_', '+PENTAGON_', '+SENATE_', '+PRESIDENT_GEORGE_BUSH_', '\t[USAMIL]'] })
  assert.deepEqual(entries.map((e) => e.aliases.map((a) => a.text)), [['United States Military', 'Pentagon']])
  assert.equal(entries[0].aliases[1].flags, 2, 'a common word is not taken at the start of a sentence')
})
