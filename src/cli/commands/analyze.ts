import { Option, type Command } from 'commander'
import { FORMAT_NAMES, type FormatName } from '../../report/format/index.ts'
import { SEVERITIES, type Severity } from '../../report/severity.ts'
import type { InputFormat } from '../../ingest/index.ts'
import { parseByteSize, parseDate, parseDisable } from '../options.ts'
import { runAnalyze } from '../run-analyze.ts'

interface AnalyzeFlags {
  format: FormatName
  output?: string
  inputFormat?: InputFormat
  published?: string
  failOn?: Severity
  maxBytes?: number
  disable?: string[]
  color?: boolean
}

/** `unspun analyze [inputs...]`: analyses files, folders, globs or standard input and prints the reports. */
export default function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('Analyse documents and print what each reports and how it argues.')
    .argument('[inputs...]', 'files, folders, globs, or - for standard input (the default when input is piped)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output <file>', 'write the output to a file instead of standard output (never coloured)')
    .addOption(new Option('--input-format <format>', 'read every input as this format instead of telling by name and content').choices(['text', 'html', 'jsonl']))
    .option('--published <date>', 'reference date YYYY-MM-DD for documents that carry none', parseDate)
    .addOption(new Option('--fail-on <severity>', 'exit with 1 when a finding reaches this severity').choices(SEVERITIES))
    .option('--max-bytes <bytes>', 'largest input to read, e.g. 5000000 or 20MB (default 20MB)', parseByteSize)
    .option('--disable <ids>', 'analyzer ids or prefixes to leave out, comma-separated, e.g. rhetoric/,facts/dates', parseDisable)
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output')
    .addHelpText(
      'after',
      `
Exit codes: 0 all documents analysed; 1 a finding reached --fail-on; 2 an input could not be read,
an analyzer failed, or the command was used wrongly.

Examples:
  $ unspun analyze examples/
  $ unspun analyze "news/**/*.html" --format jsonl -o reports.jsonl
  $ cat release.txt | unspun analyze - --published 2021-05-05 --format json
  $ unspun analyze examples/ --format html -o report.html`,
    )
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      process.exitCode = await runAnalyze(inputs, flags, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env })
    })
}
