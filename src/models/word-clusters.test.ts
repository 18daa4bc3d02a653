import assert from 'node:assert/strict'
import { gzipSync } from 'node:zlib'
import { test } from 'node:test'
import { decodeWordClusters, encodeWordClusters, loadWordClusters, NO_CLUSTERS, sphericalKMeans, wordClustersFrom } from './word-clusters.ts'

const entries = [['shoddy', 3, 17], ['sloppy', 3, 17], ['parliament', 0, 2]] as const

test('a cluster file reads back word by word, with the same digest', () => {
  const bytes = encodeWordClusters(entries, 4, 32, { vectors: 'test' })
  const clusters = decodeWordClusters(bytes)
  assert.deepEqual(clusters.get('shoddy'), [3, 17])
  assert.deepEqual(clusters.get('parliament'), [0, 2])
  assert.equal(clusters.get('Shoddy'), undefined, 'the table is read with lower-cased words')
  assert.equal(clusters.size, 3)
  assert.equal(clusters.digest, wordClustersFrom(entries, 4, 32).digest)
  assert.notEqual(clusters.digest, wordClustersFrom([['shoddy', 3, 16], ...entries.slice(1)], 4, 32).digest)
  assert.ok(Buffer.from(bytes).equals(Buffer.from(encodeWordClusters(entries, 4, 32, { vectors: 'test' }))))
})

test('a broken cluster file is refused with the command that makes one', () => {
  assert.throws(() => decodeWordClusters(new Uint8Array([1, 2, 3]), 'x.tsv.gz'), /x\.tsv\.gz is not a gzipped cluster file.*npm run build:clusters/)
  assert.throws(() => decodeWordClusters(gzipSync('word\t1\t2\n')), /no header line/)
  assert.throws(() => decodeWordClusters(gzipSync('{"format":"other"}\n')), /is not a unspun\.word-clusters\/1 file/)
  assert.throws(() => decodeWordClusters(gzipSync('{"format":"unspun.word-clusters/1","coarse":2,"fine":2}\nword 1 2\n')), /line 2: expected word<TAB>coarse<TAB>fine/)
  assert.throws(() => wordClustersFrom([['word', 2, 0]], 2, 2), /"word" has clusters 2\/0, outside 0\.\.1\/0\.\.1/)
  assert.throws(() => loadWordClusters('/nonexistent/clusters.tsv.gz'), /Cannot read the word clusters .*npm run build:clusters/)
})

test('the empty table knows no word', () => {
  assert.equal(NO_CLUSTERS.get('the'), undefined)
  assert.equal(NO_CLUSTERS.size, 0)
})

test('k-means puts vectors pointing the same way together, the same way every time', () => {
  const rows = [
    [1, 0.1], [0.9, 0.2], [1, 0],
    [0, 1], [0.1, 0.9], [-0.1, 1],
  ].map(([a, b]) => {
    const n = Math.hypot(a, b)
    return [a / n, b / n]
  })
  const vectors = Float64Array.from(rows.flat())
  const first = sphericalKMeans(vectors, 2, 2, { seed: 1, iterations: 10 })
  assert.equal(first[0], first[1])
  assert.equal(first[1], first[2])
  assert.equal(first[3], first[4])
  assert.equal(first[4], first[5])
  assert.notEqual(first[0], first[3])
  assert.deepEqual(sphericalKMeans(vectors, 2, 2, { seed: 1, iterations: 10 }), first)
  assert.throws(() => sphericalKMeans(vectors, 2, 7, { seed: 1, iterations: 10 }), /cannot make 7 clusters of 6 rows/)
})

test('the shipped clusters group words used alike', () => {
  const clusters = loadWordClusters()
  assert.ok(clusters.size >= 50_000)
  const fine = (word: string) => clusters.get(word)![1]
  assert.equal(fine('disgraceful'), fine('shameful'))
  assert.equal(fine('liar'), fine('traitor'))
  assert.notEqual(fine('shameful'), fine('parliament'))
  assert.equal(clusters.get('Shameful'), undefined)
})
