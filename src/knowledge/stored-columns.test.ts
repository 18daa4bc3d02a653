import assert from 'node:assert/strict'
import { test } from 'node:test'
import { StoredColumns, writeColumns, type StoredEntry } from './stored-columns.ts'

const entries: StoredEntry[] = [
  { t: 'l', s: 0, a: ['United States', 'US'], f: [0, 1], c: 'USA', k: 'USA', x: 'US' },
  { t: 'l', s: 0, a: ['Springfield'], c: 'USA', p: 0, i: 'city:geonames:1' },
  { t: 'p', s: 1, a: ['Barack Obama', 'Obama'], c: 'USA', r: 'USAELI -;USAGOV 20090120-' },
  { t: 'o', s: 1, a: [], n: '', k: 'BVT' },
  { t: 'g', s: 2, a: ['Houthis'], n: 'Ansar Allah', o: 'why it is here' },
]

test('entries stored by column read back as they were, in sections of type and source', () => {
  const { sections, columns } = JSON.parse(JSON.stringify(writeColumns(entries))) as ReturnType<typeof writeColumns>
  assert.deepEqual(sections, [['l', 0, 2], ['p', 1, 1], ['o', 1, 1], ['g', 2, 1]])
  const read = new StoredColumns(sections, columns)
  assert.equal(read.size, entries.length)
  assert.deepEqual(Array.from({ length: read.size }, (_, i) => read.entry(i)), entries)
  assert.deepEqual(read.entry(3), entries[3], 'an entry may be read before the ones before it')
})

test('texts the columns cannot hold are refused', () => {
  assert.throws(() => writeColumns([{ t: 'l', s: 0, a: ['New\tYork'] }]), /tabs or line breaks/)
  assert.throws(() => writeColumns([{ t: 'l', s: 0, a: [''] }]), /not empty/)
  assert.throws(() => writeColumns([{ t: 'l', s: 0, a: ['X'], o: 'two\nlines' }]), /line breaks/)
})
