import { builtinAnalyzers } from '../analyzers/index.ts'
import type { Analyzer } from '../engine/types.ts'
import { readDocuments, type InputFormat } from '../ingest/index.ts'
import { createAnalyzer } from '../index.ts'
import type { FormatName } from '../report/format/index.ts'
import type { Report } from '../report/schema.ts'
import { findingSeverities, reaches, type Severity } from '../report/severity.ts'
import { useColor } from './color.ts'
import { fileOutput, streamOutput, type Output } from './output.ts'
import { unmatchedDisables } from './options.ts'
import { createReportWriter } from './report-writer.ts'

/** The options of `unspun analyze`, already parsed and checked. */
export interface AnalyzeOptions {
  format: FormatName
  output?: string
  inputFormat?: InputFormat
  published?: string
  failOn?: Severity
  maxBytes?: number
  disable?: readonly string[]
  /** `--color` (true) or `--no-color` (false); undefined when neither was given. */
  color?: boolean
  /** Analyzers to run instead of the built-in ones (for programs that embed the command). */
  analyzers?: readonly Analyzer<any, any>[] // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The process streams and environment a run uses, passed in so the run can be tested in-process. */
export interface AnalyzeIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  stderr: NodeJS.WritableStream
  stdin: NodeJS.ReadableStream & { isTTY?: boolean }
  env: Readonly<Record<string, string | undefined>>
}

/** Exit codes: 0 clean; 1 a finding reached `--fail-on`; 2 bad input, bad usage or an internal error. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const

function hasFinding(report: Report, threshold: Severity): boolean {
  return findingSeverities(report).some((f) => f.section !== 'problems' && reaches(f.severity, threshold))
}

function openOutput(options: AnalyzeOptions, io: AnalyzeIO): Output | string {
  if (!options.output) return streamOutput(io.stdout)
  try {
    return fileOutput(options.output)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message
    return `cannot write the output file ${options.output}: ${reason}`
  }
}

/**
 * Runs `unspun analyze`: reads every input one at a time, analyses it with one analyzer instance,
 * and writes each report as soon as it is ready. A bad input is reported on stderr as
 * `unspun: <source>: <reason>` and the run goes on. Returns the exit code.
 */
export async function runAnalyze(inputs: readonly string[], options: AnalyzeOptions, io: AnalyzeIO): Promise<number> {
  const say = (line: string) => io.stderr.write(`unspun: ${line}\n`)
  let patterns = inputs
  if (patterns.length === 0) {
    if (io.stdin.isTTY) {
      say('no inputs. Give files, folders or globs to analyse, or - to read standard input, e.g. `unspun analyze examples/`.')
      return EXIT.failure
    }
    patterns = ['-']
  }
  const output = openOutput(options, io)
  if (typeof output === 'string') {
    say(output)
    return EXIT.failure
  }
  const color = useColor({ flag: options.color, toFile: !!options.output, isTTY: !!io.stdout.isTTY, env: io.env })
  const width = !options.output && io.stdout.isTTY && io.stdout.columns ? Math.min(160, Math.max(60, io.stdout.columns)) : 100
  const analyzers = options.analyzers ?? builtinAnalyzers
  const unspun = createAnalyzer({ analyzers, disable: options.disable, published: options.published ?? null })
  const known = analyzers.map((a) => a.id)
  for (const d of unmatchedDisables(options.disable ?? [], known)) say(`--disable ${d} matches no analyzer; known analyzers: ${known.join(', ') || 'none'}.`)
  const writer = createReportWriter(options.format, output, { color, width })
  let failed = 0
  let total = 0
  let reachedFailOn = false
  try {
    for await (const item of readDocuments(patterns, { inputFormat: options.inputFormat, published: options.published, maxBytes: options.maxBytes, stdin: io.stdin })) {
      if (output.closed) break
      total++
      if (item.error) {
        failed++
        say(item.error.message)
        continue
      }
      let report: Report
      try {
        report = unspun.analyze(item.doc)
      } catch (error) {
        failed++
        say(`${item.source}: analysis failed: ${error instanceof Error ? error.message : String(error)}`)
        continue
      }
      const broken = report.problems.filter((p) => (p.severity ?? 'error') === 'error')
      for (const p of broken) say(`${item.source}: ${p.message}`)
      if (broken.length > 0) failed++
      if (options.failOn && hasFinding(report, options.failOn)) reachedFailOn = true
      await writer.add(report)
    }
    await writer.finish()
  } finally {
    output.close()
  }
  if (output.error) {
    say(`cannot write the output: ${output.error.message}`)
    return EXIT.failure
  }
  if (failed > 0) {
    say(`${failed} of ${total} ${total === 1 ? 'input' : 'inputs'} could not be read or analysed in full.`)
    return EXIT.failure
  }
  return reachedFailOn ? EXIT.findings : EXIT.ok
}
