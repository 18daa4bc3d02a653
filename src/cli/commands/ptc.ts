import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { defaultCueLexicon } from '../../rhetoric/lexicon/index.ts'
import type { CueMatcher } from '../../rhetoric/model/cue-hits.ts'
import { loadRhetoricModel } from '../../rhetoric/model/model-file.ts'
import type { RhetoricModel } from '../../rhetoric/model/rhetoric-model.ts'
import { readPtcArticles } from '../../rhetoric/ptc/corpus.ts'
import { formatSiLabels, formatTcLabels, parseTcTemplate } from '../../rhetoric/ptc/labels.ts'
import { classifyTemplate, identifySpans } from '../../rhetoric/ptc/tasks.ts'

/** Where `unspun ptc` writes. */
export interface PtcIo {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

export interface PtcFlags {
  articles: string
  template?: string
  /** folder with rhetoric-spans.bin and rhetoric-techniques.bin (default: the shipped models/) */
  model?: string
}

function load(flags: PtcFlags): { articles: Map<string, string>; model: RhetoricModel; cues: CueMatcher | undefined } {
  const articles = readPtcArticles(flags.articles)
  if (articles.size === 0) throw new Error(`${flags.articles} holds no article<ID>.txt files`)
  const model = loadRhetoricModel(flags.model)
  const lexicon = model.usesCues ? defaultCueLexicon() : null
  return { articles, model, cues: lexicon ? (text, tokens) => lexicon.matchCues(text, tokens) : undefined }
}

function fail(io: PtcIo, task: string, error: unknown): number {
  io.stderr.write(`unspun ptc ${task}: ${(error as Error).message}\n`)
  return 2
}

/**
 * Runs `unspun ptc si`: prints `ID<TAB>start<TAB>end` for every predicted span of every article
 * (code-point offsets, end exclusive, overlapping spans merged). Returns the exit code.
 */
export function runPtcSi(flags: PtcFlags, io: PtcIo): number {
  try {
    const { articles, model, cues } = load(flags)
    io.stdout.write(formatSiLabels(identifySpans(articles, model, cues)))
    return 0
  } catch (error) {
    return fail(io, 'si', error)
  }
}

/**
 * Runs `unspun ptc tc`: prints `ID<TAB>Technique<TAB>start<TAB>end` for every line of the template,
 * in template order. Returns the exit code (2 for a missing article, a bad template or model).
 */
export function runPtcTc(flags: PtcFlags, io: PtcIo): number {
  try {
    if (!flags.template) throw new Error('needs --template FILE (lines ID<TAB>anything<TAB>start<TAB>end)')
    let content: string
    try {
      content = readFileSync(flags.template, 'utf8')
    } catch (error) {
      throw new Error(`cannot read ${flags.template}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }
    const template = parseTcTemplate(content, flags.template)
    const { articles, model, cues } = load(flags)
    io.stdout.write(formatTcLabels(classifyTemplate(articles, template, model, cues)))
    return 0
  } catch (error) {
    return fail(io, 'tc', error)
  }
}

/** `unspun ptc si|tc`: the Propaganda Techniques Corpus tasks, in the formats of its official scorers. */
export default function registerPtc(program: Command): void {
  const io: PtcIo = { stdout: process.stdout, stderr: process.stderr }
  const ptc = program.command('ptc').description('Run the PTC (SemEval-2020 task 11) tasks: span identification and technique classification.')
  ptc
    .command('si')
    .description('Find propaganda spans in every article<ID>.txt of a folder; print ID<TAB>start<TAB>end.')
    .requiredOption('--articles <dir>', 'folder of article<ID>.txt files')
    .option('--model <dir>', 'folder of the rhetoric model files (default: the shipped models/)')
    .addHelpText('after', '\nOffsets count Unicode code points, end exclusive; overlapping spans are merged.\nExit codes: 0 done; 2 the folder or model could not be read.\n\nExample:\n  $ unspun ptc si --articles test-articles > si.txt')
    .action((flags: PtcFlags) => {
      process.exitCode = runPtcSi(flags, io)
    })
  ptc
    .command('tc')
    .description('Label every span of a template (ID<TAB>anything<TAB>start<TAB>end) with one of the 14 techniques.')
    .requiredOption('--articles <dir>', 'folder of article<ID>.txt files')
    .requiredOption('--template <file>', 'template lines ID<TAB>anything<TAB>start<TAB>end')
    .option('--model <dir>', 'folder of the rhetoric model files (default: the shipped models/)')
    .addHelpText(
      'after',
      '\nPrints ID<TAB>Technique<TAB>start<TAB>end in template order; a span listed k times gets the k most likely techniques.\nExit codes: 0 done; 2 a template line names a missing article, or a file could not be read.\n\nExample:\n  $ unspun ptc tc --articles test-articles --template test-task-tc-template.out > tc.txt',
    )
    .action((flags: PtcFlags) => {
      process.exitCode = runPtcTc(flags, io)
    })
}
