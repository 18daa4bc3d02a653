import { Option, type Command } from 'commander'
import { addFilterOptions, addStoreOption, EXIT, filtersOf, processIO, withStore, write, type CorpusIO, type FilterFlags, type StoreFlags } from '../../corpus/cli/options.ts'
import { formatComparison } from '../../corpus/cli/comparison-text.ts'
import { textTable, type Column } from '../../corpus/cli/table.ts'
import { cameoRootName } from '../../corpus/cameo-roots.ts'
import { compareCluster } from '../../corpus/cluster-comparison.ts'
import { clusterEvents, type EventCluster } from '../../corpus/clustering.ts'

/** The options of `unspun events`. */
export interface EventsFlags extends StoreFlags, FilterFlags {
  format: 'stylish' | 'json'
  cluster?: string
  window: number
  minSources: number
  limit?: number
}

const COLUMNS: Column<EventCluster>[] = [
  { heading: 'cluster', value: (c) => c.id },
  { heading: 'dates', value: (c) => (c.from === c.to ? c.from : `${c.from}..${c.to}`) },
  { heading: 'event', value: (c) => `${c.cameo} ${cameoRootName(c.root)}` },
  { heading: 'location', value: (c) => c.locationName, max: 28 },
  { heading: 'sources', value: (c) => c.documents, right: true },
  { heading: 'issuers', value: (c) => c.issuers.join('; '), max: 60 },
]

/**
 * Runs `unspun events`: lists clusters of events reported by several documents, or, with
 * `--cluster ID`, shows how each source reported one. Exit code 1 when the cluster is not found.
 */
export async function runEvents(flags: EventsFlags, io: CorpusIO): Promise<number> {
  return withStore(flags, io, { create: false }, async (store) => {
    const clusters = clusterEvents(await store.eventRecords(filtersOf(flags)), { windowDays: flags.window, minSources: flags.minSources })
    if (flags.cluster) {
      const cluster = clusters.find((c) => c.id === flags.cluster)
      if (!cluster) {
        io.stderr.write(`unspun: no cluster '${flags.cluster}' with these filters and --window ${flags.window}; \`unspun events\` lists the clusters.\n`)
        return EXIT.notFound
      }
      const comparison = await compareCluster(store, cluster)
      const width = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 120
      await write(io.stdout, flags.format === 'json' ? `${JSON.stringify(comparison, null, 2)}\n` : formatComparison(comparison, width))
      return EXIT.ok
    }
    const shown = flags.limit ? clusters.slice(0, flags.limit) : clusters
    if (flags.format === 'json') await write(io.stdout, `${JSON.stringify(shown.map(({ members, ...c }) => ({ ...c, events: members.length })), null, 2)}\n`)
    else await write(io.stdout, shown.length === 0 ? 'No event is reported by more than one document.\n' : textTable(shown, COLUMNS))
    return EXIT.ok
  })
}

const positive = (value: string) => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new Error(`Expected a whole number; got '${value}'.`)
  return n
}

/** `unspun events`: the same event across sources. */
export default function registerEvents(program: Command): void {
  const command = program
    .command('events')
    .description('The same event across sources: clusters of events with the same CAMEO root, shared actors or location, and close dates.')
  addFilterOptions(addStoreOption(command))
    .option('--cluster <id>', 'show side by side how each source reported this cluster: its numbers, quotes and techniques')
    .option('--window <days>', 'the most days between two linked events', positive, 3)
    .option('--min-sources <n>', 'the fewest documents a cluster needs', positive, 2)
    .option('-n, --limit <n>', 'the most clusters to list', positive)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .addHelpText(
      'after',
      `
Cluster ids stay the same for the same corpus, filters and window.

Examples:
  $ unspun events --from 2024-09-01
  $ unspun events --cluster c3f9a1b2c4d5
  $ unspun events --cameo 19 --format json`,
    )
    .action(async (flags: EventsFlags) => {
      process.exitCode = await runEvents(flags, processIO())
    })
}
