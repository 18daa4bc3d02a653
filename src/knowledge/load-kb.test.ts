import assert from 'node:assert/strict'
import { statSync } from 'node:fs'
import { test } from 'node:test'
import { DEFAULT_KB_PATH, loadKnowledgeBase } from './load-kb.ts'

const kb = loadKnowledgeBase()
const ids = (name: string) => kb.lookup(name).map((e) => e.id)

test('the shipped knowledge base is small enough to ship', () => {
  assert.ok(statSync(DEFAULT_KB_PATH).size <= 3_000_000)
  assert.ok(kb.size > 20_000)
  assert.equal(loadKnowledgeBase(), kb, 'a path is loaded once')
})

test('countries, with their codes, aliases and nationalities', () => {
  const france = kb.get('country:FRA')
  assert.equal(france?.name, 'France')
  assert.equal(france?.cca2, 'FR')
  assert.deepEqual(ids('Turkey'), ['country:TUR'])
  assert.deepEqual(ids('Britain'), ['country:GBR'])
  const french = kb.get('nationality:FRA')
  assert.ok(french && kb.countryOf(french)?.id === 'country:FRA')
})

test('the adjectives news writes for nationalities whose world-countries demonym differs ("Tadzhik", "Uzbekistani")', () => {
  for (const [word, code] of [['Tajik', 'TJK'], ['Uzbek', 'UZB'], ['Kazakh', 'KAZ'], ['Nepali', 'NPL'], ['Bosnian', 'BIH'], ['Icelandic', 'ISL']]) assert.deepEqual(ids(word), [`nationality:${code}`], word)
  // The country's own name stays the country.
  assert.deepEqual(ids('Tajikistan'), ['country:TJK'])
})

test('a party\'s name as an adjective, as affiliations write it ("Liberal Democrat, Westmorland")', () => {
  assert.deepEqual(ids('Liberal Democrat'), ['org:gb-liberal-democrats'])
  assert.deepEqual(ids('Liberal Democratic Party'), ['org:jp-ldp'])
})

test('a name several things share lists the preferred reading first', () => {
  assert.deepEqual(ids('Georgia'), ['country:GEO', 'us-state:GA'])
})

test('regions, areas and identities carry a note on their source', () => {
  for (const id of ['region:central-asia', 'region:sahel', 'area:crimea', 'identity:uyghur', 'us-state:GA']) {
    const entry = kb.get(id)
    assert.ok(entry?.note, `${id} has a note`)
  }
  assert.equal(kb.get('identity:kurdish')?.type, 'nationality')
})

test('international organisations, armed groups and leaders from the PETRARCH dictionaries', () => {
  assert.deepEqual(ids('United Nations'), ['petrarch:IGOUNO'])
  assert.deepEqual(ids('NATO'), ['petrarch:IGOWSTNAT'])
  assert.deepEqual(ids('SCO'), ['petrarch:IGOCAS'])
  assert.deepEqual(ids('African Union'), ['petrarch:IGOAFRAFU'])
  assert.equal(kb.get('petrarch:IMGMUSISI')?.type, 'group')
  const putin = kb.get('petrarch:person/vladimir-putin/RUS')
  assert.equal(putin?.type, 'person')
  assert.ok(putin?.roles.some((r) => r.code === 'RUSGOV' && r.from !== null))
  assert.deepEqual(kb.byCameo('IGOWSTNAT').map((e) => e.id).includes('petrarch:IGOWSTNAT'), true)
})

