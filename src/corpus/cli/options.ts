import { Option, type Command } from 'commander'
import { existsSync } from 'node:fs'
import { parseDate } from '../../cli/options.ts'
import { isPostgresUrl, openStore, storeLocation } from '../open-store.ts'
import type { CorpusFilters, Store } from '../types.ts'

/** The streams and environment a corpus command uses, passed in so it can be run in-process. */
export interface CorpusIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  env: Readonly<Record<string, string | undefined>>
}

/** The process's own streams and environment. */
export const processIO = (): CorpusIO => ({ stdout: process.stdout, stderr: process.stderr, env: process.env })

/** Exit codes shared with `unspun analyze`: 0 done, 1 nothing found where something was asked for, 2 bad usage, bad input or an error. */
export const EXIT = { ok: 0, notFound: 1, failure: 2 } as const

export interface StoreFlags {
  db?: string
}

export interface FilterFlags {
  issuer?: string
  entity?: string
  technique?: string
  cameo?: string
  function?: string
  from?: string
  to?: string
}

/** Adds `--db`. */
export function addStoreOption(command: Command): Command {
  return command.option('--db <path|url>', 'the store: an SQLite file, or postgres://… (default: UNSPUN_DB, then DATABASE_URL, then ./unspun.db)')
}

/** Adds the corpus filters shared by search, stats, events and export. */
export function addFilterOptions(command: Command): Command {
  return command
    .option('--issuer <text>', 'issuer contains this text (any case)')
    .option('--entity <name>', 'names this entity (name, alias or knowledge-base id, any case)')
    .option('--technique <id>', 'has this persuasion technique (id such as loaded_language, or PTC label)')
    .option('--cameo <code>', 'reports an event whose CAMEO code starts with this, e.g. 19 or 190')
    .addOption(new Option('--function <function>', 'has a sentence with this function').choices(['report', 'opinion', 'call_to_action', 'quote', 'question', 'other']))
    .option('--from <date>', 'published on or after YYYY-MM-DD', parseDate)
    .option('--to <date>', 'published on or before YYYY-MM-DD', parseDate)
}

/** The filters among the flags. */
export function filtersOf(flags: FilterFlags): CorpusFilters {
  const { issuer, entity, technique, cameo, function: fn, from, to } = flags
  return { issuer, entity, technique: technique as CorpusFilters['technique'], cameo, function: fn as CorpusFilters['function'], from, to }
}

/**
 * Opens the store the flags and environment name, runs `work` with it and closes it. A store that
 * does not exist yet is an error for commands that only read (`create: false`). Errors are
 * printed as `unspun: …` and give exit code 2.
 */
export async function withStore(flags: StoreFlags, io: CorpusIO, options: { create: boolean }, work: (store: Store) => Promise<number>): Promise<number> {
  const location = storeLocation(flags.db, io.env)
  if (!options.create && !isPostgresUrl(location) && location !== ':memory:' && !existsSync(location)) {
    io.stderr.write(`unspun: no store at ${location}. Ingest documents first, e.g. \`unspun ingest examples/ --db ${location}\`, or name the store with --db.\n`)
    return EXIT.failure
  }
  let store: Store
  try {
    store = await openStore(location)
  } catch (error) {
    io.stderr.write(`unspun: ${(error as Error).message}\n`)
    return EXIT.failure
  }
  try {
    return await work(store)
  } catch (error) {
    io.stderr.write(`unspun: ${(error as Error).message}\n`)
    return EXIT.failure
  } finally {
    await store.close()
  }
}

/** Writes text to a stream and resolves once it is flushed to the stream's buffer. */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (text.length === 0 || stream.write(text)) resolve()
    else stream.once('drain', resolve)
  })
}
