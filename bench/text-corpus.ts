// Builds the text corpus of `npm run bench` from examples/ and, when present, the PTC articles.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { glob } from 'tinyglobby'

/** One benchmark document. */
export interface BenchDoc {
  name: string
  text: string
  bytes: number
}

/** A benchmark corpus: source documents repeated until the corpus reaches the wanted size. */
export interface BenchCorpus {
  docs: BenchDoc[]
  bytes: number
  /** How many distinct documents came from each source folder. */
  sources: { label: string; dir: string; documents: number; bytes: number }[]
  /** How many times the distinct documents were repeated. */
  repeats: number
}

export interface CorpusOptions {
  /** Folders of plain-text documents (`*.txt`, `*.md`), each with a label for the printout. */
  sources: { label: string; dir: string }[]
  /** The corpus is repeated until it holds at least this many UTF-8 bytes. */
  minBytes: number
}

async function readSource(dir: string): Promise<BenchDoc[]> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return []
  const files = (await glob(['**/*.txt', '**/*.md'], { cwd: dir, onlyFiles: true })).sort()
  return files
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8')
      return { name: file, text, bytes: Buffer.byteLength(text) }
    })
    .filter((doc) => doc.text.trim().length > 0)
}

/**
 * Reads every source folder that exists and repeats its documents until the corpus holds at
 * least `minBytes`. Built at run time, never stored.
 *
 * @example
 * const corpus = await buildCorpus({ sources: [{ label: 'examples', dir: 'examples' }], minBytes: 5e6 })
 */
export async function buildCorpus({ sources, minBytes }: CorpusOptions): Promise<BenchCorpus> {
  const distinct: BenchDoc[] = []
  const summary: BenchCorpus['sources'] = []
  for (const { label, dir } of sources) {
    const docs = await readSource(dir)
    summary.push({ label, dir, documents: docs.length, bytes: docs.reduce((sum, d) => sum + d.bytes, 0) })
    distinct.push(...docs.map((d) => ({ ...d, name: `${label}/${d.name}` })))
  }
  const distinctBytes = distinct.reduce((sum, d) => sum + d.bytes, 0)
  if (distinctBytes === 0) {
    throw new Error(`No documents found in ${sources.map((s) => s.dir).join(' or ')}. Add .txt files to examples/ or pass --ptc <dir> with PTC articles.`)
  }
  const repeats = Math.max(1, Math.ceil(minBytes / distinctBytes))
  const docs: BenchDoc[] = []
  for (let r = 0; r < repeats; r++) for (const d of distinct) docs.push(r === 0 ? d : { ...d, name: `${d.name}#${r + 1}` })
  return { docs, bytes: distinctBytes * repeats, sources: summary, repeats }
}