test("a country's armed services and agencies are bodies of their own, not names of its ministry or forces", () => {
  assert.deepEqual(ids('U.S. Army'), ['petrarch:USAMIL/us-army'])
  assert.deepEqual(ids('US Navy'), ['petrarch:USAMIL/us-navy'])
  assert.deepEqual(ids('CENTCOM'), ['petrarch:USAMIL/us-central-command'])
  assert.deepEqual(ids('Department of Defense'), ['petrarch:USAMIL'])
  assert.deepEqual(ids('Royal Navy'), ['petrarch:GBRMIL/royal-navy'])
  assert.deepEqual(ids('RAF'), ['petrarch:GBRMIL/royal-air-force'])
  assert.deepEqual(ids('British Armed Forces'), ['petrarch:GBRMIL'])
  assert.deepEqual(ids('CIA'), ['petrarch:USASPY/central-intelligence-agency'])
  const army = kb.get('petrarch:USAMIL/us-army')
  assert.equal(army?.cameo, 'USAMIL', 'a service keeps the code of the forces it belongs to')
  assert.equal(army?.country, 'USA')
  assert.ok(!kb.get('petrarch:USAMIL')?.aliases.some((a) => a.text === 'U.S. Army'))
})

test('a place is no body, and a leader no government, however the dictionaries list them', () => {
  assert.deepEqual(ids('Indian Ocean'), ['region:indian-ocean'])
  assert.deepEqual(ids('COLOMBIA'), ['country:COL'])
  assert.deepEqual(ids('Bashar al-Assad'), ['petrarch:person/bashar-al-assad/SYR'])
  assert.deepEqual(ids('Assad'), ['petrarch:person/bashar-al-assad/SYR'])
  assert.deepEqual(ids('Syrian Government'), ['petrarch:SYRGOV'])
  assert.deepEqual(ids('Rajya Sabha'), ['petrarch:INDGOVLEG/rajya-sabha'])
  assert.deepEqual(ids('AU'), ['petrarch:IGOAFRAFU'], 'a country code stays a body\'s name')
})

test('international organisations the dictionaries lack, alliances of every side alike', () => {
  assert.deepEqual(ids('CSTO'), ['org:intl-csto'])
  assert.deepEqual(ids('Collective Security Treaty Organization'), ['org:intl-csto'])
  assert.deepEqual(ids('AUKUS'), ['org:intl-aukus'])
  assert.deepEqual(ids('Gulf Cooperation Council'), ['org:intl-gcc'])
  assert.deepEqual(ids('OSCE'), ['petrarch:IGO/organization-for-security-and-cooperation-in-europe'])
  assert.deepEqual(ids('Eurasian Economic Union'), ['org:intl-eaeu'])
  assert.deepEqual(ids('Warsaw'), ids('Warsaw').filter((id) => id !== 'org:intl-warsaw-pact'), 'the city is not the pact')
})

test('the European Parliament\'s political groups by the abbreviations members\' releases use', () => {
  for (const [name, id] of [['EPP', 'org:ep-epp'], ['S&D', 'org:ep-sd'], ['Renew Europe', 'org:ep-renew'], ['Greens/EFA', 'org:ep-greens-efa'], ['ECR', 'org:ep-ecr'], ['PfE', 'org:ep-pfe'], ['ESN', 'org:ep-esn'], ['GUE/NGL', 'org:ep-left']]) {
    assert.ok(ids(name).includes(id), `${name} → ${ids(name).join(', ')}`)
  }
  assert.equal(kb.countryByCode('EE')?.name, 'Estonia')
  assert.equal(kb.countryByCode('ZZ'), undefined)
})

test('cities from GeoNames, with English names; city names that are common words are not there', () => {
  assert.deepEqual(ids('Kiev'), ['city:geonames:703448'])
  for (const word of ['Mobile', 'Nice', 'Reading', 'Bath', 'Split', 'Male', 'Of']) assert.deepEqual(ids(word), [], word)
})

test('role phrases and ordinary words', () => {
  assert.ok(kb.rolePhrases.some((r) => r.text === 'foreign minister' && r.agent.startsWith('GOV')))
  assert.equal(kb.isCommonWord('reading'), true)
  assert.equal(kb.isCommonWord('officials'), true)
  assert.equal(kb.isCommonWord('zhang'), false)
})

test('a missing file says how to build it', () => {
  assert.throws(() => loadKnowledgeBase('/nonexistent/kb.json.gz'), /npm run build:kb/)
})
