import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { ConllFormatError } from '../../ner/conll-format.ts'
import { tagConll } from '../../ner/conll-tagging.ts'
import { loadNerTagger } from '../../ner/load.ts'

/** Where `unspun conll tag` reads and writes. */
export interface ConllIo {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  /** Reads standard input to the end (for the file name `-`). */
  readStdin: () => Uint8Array
}

/**
 * Runs `unspun conll tag FILE`: prints FILE's lines with the predicted IOB2 tag appended and returns
 * the exit code (0, or 2 when the file or the model cannot be read).
 *
 * @example
 * process.exitCode = runConllTag('dev.conll', {}, { stdout: process.stdout, stderr: process.stderr, readStdin })
 */
export function runConllTag(file: string, flags: { model?: string }, io: ConllIo): number {
  const source = file === '-' ? '<stdin>' : file
  let bytes: Uint8Array
  try {
    bytes = file === '-' ? io.readStdin() : readFileSync(file)
  } catch (error) {
    io.stderr.write(`unspun conll tag: cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`)
    return 2
  }
  try {
    io.stdout.write(tagConll(bytes, source, loadNerTagger(flags.model)))
    return 0
  } catch (error) {
    const where = error instanceof ConllFormatError ? '' : `${flags.model ?? 'the NER model'}: `
    io.stderr.write(`unspun conll tag: ${where}${(error as Error).message}\n`)
    return 2
  }
}

/** `unspun conll tag FILE`: named-entity tags for CoNLL-format tokens. */
export default function registerConll(program: Command): void {
  const conll = program.command('conll').description('Work with CoNLL-format token files (one token per line, blank line between sentences).')
  conll
    .command('tag')
    .description('Append the predicted named-entity tag (IOB2: PER, ORG, LOC, MISC) to every token line.')
    .argument('<file>', 'CoNLL file with the token in the first column, or - for standard input')
    .option('--model <file>', 'NER model file (default: the shipped models/ner.bin)')
    .addHelpText(
      'after',
      `
Every input line is printed with one more space-separated column; blank lines stay blank and
-DOCSTART- lines get O. Exit codes: 0 tagged; 2 the file or model could not be read.

Examples:
  $ unspun conll tag ../shared/data/ner/conll2003-valid.txt > valid.tagged
  $ cut -d' ' -f1 tokens.txt | unspun conll tag -`,
    )
    .action((file: string, flags: { model?: string }) => {
      process.exitCode = runConllTag(file, flags, { stdout: process.stdout, stderr: process.stderr, readStdin: () => readFileSync(0) })
    })
}
