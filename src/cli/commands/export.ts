import { Argument, type Command } from 'commander'
import { addFilterOptions, addStoreOption, EXIT, filtersOf, processIO, withStore, type CorpusIO, type FilterFlags, type StoreFlags } from '../../corpus/cli/options.ts'
import { EXPORT_KINDS, exportCorpus, type ExportKind } from '../../corpus/exports.ts'
import { fileOutput, streamOutput, type Output } from '../output.ts'

/** The options of `unspun export`. */
export interface ExportFlags extends StoreFlags, FilterFlags {
  output?: string
}

/** Runs `unspun export KIND`: writes the corpus (or the filtered part) to stdout or a file. */
export async function runExport(kind: ExportKind, flags: ExportFlags, io: CorpusIO): Promise<number> {
  return withStore(flags, io, { create: false }, async (store) => {
    let output: Output
    try {
      output = flags.output ? fileOutput(flags.output) : streamOutput(io.stdout)
    } catch (error) {
      io.stderr.write(`unspun: cannot write ${flags.output}: ${(error as Error).message}\n`)
      return EXIT.failure
    }
    let count: number
    try {
      count = await exportCorpus(store, kind, (chunk) => output.write(chunk), filtersOf(flags))
    } finally {
      output.close()
    }
    if (output.error) {
      io.stderr.write(`unspun: cannot write the output: ${output.error.message}\n`)
      return EXIT.failure
    }
    io.stderr.write(`Exported ${count} ${kind === 'jsonl' ? 'reports' : kind === 'gdelt' ? 'events' : 'rows'}${flags.output ? ` to ${flags.output}` : ''}.\n`)
    return EXIT.ok
  })
}

/** `unspun export KIND`: JSONL reports, CSV tables, or a GDELT-style events file. */
export default function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description('Export the corpus: JSONL of reports, CSV tables of documents, entities, events or techniques, or a GDELT-style events TSV.')
    .addArgument(new Argument('<kind>', 'jsonl, documents, entities, events, techniques or gdelt').choices(EXPORT_KINDS))
  addFilterOptions(addStoreOption(command))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addHelpText(
      'after',
      `
Examples:
  $ unspun export jsonl -o reports.jsonl
  $ unspun export techniques --issuer "party" > techniques.csv
  $ unspun export gdelt --from 2024-01-01 -o events.tsv`,
    )
    .action(async (kind: ExportKind, flags: ExportFlags) => {
      process.exitCode = await runExport(kind, flags, processIO())
    })
}
