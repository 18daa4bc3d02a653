/**
 * `npm run bench:corpus`: the corpus store at scale. Generates a corpus (default 100,000 documents)
 * by recombining the examples, and measures raw analysis throughput on the worker pool (no store),
 * ingest throughput into SQLite with the same pool, store size per 1,000 documents, and search
 * latency (p50/p95 over 200 queries with filters).
 *
 * Options: --docs <n> (default 100000), --ingest-docs <n> (documents analysed and ingested; default
 * all; the rest of the store is filled with copies of their reports, for size and search on a shared
 * machine where analysing all would take too long), --raw-docs <n> (default min(docs, 5000)),
 * --workers <n> (default 2), --queries <n> (default 200), --keep <dir> (keep the store file there).
 *
 * The text-corpus builder that `npm run bench` uses is re-exported from here.
 */
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

export { buildCorpus, type BenchCorpus, type BenchDoc, type CorpusOptions } from './text-corpus.ts'

function command(): string {
  const args = process.argv.slice(2).join(' ')
  if (process.env.npm_lifecycle_event === 'bench:corpus') return `npm run bench:corpus${args ? ` -- ${args}` : ''}`
  return `node --import tsx bench/corpus.ts${args ? ` ${args}` : ''}`
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '100000' },
      'raw-docs': { type: 'string' },
      'ingest-docs': { type: 'string' },
      workers: { type: 'string', default: '2' },
      queries: { type: 'string', default: '200' },
      keep: { type: 'string' },
    },
  })
  const docs = Number(values.docs)
  const options = {
    docs,
    rawDocs: Number(values['raw-docs'] ?? Math.min(docs, 5000)),
    ingestDocs: values['ingest-docs'] === undefined ? docs : Number(values['ingest-docs']),
    workers: Number(values.workers),
    queries: Number(values.queries),
    keep: values.keep,
  }
  const { runStoreBench } = await import('./store-bench.ts')
  const r = await runStoreBench(options, (line) => process.stderr.write(`${line}\n`))
  const ratio = r.ingestDocsPerSecond / r.rawDocsPerSecond
  const perThousand = (r.storeBytes / options.docs) * 1000
  const rows = [
    ['raw analysis (pool, no store)', `${r.rawDocsPerSecond.toFixed(1)} docs/s`, `${options.rawDocs.toLocaleString('en-US')} documents, before and after the ingest, mean`],
    ['ingest into SQLite', `${r.ingestDocsPerSecond.toFixed(1)} docs/s`, `${r.ingested.toLocaleString('en-US')} documents in ${r.ingestSeconds.toFixed(0)} s; ${(ratio * 100).toFixed(0)}% of raw (target ≥ 70%)`],
    ...(r.copied > 0 ? [['copies of analysed reports', `${(r.copied / r.copySeconds).toFixed(0)} docs/s`, `${r.copied.toLocaleString('en-US')} documents written straight to the store, for size and search`]] : []),
    ['store size', `${(perThousand / 1048576).toFixed(2)} MiB per 1,000 docs`, `${(r.storeBytes / 1048576).toFixed(0)} MiB in all`],
    ['search p50 / p95', `${r.searchP50.toFixed(1)} / ${r.searchP95.toFixed(1)} ms`, `${options.queries} queries with filters, max ${r.searchMax.toFixed(1)} ms, ${r.hitsPerQuery.toFixed(1)} hits per query (target p95 ≤ 50 ms)`],
  ]
  const width = (i: number) => Math.max(...rows.map((row) => row[i].length), ['measure', 'figure', 'notes'][i].length)
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width(i))).join(' | ')} |`
  process.stdout.write(
    [
      `$ ${command()}`,
      `${new Date().toISOString().slice(0, 10)} · node ${process.version} · ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}) · ${options.workers} workers`,
      '',
      line(['measure', 'figure', 'notes']),
      `|${[0, 1, 2].map((i) => '-'.repeat(width(i) + 2)).join('|')}|`,
      ...rows.map(line),
      '',
    ].join('\n'),
  )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
