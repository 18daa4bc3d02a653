import assert from 'node:assert/strict'
import { test } from 'node:test'
import { InputError } from '../ingest/input-error.ts'
import type { ReadItem } from '../ingest/read.ts'
import { contentHash } from './content-hash.ts'
import { ingestDocuments } from './ingest.ts'
import { openSqliteStore } from './sqlite/store.ts'

const analyzersModule = new URL('./test-support/exploding-analyzers.ts', import.meta.url).href

async function* items(): AsyncGenerator<ReadItem> {
  yield { source: 'a.txt', doc: { text: 'The council met on Monday.' } }
  yield { source: 'b.txt', doc: { text: 'The council  met on Monday.\n' } }
  yield { source: 'c.txt', doc: { text: 'Then it said EXPLODE.' } }
  yield { source: 'd.pdf', error: new InputError('d.pdf', 'binary data: this is a PDF document') }
}

test('ingest stores new documents, counts duplicates, and records failures with their errors; a rerun retries only the failures', async () => {
  const store = openSqliteStore(':memory:')
  try {
    const progress: number[] = []
    const first = await ingestDocuments(store, items(), { workers: 1, analyzersModule, onProgress: (p) => progress.push(p.done) })
    assert.deepEqual({ ...first, seconds: 0 }, { ingested: 1, duplicates: 1, failed: 2, seconds: 0 })
    assert.deepEqual(progress, [1, 2, 3, 4])
    const failures = await store.failures()
    assert.deepEqual(failures.map((f) => [f.source, f.error]).sort(), [
      ['c.txt', "Error while running analyzer 'test/explodes': boom"],
      ['d.pdf', 'd.pdf: binary data: this is a PDF document'],
    ])
    const partial = await store.get(contentHash('Then it said EXPLODE.'))
    assert.equal(partial?.status, 'failed')
    assert.equal(partial?.report?.problems[0].analyzer, 'test/explodes', 'the partial report is kept for inspection')
    assert.deepEqual((await store.get(contentHash('The council met on Monday.')))?.sources, ['a.txt', 'b.txt'])

    const second = await ingestDocuments(store, items(), { workers: 1, analyzersModule })
    assert.deepEqual([second.ingested, second.duplicates, second.failed], [0, 2, 2])
  } finally {
    await store.close()
  }
})
