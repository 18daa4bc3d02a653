import { Option, type Command } from 'commander'
import pc from 'picocolors'
import { addFilterOptions, addStoreOption, EXIT, filtersOf, processIO, withStore, write, type CorpusIO, type FilterFlags, type StoreFlags } from '../../corpus/cli/options.ts'
import { csvTable } from '../../corpus/cli/table.ts'
import type { SearchHit } from '../../corpus/types.ts'
import { printable } from '../../report/format/terminal-text.ts'
import { useColor } from '../color.ts'

/** The options of `unspun search`. */
export interface SearchFlags extends StoreFlags, FilterFlags {
  format: 'stylish' | 'json' | 'csv'
  limit: number
  offset?: number
  color?: boolean
}

function highlighted(hit: SearchHit, color: boolean): string {
  let out = ''
  let at = 0
  for (const [start, end] of hit.highlights) {
    out += hit.snippet.slice(at, start)
    const word = hit.snippet.slice(start, end)
    out += color ? pc.bold(pc.yellow(word)) : `[${word}]`
    at = end
  }
  return printable(out + hit.snippet.slice(at))
}

/** Search hits for people: one block per hit with its id, date, issuer, title and the snippet. */
export function formatHits(hits: readonly SearchHit[], color: boolean): string {
  if (hits.length === 0) return 'No documents match.\n'
  return hits
    .map((h) => {
      const head = [color ? pc.cyan(h.id) : h.id, h.published ?? 'undated', h.issuer ?? 'unknown issuer'].join('  ')
      const title = h.title ? `\n  ${color ? pc.bold(printable(h.title)) : printable(h.title)}` : ''
      return `${head}${title}\n  ${highlighted(h, color)}\n  ${color ? pc.dim(h.source) : h.source}\n`
    })
    .join('\n')
}

const HIT_COLUMNS = [
  { heading: 'id', value: (h: SearchHit) => h.id },
  { heading: 'published', value: (h: SearchHit) => h.published },
  { heading: 'issuer', value: (h: SearchHit) => h.issuer },
  { heading: 'title', value: (h: SearchHit) => h.title },
  { heading: 'score', value: (h: SearchHit) => h.score },
  { heading: 'source', value: (h: SearchHit) => h.source },
  { heading: 'snippet', value: (h: SearchHit) => h.snippet },
]

/** Runs `unspun search`: prints the hits; exit code 1 when nothing matches. */
export async function runSearch(query: string | undefined, flags: SearchFlags, io: CorpusIO): Promise<number> {
  return withStore(flags, io, { create: false }, async (store) => {
    const hits = await store.search({ ...filtersOf(flags), text: query ?? '', limit: flags.limit, offset: flags.offset })
    if (flags.format === 'json') await write(io.stdout, `${JSON.stringify(hits, null, 2)}\n`)
    else if (flags.format === 'csv') await write(io.stdout, csvTable(hits, HIT_COLUMNS))
    else {
      const color = useColor({ flag: flags.color, toFile: false, isTTY: !!io.stdout.isTTY, env: io.env })
      await write(io.stdout, formatHits(hits, color))
    }
    return hits.length > 0 ? EXIT.ok : EXIT.notFound
  })
}

function parseCount(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new Error(`Expected a whole number; got '${value}'.`)
  return n
}

/** `unspun search [query]`: full-text search over the stored documents, with filters. */
export default function registerSearch(program: Command): void {
  const command = program
    .command('search')
    .description('Search the stored documents: full text with filters by issuer, entity, technique, CAMEO code, sentence function and date.')
    .argument('[query]', 'words, "quoted phrases", OR between alternatives, -word to exclude; leave out to list by date')
  addFilterOptions(addStoreOption(command))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'csv']).default('stylish'))
    .option('-n, --limit <n>', 'the most hits to print', parseCount, 20)
    .option('--offset <n>', 'skip this many hits first', parseCount)
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output')
    .addHelpText(
      'after',
      `
With --format json the output is an array of hits: {id, docId, title, issuer, published, source,
snippet, highlights: [[start, end], …], score}; highlights are UTF-16 offsets into the snippet.

Exit codes: 0 hits found; 1 no document matches; 2 bad usage or no store.

Examples:
  $ unspun search "border crossing"
  $ unspun search troops --technique flag_waving --from 2024-01-01 --format json
  $ unspun search --issuer "ministry of defence" --cameo 19`,
    )
    .action(async (query: string | undefined, flags: SearchFlags) => {
      process.exitCode = await runSearch(query, flags, processIO())
    })
}
