import { Option, type Command } from 'commander'
import { addStoreOption, EXIT, processIO, withStore, type CorpusIO, type StoreFlags } from '../../corpus/cli/options.ts'
import { FORMAT_NAMES, type FormatName } from '../../report/format/index.ts'
import { useColor } from '../color.ts'
import { streamOutput } from '../output.ts'
import { createReportWriter } from '../report-writer.ts'

/** The options of `unspun show`. */
export interface ShowFlags extends StoreFlags {
  format: FormatName
  color?: boolean
}

/**
 * Runs `unspun show ID`: prints a stored report in any report format. The id is the store's
 * document id, the content hash, or the document's own id. Exit code 1 when there is no such document.
 */
export async function runShow(id: string, flags: ShowFlags, io: CorpusIO): Promise<number> {
  return withStore(flags, io, { create: false }, async (store) => {
    const stored = await store.get(id)
    if (!stored) {
      io.stderr.write(`unspun: no stored document has the id '${id}'. \`unspun search\` lists document ids.\n`)
      return EXIT.notFound
    }
    const sources = stored.sources.length > 0 ? stored.sources : [stored.source]
    io.stderr.write(`${stored.id}: ${sources.join(', ')}; ingested ${stored.ingestedAt}\n`)
    if (stored.status === 'failed') io.stderr.write(`unspun: ${stored.id} failed: ${stored.error}\n`)
    if (!stored.report) return EXIT.failure
    const color = useColor({ flag: flags.color, toFile: false, isTTY: !!io.stdout.isTTY, env: io.env })
    const width = io.stdout.isTTY && io.stdout.columns ? Math.min(160, Math.max(60, io.stdout.columns)) : 100
    const output = streamOutput(io.stdout)
    const writer = createReportWriter(flags.format, output, { color, width })
    await writer.add(stored.report)
    await writer.finish()
    return stored.status === 'failed' ? EXIT.failure : EXIT.ok
  })
}

/** `unspun show ID`: a stored report. */
export default function registerShow(program: Command): void {
  addStoreOption(
    program
      .command('show')
      .description('Print a stored report, in any report format.')
      .argument('<id>', "the document's id in the store (from search), its content hash, or its own id"),
  )
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output')
    .addHelpText(
      'after',
      `
The document's sources and ingestion time are printed on stderr.
Exit codes: 0 printed; 1 no such document; 2 the document failed, bad usage or no store.

Examples:
  $ unspun show 1768a9cf8b351d18
  $ unspun show batch-001 --format html > batch-001.html`,
    )
    .action(async (id: string, flags: ShowFlags) => {
      process.exitCode = await runShow(id, flags, processIO())
    })
}
