import assert from 'node:assert/strict'
import { test } from 'node:test'
import { clusterEvents, eventSimilarity } from './clustering.ts'
import type { EventRecord } from './types.ts'

const event = (documentId: string, date: string, over: Partial<EventRecord> = {}): EventRecord => ({
  documentId,
  issuer: `issuer of ${documentId}`,
  index: 0,
  cameo: '190',
  root: '19',
  date,
  location: 'geonames:706483',
  locationName: 'Kharkiv',
  parties: ['wikidata:Q159'],
  partyNames: ['Russia'],
  ...over,
})

test('events from different documents with the same root, place and close dates are one cluster', () => {
  const clusters = clusterEvents([event('a', '2024-09-09'), event('b', '2024-09-10', { cameo: '195' }), event('c', '2024-09-12')])
  assert.equal(clusters.length, 1)
  assert.deepEqual([clusters[0].documents, clusters[0].from, clusters[0].to, clusters[0].cameo, clusters[0].locationName], [3, '2024-09-09', '2024-09-12', '190', 'Kharkiv'])
  assert.deepEqual(clusters[0].partyNames, ['Russia'])
})

test('a different root, a different place, a gap past the window or one document alone make no cluster', () => {
  assert.deepEqual(clusterEvents([event('a', '2024-09-09'), event('b', '2024-09-09', { root: '14', cameo: '141' })]), [])
  assert.deepEqual(clusterEvents([event('a', '2024-09-09'), event('b', '2024-09-09', { location: 'geonames:703448', parties: [] })]), [])
  assert.deepEqual(clusterEvents([event('a', '2024-09-01'), event('b', '2024-09-09')]), [])
  assert.deepEqual(clusterEvents([event('a', '2024-09-09'), event('a', '2024-09-09', { index: 1 })]), [])
  assert.equal(clusterEvents([event('a', '2024-09-01'), event('b', '2024-09-09')], { windowDays: 10 }).length, 1)
})

test('a shared actor links events when one source names no place; nothing shared links nothing', () => {
  assert.equal(clusterEvents([event('a', '2024-09-09'), event('b', '2024-09-09', { location: null, locationName: null })]).length, 1)
  assert.equal(eventSimilarity(event('a', '2024-09-09', { location: null }), event('b', '2024-09-09', { location: null, parties: ['wikidata:Q212'] })), null)
})

test('cluster ids do not depend on the order the events come in', () => {
  const events = [event('a', '2024-09-09'), event('b', '2024-09-10'), event('c', '2024-10-01', { root: '03', cameo: '036', location: null, parties: ['x'] }), event('d', '2024-10-02', { root: '03', cameo: '036', location: null, parties: ['x'] })]
  const ids = clusterEvents(events).map((c) => c.id)
  assert.equal(ids.length, 2)
  assert.deepEqual(clusterEvents([...events].reverse()).map((c) => c.id), ids)
  assert.match(ids[0], /^c[0-9a-f]{12}$/)
})
