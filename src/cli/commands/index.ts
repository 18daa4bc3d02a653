import type { Command } from 'commander'
import analyze from './analyze.ts'
import conll from './conll.ts'

/** A CLI command module: adds its command to the program. */
export type CommandModule = (program: Command) => void

// Each command lives in its own file beside this one and is listed here.
export const commands: CommandModule[] = [
  analyze,
  conll,
]
