import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { contentHash } from '../../src/corpus/content-hash.ts'
import { GDELT_COLUMNS } from '../../src/corpus/exports.ts'
import { openSqliteStore } from '../../src/corpus/sqlite/store.ts'
import { runCli, tempFolder } from '../cli/run-cli.ts'
import { buildReport, CORPUS, recordOf } from './reports.ts'

const { dir, cleanup } = tempFolder()
const db = join(dir, 'fixed.db')
const reports = Object.fromEntries(Object.entries(CORPUS).map(([name, spec]) => [name, buildReport(spec)]))
const idOf = (name: keyof typeof CORPUS) => contentHash(reports[name].document.text).slice(0, 16)
const cli = (...args: string[]) => runCli([...args, '--db', db])

before(async () => {
  const store = openSqliteStore(db)
  for (const [name, report] of Object.entries(reports)) await store.addReport(recordOf(report, `fixtures/${name}.txt`))
  await store.close()
})
after(cleanup)

test('search --format json gives hits with id, title, issuer, date and a highlighted snippet', async () => {
  const { code, stdout } = await cli('search', 'Kharkiv', '--issuer', 'party', '--format', 'json')
  assert.equal(code, 0)
  const [hit, ...rest] = JSON.parse(stdout)
  assert.equal(rest.length, 0)
  assert.deepEqual(
    { id: hit.id, title: hit.title, issuer: hit.issuer, published: hit.published, source: hit.source },
    { id: idOf('party'), title: 'Shelling of Kharkiv kills 12 people', issuer: 'Green Horizons Party', published: '2024-09-11', source: 'fixtures/party.txt' },
  )
  assert.deepEqual(hit.highlights.map(([s, e]: [number, number]) => hit.snippet.slice(s, e)), ['Kharkiv'])
})

test('search prints hits for people, and CSV on request', async () => {
  const stylish = await cli('search', 'negotiate')
  assert.equal(
    stylish.stdout,
    `${idOf('statement')}  2024-10-20  Foreign Ministry\n  Ministry ready to talk\n  The Foreign Ministry expressed its readiness to [negotiate] with Ukraine. Our proud nation stands united.\n  fixtures/statement.txt\n`,
  )
  const csv = await cli('search', '--cameo', '19', '--format', 'csv')
  const lines = csv.stdout.trim().split('\r\n')
  assert.equal(lines[0], 'id,published,issuer,title,score,source,snippet')
  assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), [idOf('party'), idOf('ministry')])
})

test('show prints a stored report in every format', async () => {
  const json = await cli('show', idOf('ministry'), '--format', 'json')
  assert.deepEqual(JSON.parse(json.stdout), reports.ministry)
  const html = await cli('show', reports.ministry.document.id, '--format', 'html')
  assert.match(html.stdout, /^<!DOCTYPE html>/i)
  const stylish = await cli('show', idOf('ministry'))
  assert.match(stylish.stdout, /barbaric/)
})

test('stats give technique counts per issuer and month, co-mentions and events over time, as JSON or CSV', async () => {
  const techniques = await cli('stats', 'techniques', '--format', 'csv')
  assert.equal(
    techniques.stdout,
    'issuer,month,technique,count,documents\r\nForeign Ministry,2024-10,flag_waving,1,1\r\nGreen Horizons Party,2024-09,appeal_to_fear,1,1\r\nGreen Horizons Party,2024-09,loaded_language,1,1\r\nMinistry of Defence,2024-09,loaded_language,1,1\r\n',
  )
  const entities = JSON.parse((await cli('stats', 'entities', '--with', 'Russia', '--format', 'json')).stdout)
  assert.deepEqual(entities.map((r: { a: string; b: string; documents: number }) => `${r.a}+${r.b}:${r.documents}`), ['Kharkiv+Russia:2', 'Russia+Ukraine:2'])
  const events = await cli('stats', 'events')
  assert.equal(events.stdout, 'month    root  event                        location  count\n2024-09  19    Fight                        Kharkiv       2\n2024-10  03    Express intent to cooperate  –             1\n')
})

