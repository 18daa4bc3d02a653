import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'
import { seededRandom } from './seeded-random.ts'

/**
 * Word clusters: every word of a general English vocabulary in a coarse and a fine group of words
 * used alike (spherical k-means over pre-trained word vectors). The span tagger reads a word's
 * groups as features, so a loaded word the training articles never had ("shoddier") still shares
 * weights with the words it is used like ("shoddy", "sloppy").
 */
export interface WordClusters {
  /** a digest of the table, recorded in models trained with it */
  readonly digest: string
  readonly size: number
  /** the coarse and fine cluster of a lower-cased word, or undefined when the table lacks it */
  get(lowerWord: string): readonly [coarse: number, fine: number] | undefined
}

const FORMAT = 'unspun.word-clusters/1'
/** coarse × PACK + fine: both clusters in one number */
const PACK = 65536

/** The shipped table: `<package>/models/word-clusters.tsv.gz`, written by `npm run build:clusters`. */
export const DEFAULT_CLUSTERS_FILE = fileURLToPath(new URL('../../models/word-clusters.tsv.gz', import.meta.url))

/** A table that knows no word: models trained with it read no cluster features. */
export const NO_CLUSTERS: WordClusters = { digest: 'none', size: 0, get: () => undefined }

interface Header {
  format: typeof FORMAT
  coarse: number
  fine: number
  source: Record<string, unknown>
}

function checkClusters(word: string, coarse: number, fine: number, coarseCount: number, fineCount: number, where: string): void {
  if (!Number.isInteger(coarse) || coarse < 0 || coarse >= coarseCount || !Number.isInteger(fine) || fine < 0 || fine >= fineCount) {
    throw new Error(`${where}: "${word}" has clusters ${coarse}/${fine}, outside 0..${coarseCount - 1}/0..${fineCount - 1}`)
  }
}

/** A table over packed clusters; the digest is the SHA-256 of the counts line and the word lines. */
function tableOf(map: Map<string, number>, body: string, coarseCount: number, fineCount: number): WordClusters {
  const digest = createHash('sha256').update(`${coarseCount}:${fineCount}\n`).update(body).digest('hex').slice(0, 16)
  return {
    digest,
    size: map.size,
    get: (word) => {
      const packed = map.get(word)
      return packed === undefined ? undefined : [Math.floor(packed / PACK), packed % PACK]
    },
  }
}

/** The lines of a cluster file after its header. */
const bodyOf = (entries: ReadonlyArray<readonly [string, number, number]>) => entries.map(([w, c, f]) => `${w}\t${c}\t${f}\n`).join('')

/** Builds a table from words and their clusters (in the order given). */
export function wordClustersFrom(entries: ReadonlyArray<readonly [word: string, coarse: number, fine: number]>, coarseCount: number, fineCount: number): WordClusters {
  const map = new Map<string, number>()
  for (const [word, coarse, fine] of entries) {
    checkClusters(word, coarse, fine, coarseCount, fineCount, 'word clusters')
    map.set(word, coarse * PACK + fine)
  }
  return tableOf(map, bodyOf(entries), coarseCount, fineCount)
}

/** The bytes of a cluster file: gzipped lines `word<TAB>coarse<TAB>fine` under a JSON header line. */
export function encodeWordClusters(entries: ReadonlyArray<readonly [string, number, number]>, coarseCount: number, fineCount: number, source: Record<string, unknown>): Uint8Array {
  const header: Header = { format: FORMAT, coarse: coarseCount, fine: fineCount, source }
  return gzipSync(JSON.stringify(header) + '\n' + bodyOf(entries), { level: 9 })
}

/** Reads a cluster file's bytes; `name` is used in error messages. */
export function decodeWordClusters(bytes: Uint8Array, name = 'word clusters'): WordClusters {
  let text: string
  try {
    text = gunzipSync(bytes).toString('utf8')
  } catch (error) {
    throw new Error(`${name} is not a gzipped cluster file (${(error as Error).message}); re-create it with \`npm run build:clusters\`.`)
  }
  const headerEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')
  let header: Header
  try {
    header = JSON.parse(text.slice(0, headerEnd)) as Header
  } catch {
    throw new Error(`${name} has no header line; re-create it with \`npm run build:clusters\`.`)
  }
  if (header?.format !== FORMAT) throw new Error(`${name} is not a ${FORMAT} file; re-create it with \`npm run build:clusters\`.`)
  const map = new Map<string, number>()
  let line = 1
  for (let at = headerEnd + 1; at < text.length; line++) {
    const newline = text.indexOf('\n', at)
    const end = newline < 0 ? text.length : newline
    if (end > at) {
      const tab = text.indexOf('\t', at)
      const tab2 = tab < 0 ? -1 : text.indexOf('\t', tab + 1)
      if (tab < 0 || tab2 < 0 || tab2 > end) throw new Error(`${name}, line ${line + 1}: expected word<TAB>coarse<TAB>fine`)
      const word = text.slice(at, tab)
      const coarse = Number(text.slice(tab + 1, tab2))
      const fine = Number(text.slice(tab2 + 1, end))
      checkClusters(word, coarse, fine, header.coarse, header.fine, `${name}, line ${line + 1}`)
      map.set(word, coarse * PACK + fine)
    }
    at = end + 1
  }
  return tableOf(map, text.slice(headerEnd + 1), header.coarse, header.fine)
}

