import { Command, CommanderError } from 'commander'
import { readFileSync } from 'node:fs'
import { commands } from './commands/index.ts'

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }

const program = new Command()
program
  .name('unspun')
  .description('Separate what a political text reports from how it argues.')
  .version(pkg.version)
  .showHelpAfterError()
  .exitOverride()
for (const register of commands) register(program)

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2
  } else {
    process.stderr.write(`unspun: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  }
}
