import { Argument, Option, type Command } from 'commander'
import { addFilterOptions, addStoreOption, EXIT, filtersOf, processIO, withStore, write, type CorpusIO, type FilterFlags, type StoreFlags } from '../../corpus/cli/options.ts'
import { csvTable, textTable, type Column } from '../../corpus/cli/table.ts'
import { cameoRootName } from '../../corpus/cameo-roots.ts'
import type { EntityCoMention, EventCount, Store, TechniqueCount } from '../../corpus/types.ts'

/** The aggregates `unspun stats` prints. */
export const STATS = ['techniques', 'entities', 'events'] as const
export type StatsName = (typeof STATS)[number]

/** The options of `unspun stats`. */
export interface StatsFlags extends StoreFlags, FilterFlags {
  format: 'stylish' | 'json' | 'csv'
  with?: string
  minDocuments?: number
  limit?: number
}

const TECHNIQUE_COLUMNS: Column<TechniqueCount>[] = [
  { heading: 'issuer', value: (r) => r.issuer, max: 40 },
  { heading: 'month', value: (r) => r.month },
  { heading: 'technique', value: (r) => r.technique },
  { heading: 'count', value: (r) => r.count, right: true },
  { heading: 'documents', value: (r) => r.documents, right: true },
]

const ENTITY_COLUMNS: Column<EntityCoMention>[] = [
  { heading: 'entity_a', value: (r) => r.a, max: 40 },
  { heading: 'entity_b', value: (r) => r.b, max: 40 },
  { heading: 'documents', value: (r) => r.documents, right: true },
  { heading: 'key_a', value: (r) => r.aKey, max: 40 },
  { heading: 'key_b', value: (r) => r.bKey, max: 40 },
]

const EVENT_COLUMNS: Column<EventCount>[] = [
  { heading: 'month', value: (r) => r.month },
  { heading: 'root', value: (r) => r.root },
  { heading: 'event', value: (r) => cameoRootName(r.root) },
  { heading: 'location', value: (r) => r.location, max: 40 },
  { heading: 'count', value: (r) => r.count, right: true },
]

async function aggregate(store: Store, what: StatsName, flags: StatsFlags): Promise<{ rows: object[]; columns: Column<never>[] }> {
  const filters = filtersOf(flags)
  if (what === 'techniques') return { rows: await store.techniqueCounts(filters), columns: TECHNIQUE_COLUMNS as Column<never>[] }
  if (what === 'entities') {
    const rows = await store.entityCoMentions(filters, { with: flags.with, minDocuments: flags.minDocuments, limit: flags.limit })
    return { rows, columns: ENTITY_COLUMNS as Column<never>[] }
  }
  return { rows: await store.eventCounts(filters), columns: EVENT_COLUMNS as Column<never>[] }
}

/** Runs `unspun stats WHAT`: technique counts per issuer and month, entity co-mentions, or events by CAMEO root and location over time. */
export async function runStats(what: StatsName, flags: StatsFlags, io: CorpusIO): Promise<number> {
  return withStore(flags, io, { create: false }, async (store) => {
    const { rows, columns } = await aggregate(store, what, flags)
    if (flags.format === 'json') await write(io.stdout, `${JSON.stringify(rows, null, 2)}\n`)
    else if (flags.format === 'csv') await write(io.stdout, csvTable(rows as never[], columns))
    else await write(io.stdout, rows.length === 0 ? 'Nothing to count.\n' : textTable(rows as never[], columns))
    return EXIT.ok
  })
}

const whole = (value: string) => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new Error(`Expected a whole number of at least 1; got '${value}'.`)
  return n
}

/** `unspun stats techniques|entities|events`: aggregates over the corpus. */
export default function registerStats(program: Command): void {
  const command = program
    .command('stats')
    .description('Aggregates over the corpus: techniques per issuer and month, entity co-mentions, events by CAMEO root and location over time.')
    .addArgument(new Argument('<what>', 'techniques, entities or events').choices(STATS))
  addFilterOptions(addStoreOption(command))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'csv']).default('stylish'))
    .option('--with <entity>', 'entities: only pairs that include this entity')
    .option('--min-documents <n>', 'entities: pairs named together in at least this many documents (default 2)', whole)
    .option('--limit <n>', 'entities: the most pairs (default 100)', whole)
    .addHelpText(
      'after',
      `
Examples:
  $ unspun stats techniques --format csv > techniques.csv
  $ unspun stats entities --with NATO
  $ unspun stats events --cameo 19 --from 2024-01-01 --format json`,
    )
    .action(async (what: StatsName, flags: StatsFlags) => {
      process.exitCode = await runStats(what, flags, processIO())
    })
}