test('events lists the clusters and shows how each source reported one, side by side', async () => {
  const list = JSON.parse((await cli('events', '--format', 'json')).stdout)
  assert.equal(list.length, 1)
  assert.deepEqual({ documents: list[0].documents, location: list[0].locationName, issuers: list[0].issuers }, { documents: 2, location: 'Kharkiv', issuers: ['Green Horizons Party', 'Ministry of Defence'] })
  const table = await cli('events')
  assert.match(table.stdout, new RegExp(`^cluster +dates +event +location +sources +issuers\\n${list[0].id}  2024-09-09 +19\\d Fight +Kharkiv +2  Green Horizons Party; Ministry of Defence\\n$`))
  const shown = await cli('events', '--cluster', list[0].id)
  assert.equal(shown.code, 0)
  const lines = shown.stdout.split('\n')
  assert.match(lines[0], new RegExp(`^Cluster ${list[0].id}: 19\\d Fight in Kharkiv, 2024-09-09$`))
  const row = (start: string) => lines.find((l) => l.startsWith(start)) ?? ''
  // Two columns, one per source.
  assert.match(row('Ministry of Defence'), /^Ministry of Defence +│ Green Horizons Party$/)
  assert.match(shown.stdout, /• 12 people/)
  assert.match(shown.stdout, /• "We will answer," — the minister/)
  assert.match(shown.stdout, /• appeal_to_fear ×1: “Our cities will burn”/)
  const detail = JSON.parse((await cli('events', '--cluster', list[0].id, '--format', 'json')).stdout)
  assert.deepEqual(detail.sources.map((s: { numbers: { text: string }[] }) => s.numbers.map((n) => n.text)), [[], ['12 people']].sort((a, b) => a.length - b.length))
  const missing = await cli('events', '--cluster', 'c000000000000')
  assert.equal(missing.code, 1)
})

test('export writes JSONL reports, CSV tables and a GDELT-style events file', async () => {
  const out = join(dir, 'reports.jsonl')
  const jsonl = await cli('export', 'jsonl', '-o', out, '--technique', 'loaded_language')
  assert.equal(jsonl.code, 0)
  assert.match(jsonl.stderr, /Exported 2 reports to .*reports\.jsonl/)
  assert.deepEqual(readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l)), [reports.ministry, reports.party])
  const entities = (await cli('export', 'entities')).stdout.split('\r\n')
  assert.equal(entities[0], 'document,entity,type,name,kb_source,kb_id,mentions')
  assert.equal(entities[1], `${idOf('ministry')},e1,location,Ukraine,wikidata,Q212,1`)
  const documents = (await cli('export', 'documents', '--from', '2024-10-01')).stdout.split('\r\n')
  assert.equal(documents.length, 3)
  assert.match(documents[1], new RegExp(`^${idOf('statement')},doc:\\w+,Ministry ready to talk,Foreign Ministry,2024-10-20,en,fixtures/statement.txt,,`))
  const gdelt = (await cli('export', 'gdelt')).stdout.trim().split('\n').map((l) => l.split('\t'))
  assert.deepEqual(gdelt[0], [...GDELT_COLUMNS])
  const strike = gdelt.find((r) => r[0] === `${idOf('ministry')}-0`)!
  const field = (name: (typeof GDELT_COLUMNS)[number]) => strike[GDELT_COLUMNS.indexOf(name)]
  assert.deepEqual(
    [field('SQLDATE'), field('Actor1Name'), field('Actor2Name'), field('EventCode'), field('EventRootCode'), field('QuadClass'), field('ActionGeo_FullName'), field('SOURCEURL')],
    ['20240909', 'Russia', 'Ukraine', '190', '19', '4', 'Kharkiv', 'fixtures/ministry.txt'],
  )
  assert.equal(gdelt.length, 4, 'a header and the three dated events; the background event is left out')
})
