import type { Command } from 'commander'
import analyze from './analyze.ts'
import conll from './conll.ts'
import events from './events.ts'
import exportCommand from './export.ts'
import failures from './failures.ts'
import ingest from './ingest.ts'
import ptc from './ptc.ts'
import search from './search.ts'
import serve from './serve.ts'
import show from './show.ts'
import stats from './stats.ts'
import token from './token.ts'

/** A CLI command module: adds its command to the program. */
export type CommandModule = (program: Command) => void

// Each command lives in its own file beside this one and is listed here.
export const commands: CommandModule[] = [
  analyze,
  conll,
  ptc,
  ingest,
  search,
  show,
  failures,
  stats,
  events,
  exportCommand,
  serve,
  token,
]
