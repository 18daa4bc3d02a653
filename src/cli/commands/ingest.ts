import { Option, type Command } from 'commander'
import { availableParallelism } from 'node:os'
import { addStoreOption, EXIT, processIO, withStore, type CorpusIO, type StoreFlags } from '../../corpus/cli/options.ts'
import { countDocuments } from '../../corpus/cli/count-inputs.ts'
import { ingestDocuments } from '../../corpus/ingest.ts'
import { readUrl } from '../../ingest/feeds.ts'
import { readDocuments, type InputFormat, type ReadItem } from '../../ingest/index.ts'
import { createProgress, formatDuration } from '../../jobs/progress.ts'
import { parseByteSize, parseDate, parseDisable } from '../options.ts'

/** The options of `unspun ingest`. */
export interface IngestFlags extends StoreFlags {
  format: 'stylish' | 'json'
  workers?: number
  inputFormat?: InputFormat
  published?: string
  since?: string
  maxBytes?: number
  disable?: string[]
  allowPrivateNetwork?: boolean
}

const isUrl = (input: string) => /^https?:\/\//i.test(input)

/** Reads files, globs, JSONL and standard input through the ingest reader, and URLs (pages, RSS, Atom) through the safe fetcher, in the order given. */
async function* readInputs(inputs: readonly string[], flags: IngestFlags, stdin?: NodeJS.ReadableStream): AsyncGenerator<ReadItem> {
  let paths: string[] = []
  const flushPaths = async function* () {
    if (paths.length === 0) return
    const batch = paths
    paths = []
    yield* readDocuments(batch, { inputFormat: flags.inputFormat, published: flags.published, maxBytes: flags.maxBytes, stdin })
  }
  for (const input of inputs) {
    if (!isUrl(input)) {
      paths.push(input)
      continue
    }
    yield* flushPaths()
    yield* readUrl(input, { allowPrivateNetwork: flags.allowPrivateNetwork, since: flags.since, published: flags.published, maxBytes: flags.maxBytes })
  }
  yield* flushPaths()
}

function parseWorkers(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new Error(`--workers takes a whole number from 1 to 256; got '${value}'.`)
  return n
}

/**
 * Runs `unspun ingest`: analyses the inputs on worker threads into the store, with progress on
 * stderr and a summary at the end (with `--format json`, a JSON line on stdout). Returns the exit
 * code: 0 when every document was stored or already there, 2 when some failed or on an error.
 */
export async function runIngest(inputs: readonly string[], flags: IngestFlags, io: CorpusIO & { stdin?: NodeJS.ReadableStream }): Promise<number> {
  if (inputs.length === 0) {
    io.stderr.write('unspun: no inputs. Give files, folders, globs, JSONL files or feed URLs to ingest, e.g. `unspun ingest examples/`.\n')
    return EXIT.failure
  }
  return withStore(flags, io, { create: true }, async (store) => {
    const total = await countDocuments(inputs)
    const progress = createProgress({ stream: io.stderr, total })
    const failures: string[] = []
    let summary
    try {
      summary = await ingestDocuments(store, readInputs(inputs, flags, io.stdin), {
        workers: flags.workers ?? availableParallelism(),
        disable: flags.disable,
        published: flags.published ?? null,
        onProgress: () => progress.advance(),
        onFailure: (source, error) => failures.push(error.startsWith(source) ? error : `${source}: ${error}`),
      })
    } finally {
      progress.stop()
    }
    for (const failure of failures.slice(0, 20)) io.stderr.write(`unspun: failed: ${failure}\n`)
    if (failures.length > 20) io.stderr.write(`unspun: … and ${failures.length - 20} more; \`unspun failures\` lists them all.\n`)
    const rate = summary.seconds > 0 ? (summary.ingested + summary.failed) / summary.seconds : 0
    io.stderr.write(
      `Ingested ${summary.ingested}, duplicates ${summary.duplicates}, failed ${summary.failed} in ${formatDuration(summary.seconds)} (${rate.toFixed(1)} docs/s) into ${store.location}.\n`,
    )
    if (flags.format === 'json') io.stdout.write(`${JSON.stringify(summary)}\n`)
    return summary.failed > 0 ? EXIT.failure : EXIT.ok
  })
}

/** `unspun ingest [inputs...]`: analyses documents into the corpus store. */
export default function registerIngest(program: Command): void {
  addStoreOption(
    program
      .command('ingest')
      .description('Analyse documents into the corpus store (SQLite by default, or PostgreSQL), on worker threads.')
      .argument('[inputs...]', 'files, folders, globs, JSONL files, - for standard input, or URLs of pages and RSS/Atom feeds'),
  )
    .addOption(new Option('-f, --format <format>', 'summary format; json prints {"ingested","duplicates","failed","seconds"} as the last line of stdout').choices(['stylish', 'json']).default('stylish'))
    .option('-w, --workers <n>', `worker threads (default: the number of cores, ${availableParallelism()} here)`, parseWorkers)
    .addOption(new Option('--input-format <format>', 'read every file as this format').choices(['text', 'html', 'jsonl']))
    .option('--published <date>', 'reference date YYYY-MM-DD for documents that carry none', parseDate)
    .option('--since <date>', 'feeds: only items published on or after YYYY-MM-DD', parseDate)
    .option('--max-bytes <bytes>', 'largest input or fetched page, e.g. 20MB', parseByteSize)
    .option('--disable <ids>', 'analyzer ids or prefixes to leave out, comma-separated', parseDisable)
    .option('--allow-private-network', 'let URLs reach private, loopback and link-local addresses (an intranet, a local server)')
    .addHelpText(
      'after',
      `
Documents are keyed by a hash of their text: ingesting them again stores nothing new and counts
them as duplicates. A run that is stopped can simply be started again. Documents that cannot be
read or analysed are recorded as failed (see \`unspun failures\`) and retried by the next run.

Exit codes: 0 every document stored (or already there); 2 some failed, or the store could not be used.

Examples:
  $ unspun ingest examples/
  $ unspun ingest "press/**/*.html" corpus.jsonl --db corpus.db --workers 2
  $ unspun ingest https://example.org/press/rss --since 2024-09-01
  $ unspun ingest corpus.jsonl --db postgres://localhost/newsroom --format json`,
    )
    .action(async (inputs: string[], flags: IngestFlags) => {
      process.exitCode = await runIngest(inputs, flags, { ...processIO(), stdin: process.stdin })
    })
}
