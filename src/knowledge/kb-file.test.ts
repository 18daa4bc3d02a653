import assert from 'node:assert/strict'
import { test } from 'node:test'
import { gunzipSync, gzipSync } from 'node:zlib'
import { KB_FORMAT, parseKb, personId, readKbFile, serializeKb, storedCameo, storedId, type KbData } from './kb-file.ts'
import { AliasFlag } from './types.ts'

const data: KbData = {
  sources: [{ id: 'test', name: 'test source', licence: 'MIT', url: 'https://example.org' }],
  entries: [
    { id: 'country:USA', type: 'location', name: 'United States', aliases: [{ text: 'United States', flags: 0 }, { text: 'US', flags: AliasFlag.exactCase }], source: 'test', country: 'USA', cameo: 'USA', roles: [], cca2: 'US' },
    { id: 'petrarch:person/barack-obama/USA', type: 'person', name: 'Barack Obama', aliases: [{ text: 'Barack Obama', flags: 0 }, { text: 'Obama', flags: 0 }], source: 'test', country: 'USA', cameo: 'USAGOV', roles: [{ code: 'USAELI', from: null, to: null }, { code: 'USAGOV', from: '2009-01-20', to: null }] },
    { id: 'region:gulf', type: 'location', name: 'Gulf', aliases: [{ text: 'Gulf', flags: AliasFlag.needsArticle }], source: 'test', country: null, cameo: null, roles: [], note: 'why it is here' },
    { id: 'city:geonames:1', type: 'location', name: 'Springfield', aliases: [{ text: 'Springfield', flags: 0 }], source: 'test', country: 'USA', cameo: null, roles: [], population: 150000 },
  ],
  rolePhrases: [{ text: 'foreign minister', agent: 'GOV' }],
  commonWords: ['reading', 'split'],
}

test('the stored knowledge base reads back to the same entries', () => {
  assert.deepEqual(parseKb(serializeKb(data)), data)
})

test('ids and codes that follow from an entry are not stored, and come back', () => {
  assert.equal(personId('Barack Obama', 'USA'), 'petrarch:person/barack-obama/USA')
  const stored = readKbFile(serializeKb(data))
  assert.equal(stored.format, KB_FORMAT)
  assert.deepEqual(stored.entries.map((e) => e.i), [undefined, undefined, 'region:gulf', 'city:geonames:1'])
  assert.equal(stored.entries[1].k, undefined, "a person's code is their open role's")
  assert.deepEqual(stored.entries.map(storedId), ['country:USA', 'petrarch:person/barack-obama/USA', 'region:gulf', 'city:geonames:1'])
  assert.equal(storedCameo(stored.entries[1]), 'USAGOV')
})

test('a file in another format is refused with a way out', () => {
  const other = serializeKb(data)
  const json = JSON.parse(gunzipSync(other).toString()) as { format: string }
  json.format = 'something/9'
  assert.throws(() => readKbFile(gzipSync(JSON.stringify(json))), /npm run build:kb/)
})
