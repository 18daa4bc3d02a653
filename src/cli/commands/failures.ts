import { Option, type Command } from 'commander'
import { addStoreOption, EXIT, processIO, withStore, write, type CorpusIO, type StoreFlags } from '../../corpus/cli/options.ts'
import { csvTable, textTable, type Column } from '../../corpus/cli/table.ts'
import type { DocumentSummary } from '../../corpus/types.ts'

/** The options of `unspun failures`. */
export interface FailuresFlags extends StoreFlags {
  format: 'stylish' | 'json' | 'csv'
  limit: number
}

const COLUMNS: Column<DocumentSummary>[] = [
  { heading: 'id', value: (d) => d.id },
  { heading: 'ingested', value: (d) => d.ingestedAt },
  { heading: 'source', value: (d) => d.source, max: 50 },
  { heading: 'error', value: (d) => d.error },
]

/** Runs `unspun failures`: lists the documents recorded as failed, newest first. */
export async function runFailures(flags: FailuresFlags, io: CorpusIO): Promise<number> {
  return withStore(flags, io, { create: false }, async (store) => {
    const failures = await store.failures({ limit: flags.limit })
    if (flags.format === 'json') await write(io.stdout, `${JSON.stringify(failures, null, 2)}\n`)
    else if (flags.format === 'csv') await write(io.stdout, csvTable(failures, COLUMNS))
    else if (failures.length === 0) await write(io.stdout, 'No failed documents.\n')
    else await write(io.stdout, textTable(failures, COLUMNS))
    return EXIT.ok
  })
}

/** `unspun failures`: the documents that could not be read or analysed, with their errors. */
export default function registerFailures(program: Command): void {
  addStoreOption(program.command('failures').description('List the documents that could not be read or analysed, with their errors.'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'csv']).default('stylish'))
    .option('-n, --limit <n>', 'the most failures to list', (v) => Number.parseInt(v, 10), 1000)
    .addHelpText('after', '\nThe next `unspun ingest` of the same documents retries them.\n\nExample:\n  $ unspun failures --format csv > failures.csv')
    .action(async (flags: FailuresFlags) => {
      process.exitCode = await runFailures(flags, processIO())
    })
}
