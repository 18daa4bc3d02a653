// The one test-suite every Store adapter must pass; store-sqlite.test.ts and store-postgres.test.ts run it.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { clusterEvents } from '../../src/corpus/clustering.ts'
import { contentHash, sourceHash } from '../../src/corpus/content-hash.ts'
import type { SearchHit, Store } from '../../src/corpus/types.ts'
import { buildReport, CORPUS, recordOf } from './reports.ts'

const reports = Object.fromEntries(Object.entries(CORPUS).map(([name, spec]) => [name, buildReport(spec)])) as Record<keyof typeof CORPUS, ReturnType<typeof buildReport>>
const idOf = (name: keyof typeof CORPUS) => contentHash(reports[name].document.text).slice(0, 16)
const ids = (hits: readonly SearchHit[]) => hits.map((h) => h.id).sort()
const matched = (hit: SearchHit) => hit.highlights.map(([s, e]) => hit.snippet.slice(s, e).toLowerCase())

/** Runs the store contract against stores made by `open` (a fresh, empty store each time) and closed by `dispose`. */
export function storeSuite(name: string, open: () => Promise<Store>, dispose: (store: Store) => Promise<void> = (s) => s.close()): void {
  describe(`${name} store`, () => {
    let store: Store
    before(async () => {
      store = await open()
      assert.equal(await store.addReport(recordOf(reports.ministry, 'press/ministry.html')), 'added')
      assert.equal(await store.addReport(recordOf(reports.party, 'https://party.example/kharkiv')), 'added')
      assert.equal(await store.addReport(recordOf(reports.statement, 'statements.jsonl:3')), 'added')
      assert.equal(await store.addReport(recordOf(reports.note, 'notes/background.txt')), 'added')
    })
    after(async () => dispose(store))

    test('the same text again is a duplicate whose extra source is kept', async () => {
      const again = recordOf({ ...reports.ministry, document: { ...reports.ministry.document, text: `${reports.ministry.document.text}\n` } }, 'mirror/ministry.txt')
      assert.equal(await store.addReport(again), 'duplicate')
      const stored = await store.get(idOf('ministry'))
      assert.deepEqual(stored?.sources, ['press/ministry.html', 'mirror/ministry.txt'])
      assert.equal(stored?.source, 'press/ministry.html')
      assert.deepEqual(await store.count(), { documents: 4, failed: 0 })
    })

    test('a document is found by store id, content hash and its own id, with its report and text intact', async () => {
      const hash = contentHash(reports.party.document.text)
      for (const key of [hash.slice(0, 16), hash, reports.party.document.id]) {
        const stored = await store.get(key)
        assert.equal(stored?.id, hash.slice(0, 16), key)
        assert.deepEqual(stored?.report, reports.party)
        assert.match(stored!.ingestedAt, /^\d{4}-\d{2}-\d{2}T/)
      }
      assert.equal(await store.get('no-such-document'), null)
    })

    test('existing() names the stored hashes only', async () => {
      const hashes = [contentHash(reports.ministry.document.text), contentHash('never stored')]
      assert.deepEqual([...(await store.existing(hashes))], [hashes[0]])
    })

    test('a failed document is listed with its error, is not a duplicate, and is replaced when it succeeds', async () => {
      const text = 'A release that failed the first time.'
      const hash = contentHash(text)
      assert.equal(await store.addFailure({ hash, source: 'late.txt', error: 'analysis failed: boom', text }), 'added')
      assert.equal(await store.addFailure({ hash: sourceHash('broken.pdf'), source: 'broken.pdf', error: 'broken.pdf: binary data' }), 'added')
      assert.deepEqual((await store.failures()).map((f) => [f.source, f.error, f.status]).sort(), [
        ['broken.pdf', 'broken.pdf: binary data', 'failed'],
        ['late.txt', 'analysis failed: boom', 'failed'],
      ])
      assert.equal((await store.existing([hash])).size, 0)
      assert.equal(await store.addReport(recordOf(buildReport({ text }), 'late.txt')), 'replaced')
      assert.deepEqual((await store.failures()).map((f) => f.source), ['broken.pdf'])
      assert.deepEqual(await store.count(), { documents: 5, failed: 1 })
      assert.equal((await store.search({ text: 'release failed' }))[0]?.id, hash.slice(0, 16))
    })

    test('full-text search finds words, phrases and alternatives, leaves out excluded words, and marks the matches', async () => {
      const hits = await store.search({ text: 'Kharkiv' })
      assert.deepEqual(ids(hits), [idOf('ministry'), idOf('party')].sort())
      for (const hit of hits) assert.ok(matched(hit).includes('kharkiv'), hit.snippet)
      assert.deepEqual(ids(await store.search({ text: '"border crossing"' })), [idOf('party')])
      assert.deepEqual(ids(await store.search({ text: 'negotiate OR barbaric' })), [idOf('ministry'), idOf('statement')].sort())
      assert.deepEqual(ids(await store.search({ text: 'Kharkiv -barbaric' })), [idOf('party')])
      assert.deepEqual(await store.search({ text: 'zeppelin' }), [])
      assert.deepEqual(ids(await store.search({ text: 'talk' })), [idOf('statement')], 'titles are searched')
      const [hit] = await store.search({ text: 'negotiate' })
      assert.deepEqual({ issuer: hit.issuer, published: hit.published, source: hit.source }, { issuer: 'Foreign Ministry', published: '2024-10-20', source: 'statements.jsonl:3' })
      await assert.rejects(store.search({ text: '-troops' }), /no word to look for/)
    })

    test('search filters by issuer, entity, technique, CAMEO code, sentence function and date', async () => {
      const q = (filters: Parameters<Store['search']>[0]) => store.search(filters).then(ids)
      assert.deepEqual(await q({ issuer: 'ministry' }), [idOf('ministry'), idOf('statement')].sort())
      assert.deepEqual(await q({ entity: 'kharkiv' }), [idOf('ministry'), idOf('party')].sort())
      assert.deepEqual(await q({ entity: 'UA' }), [idOf('ministry'), idOf('party'), idOf('statement')].sort())
      assert.deepEqual(await q({ entity: 'Q159' }), [idOf('ministry'), idOf('party')].sort())
      assert.deepEqual(await q({ technique: 'loaded_language' }), [idOf('ministry'), idOf('party')].sort())
      assert.deepEqual(await q({ technique: 'Flag-Waving' as never }), [idOf('statement')])
      assert.deepEqual(await q({ cameo: '19' }), [idOf('ministry'), idOf('party')].sort())
      assert.deepEqual(await q({ cameo: '195' }), [idOf('party')])
      assert.deepEqual(await q({ function: 'call_to_action' }), [idOf('party')])
      assert.deepEqual(await q({ from: '2024-09-11', to: '2024-10-01' }), [idOf('party')])
      assert.deepEqual(await q({ text: 'Ukraine', issuer: 'party', technique: 'appeal_to_fear' }), [idOf('party')])
      await assert.rejects(store.search({ cameo: 'fight' }), /CAMEO code/)
      await assert.rejects(store.search({ technique: 'spin' as never }), /Unknown technique 'spin'/)
    })

    test('without a query, documents are listed newest first with the opening of their text', async () => {
      const hits = await store.search({ issuer: 'i', limit: 2 })
      assert.deepEqual(hits.map((h) => h.published), ['2024-10-20', '2024-09-11'])
      assert.equal(hits[0].snippet, reports.statement.document.text)
      assert.deepEqual(hits[0].highlights, [])
      assert.deepEqual((await store.search({ issuer: 'i', limit: 2, offset: 2 })).map((h) => h.published), ['2024-09-10'])
    })

    test('technique counts per issuer and month', async () => {
      assert.deepEqual(await store.techniqueCounts(), [
        { issuer: 'Foreign Ministry', month: '2024-10', technique: 'flag_waving', count: 1, documents: 1 },
        { issuer: 'Green Horizons Party', month: '2024-09', technique: 'appeal_to_fear', count: 1, documents: 1 },
        { issuer: 'Green Horizons Party', month: '2024-09', technique: 'loaded_language', count: 1, documents: 1 },
        { issuer: 'Ministry of Defence', month: '2024-09', technique: 'loaded_language', count: 1, documents: 1 },
      ])
      assert.deepEqual((await store.techniqueCounts({ technique: 'appeal_to_fear' })).map((r) => r.technique), ['appeal_to_fear', 'loaded_language'])
    })

    test('entity co-mentions count the documents that name both', async () => {
      assert.deepEqual(await store.entityCoMentions(), [
        { a: 'Kharkiv', b: 'Russia', aKey: 'geonames:706483', bKey: 'wikidata:Q159', documents: 2 },
        { a: 'Kharkiv', b: 'Ukraine', aKey: 'geonames:706483', bKey: 'wikidata:Q212', documents: 2 },
        { a: 'Russia', b: 'Ukraine', aKey: 'wikidata:Q159', bKey: 'wikidata:Q212', documents: 2 },
      ])
      const withMinistry = await store.entityCoMentions({}, { with: 'foreign ministry', minDocuments: 1 })
      assert.deepEqual(withMinistry.map((r) => [r.a, r.b, r.documents]), [['Foreign Ministry', 'Ukraine', 1]])
    })

    test('events by CAMEO root and location over time, background events left out', async () => {
      assert.deepEqual(await store.eventCounts(), [
        { month: '2024-09', root: '19', location: 'Kharkiv', count: 2 },
        { month: '2024-10', root: '03', location: null, count: 1 },
      ])
      const records = await store.eventRecords()
      const strike = [
        [idOf('ministry'), '2024-09-09', '190', 'geonames:706483', ['wikidata:Q159', 'wikidata:Q212']],
        [idOf('party'), '2024-09-09', '195', 'geonames:706483', ['wikidata:Q159']],
      ].sort((x, y) => ((x[0] as string) < (y[0] as string) ? -1 : 1))
      assert.deepEqual(records.map((r) => [r.documentId, r.date, r.cameo, r.location, r.parties]), [
        ...strike,
        [idOf('statement'), '2024-10-20', '036', null, ['foreign ministry', 'wikidata:Q212']],
      ])
    })

    test('events of two sources about the same strike form one cluster', async () => {
      const clusters = clusterEvents(await store.eventRecords())
      assert.equal(clusters.length, 1)
      assert.deepEqual(
        { root: clusters[0].root, location: clusters[0].locationName, documents: clusters[0].documents, issuers: clusters[0].issuers, parties: clusters[0].partyNames },
        { root: '19', location: 'Kharkiv', documents: 2, issuers: ['Green Horizons Party', 'Ministry of Defence'], parties: ['Russia'] },
      )
    })

    test('documents and table rows come back in ingestion order, filtered', async () => {
      const docs: string[] = []
      for await (const d of store.documents({ cameo: '19' })) docs.push(d.report!.document.title!)
      assert.deepEqual(docs, ['Troops shell Kharkiv', 'Shelling of Kharkiv kills 12 people'])
      const techniques: unknown[] = []
      for await (const row of store.rows('techniques', { issuer: 'party' })) techniques.push([row.technique, row.text])
      assert.deepEqual(techniques, [['appeal_to_fear', 'Our cities will burn'], ['loaded_language', 'burn']])
      const events: Record<string, unknown>[] = []
      for await (const row of store.rows('events')) events.push(row)
      assert.deepEqual(events.map((e) => [e.document, e.cameo, e.location, e.day, e.background]), [
        [idOf('ministry'), '190', 'Kharkiv', '2024-09-09', 0],
        [idOf('party'), '195', 'Kharkiv', '2024-09-09', 0],
        [idOf('statement'), '036', null, '2024-10-20', 0],
        [idOf('note'), '150', null, null, 1],
      ])
      let documents = 0
      for await (const row of store.rows('documents')) documents += row.document ? 1 : 0
      assert.equal(documents, 5)
    })
  })
}