/** What a model file records of the word clusters it was trained with. */
export interface ClustersRecord {
  digest: string
  words: number
}

/** The record to store with a model trained with `clusters`: none when it read none. */
export function clustersRecord(clusters: WordClusters): { clusters?: ClustersRecord } {
  return clusters.size > 0 ? { clusters: { digest: clusters.digest, words: clusters.size } } : {}
}

/**
 * The word clusters a stored model needs: none when it recorded none, else the table `clusters`
 * gives, which must be the one it was trained with. `file` and `command` name the model and the
 * command that re-creates it in the error.
 */
export function clustersFor(recorded: ClustersRecord | undefined, clusters: () => WordClusters, file: string, command: string): WordClusters {
  if (!recorded) return NO_CLUSTERS
  const table = clusters()
  if (table.digest !== recorded.digest) {
    throw new Error(`${file} was trained with word clusters ${recorded.digest} (${recorded.words} words), but the clusters found are ${table.digest} (${table.size} words); re-create it with \`${command}\`.`)
  }
  return table
}

/** The cluster file a model folder may hold next to its weights; without it the shipped one is read. */
export const CLUSTERS_FILE = 'word-clusters.tsv.gz'

/** The clusters of a model folder: its own `word-clusters.tsv.gz`, else the shipped table. */
export function loadClustersBeside(folder: string): WordClusters {
  const own = join(folder, CLUSTERS_FILE)
  return loadWordClusters(existsSync(own) ? own : DEFAULT_CLUSTERS_FILE)
}

const loaded = new Map<string, WordClusters>()

/** Reads a cluster file (default: the shipped one), once per path. */
export function loadWordClusters(path: string = DEFAULT_CLUSTERS_FILE): WordClusters {
  let clusters = loaded.get(path)
  if (clusters) return clusters
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw new Error(`Cannot read the word clusters ${path} (${(error as Error).message}); create them with \`npm run build:clusters\`.`)
  }
  clusters = decodeWordClusters(bytes, path)
  loaded.set(path, clusters)
  return clusters
}


/**
 * k-means++ seeding: the first centre is a random row, each next one a row drawn with probability
 * proportional to its distance (1 − cosine) from the nearest centre chosen so far.
 */
function seedCentroids(vectors: Float64Array, dims: number, k: number, random: () => number): Float64Array {
  const n = vectors.length / dims
  const centroids = new Float64Array(k * dims)
  const nearest = new Float64Array(n).fill(Infinity)
  let row = Math.floor(random() * n)
  for (let c = 0; c < k; c++) {
    centroids.set(vectors.subarray(row * dims, (row + 1) * dims), c * dims)
    let total = 0
    for (let i = 0; i < n; i++) {
      let dot = 0
      for (let d = 0; d < dims; d++) dot += vectors[i * dims + d] * centroids[c * dims + d]
      const distance = Math.max(0, 1 - dot)
      if (distance < nearest[i]) nearest[i] = distance
      total += nearest[i]
    }
    let target = random() * total
    row = n - 1
    for (let i = 0; i < n; i++) {
      target -= nearest[i]
      if (target < 0) {
        row = i
        break
      }
    }
  }
  return centroids
}

/**
 * Spherical k-means: rows of `vectors` (each `dims` long, unit length) into `k` clusters by cosine
 * similarity. Starts from `k` rows chosen k-means++ style with a seeded generator, runs until no row moves
 * or `iterations` passes; ties go to the lower cluster. The same input gives the same output.
 */
export function sphericalKMeans(vectors: Float64Array, dims: number, k: number, options: { seed: number; iterations: number }): Int32Array {
  const n = vectors.length / dims
  if (!Number.isInteger(n) || k < 1 || k > n) throw new Error(`k-means: cannot make ${k} clusters of ${n} rows`)
  const centroids = seedCentroids(vectors, dims, k, seededRandom(options.seed))
  const assignment = new Int32Array(n).fill(-1)
  for (let pass = 0; pass < options.iterations; pass++) {
    let moved = 0
    for (let i = 0; i < n; i++) {
      const at = i * dims
      let best = 0
      let bestScore = -Infinity
      for (let c = 0; c < k; c++) {
        const ct = c * dims
        let dot = 0
        for (let d = 0; d < dims; d++) dot += vectors[at + d] * centroids[ct + d]
        if (dot > bestScore) {
          bestScore = dot
          best = c
        }
      }
      if (assignment[i] !== best) {
        assignment[i] = best
        moved++
      }
    }
    if (moved === 0) break
    const sums = new Float64Array(k * dims)
    const counts = new Int32Array(k)
    for (let i = 0; i < n; i++) {
      const c = assignment[i]
      counts[c]++
      for (let d = 0; d < dims; d++) sums[c * dims + d] += vectors[i * dims + d]
    }
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) continue
      let norm = 0
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d] ** 2
      norm = Math.sqrt(norm) || 1
      for (let d = 0; d < dims; d++) centroids[c * dims + d] = sums[c * dims + d] / norm
    }
  }
  return assignment
}
