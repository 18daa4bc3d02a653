import assert from 'node:assert/strict'
import { test } from 'node:test'
import { mixHash } from '../models/hashing.ts'
import { seededRandom } from '../models/seeded-random.ts'
import { mix, NerFeatureExtractor, sentenceCase } from './features.ts'
import { Gazetteer, normalizeLists } from './gazetteer.ts'
import { wordClustersFrom } from '../models/word-clusters.ts'

const gazetteer = new Gazetteer(normalizeLists([{ category: 'city', source: 'test', names: ['Brussels'] }]))

function featuresOf(extractor: NerFeatureExtractor, words: string[]): Set<number>[] {
  const { buckets, offsets } = extractor.extract(words)
  return words.map((_, i) => new Set(buckets.subarray(offsets[i], offsets[i + 1])))
}

test('tells headline capitals and title case from ordinary sentences', () => {
  assert.equal(sentenceCase(['UN', 'SAYS', 'FRENCH', 'AID', 'REACHED', 'HAITI', '.']), 'upper')
  assert.equal(sentenceCase(['Defence', 'Minister', 'Announces', 'New', 'Funding', 'for', 'Armed', 'Forces']), 'title')
  assert.equal(sentenceCase(['NATO', 'said', 'on', 'Monday', 'that', 'troops', 'had', 'arrived', '.']), 'mixed')
  assert.equal(sentenceCase(['1996-08-22']), 'mixed')
})

test('every word gets its own run of buckets inside the table, the same each time', () => {
  const extractor = new NerFeatureExtractor(16, gazetteer)
  const words = ['NATO', 'met', 'in', 'Brussels', '.']
  const { buckets, offsets } = extractor.extract(words)
  assert.equal(offsets.length, words.length + 1)
  for (let i = 0; i < words.length; i++) assert.ok(offsets[i + 1] - offsets[i] > 20, `word ${i} has ${offsets[i + 1] - offsets[i]} features`)
  for (const b of buckets) assert.ok(b >= 0 && b < 1 << 16)
  const again = new NerFeatureExtractor(16, gazetteer).extract(words)
  assert.deepEqual([...again.buckets], [...buckets])
})

test('context changes some features of a word but not those of the word itself', () => {
  const extractor = new NerFeatureExtractor(20, gazetteer)
  const [, a] = featuresOf(extractor, ['troops', 'Brussels', 'said'])
  const [, b] = featuresOf(extractor, ['in', 'Brussels', 'today'])
  const shared = [...a].filter((f) => b.has(f)).length
  assert.ok(shared > 10 && shared < a.size, `${shared} of ${a.size} shared`)
})

test('gazetteer matches add features, in any casing', () => {
  const extractor = new NerFeatureExtractor(20, gazetteer)
  const none = new NerFeatureExtractor(20, new Gazetteer([]))
  const withList = featuresOf(extractor, ['in', 'BRUSSELS'])[1]
  const without = featuresOf(none, ['in', 'BRUSSELS'])[1]
  assert.ok(withList.size > without.size)
})

test('features mix hashes exactly as the shared hashing does, as signed numbers', () => {
  const random = seededRandom(3)
  const samples = [0, 1, -1, 0x7fffffff, 0x80000000, 0xffffffff, ...Array.from({ length: 500 }, () => Math.floor(random() * 0x1_0000_0000))]
  for (const a of samples) for (const b of samples.slice(0, 20)) assert.equal(mix(a, b) >>> 0, mixHash(a, b), `${a}, ${b}`)
  assert.ok(samples.some((a) => mix(a, 7) < 0), 'some mixed hashes are negative as signed numbers')
})

test('words of one cluster share a feature, in any sentence; words the table lacks get none', () => {
  const clusters = wordClustersFrom([['lunde', 3, 7], ['arden', 3, 7], ['said', 0, 1]], 4, 8)
  const extractor = new NerFeatureExtractor(16, gazetteer, clusters)
  const [lunde] = featuresOf(extractor, ['Lunde', 'said'])
  const [arden] = featuresOf(extractor, ['Arden', 'said'])
  const [zorn] = featuresOf(extractor, ['Zorn', 'spoke'])
  const shared = [...lunde].filter((b) => arden.has(b))
  const withoutClusters = featuresOf(new NerFeatureExtractor(16, gazetteer), ['Lunde', 'said'])[0]
  const sharedWithout = [...withoutClusters].filter((b) => featuresOf(new NerFeatureExtractor(16, gazetteer), ['Arden', 'said'])[0].has(b))
  assert.ok(shared.length > sharedWithout.length, 'the cluster features are shared')
  assert.equal(lunde.size, withoutClusters.size + 4, 'fine and coarse cluster, the fine cluster with the capitalisation, and the cluster of the word after')
  assert.equal(zorn.size, featuresOf(new NerFeatureExtractor(16, gazetteer), ['Zorn', 'spoke'])[0].size)
})
