// Writes docs/techniques.md from the technique definitions (src/report/techniques.ts), the cue
// lexicons and their measured calibration (data/lexicons/), and the model's cross-validated scores
// (models/rhetoric-cv.json, the summary of one `npm run eval:ptc` run).
// `node --import tsx scripts/write-technique-docs.ts [--check]`
// `node --import tsx scripts/write-technique-docs.ts --cv-from FILE` first stores the per-technique
// scores of a saved `npm run eval:ptc` output in models/rhetoric-cv.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { z } from 'zod'
import { TECHNIQUES } from '../src/report/techniques.ts'
import type { CueFamily, LexiconEntry } from '../src/rhetoric/lexicon/entry.ts'
import { DEFAULT_LEXICON_DIR, loadLexiconData } from '../src/rhetoric/lexicon/load.ts'
import { loadCalibration, type Calibration } from '../src/rhetoric/rules/calibration.ts'
import { ARGUED_SENTENCE_PRECISION } from '../src/rhetoric/model/argued-sentences.ts'
import { SLOGAN_FAMILY, SLOGAN_LINE_CUE } from '../src/rhetoric/rules/slogan-lines.ts'
import { MIN_CONFIDENCE } from '../src/rhetoric/rules/cue-rules.ts'
import { REPETITION_FAMILY } from '../src/rhetoric/rules/repetition-findings.ts'
import { REPETITION_FILE, RepetitionFileSchema } from '../src/rhetoric/rules/repetition-settings.ts'

/** Where the generated page lives. */
export const TECHNIQUE_DOCS_FILE = new URL('../docs/techniques.md', import.meta.url)
/** The summary of the model's cross-validation, when it has been run. */
export const MODEL_CV_FILE = new URL('../models/rhetoric-cv.json', import.meta.url)
const COMMAND = 'node --import tsx scripts/write-technique-docs.ts'

const ScoreSchema = z.object({ f1: z.number().min(0).max(1), precision: z.number().min(0).max(1).optional(), recall: z.number().min(0).max(1).optional() })
/** The shape of models/rhetoric-cv.json: per-technique scores keyed by technique id or PTC label. */
const ModelCvSchema = z.object({
  command: z.string().optional(),
  date: z.string().optional(),
  folds: z.number().int().optional(),
  measure: z.string().optional().describe('what the scores measure'),
  techniques: z.record(z.string(), ScoreSchema),
})
type ModelCv = z.infer<typeof ModelCvSchema>

function readModelCv(file: URL): ModelCv | null {
  if (!existsSync(file)) return null
  const parsed = ModelCvSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) throw new Error(`${fileURLToPath(file)} is not a cross-validation summary: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  return parsed.data
}

/**
 * Reads the per-technique table of a saved `npm run eval:ptc` output ("technique F1 P R gold" under
 * "## Technique classification on gold spans") into the summary the docs read.
 */
export function parseEvalPtcOutput(output: string): ModelCv {
  const lines = output.split(/\r?\n/)
  const date = /^# PTC cross-validation — (\d{4}-\d{2}-\d{2})/m.exec(output)?.[1]
  const command = /^command: (.+)$/m.exec(output)?.[1]
  const folds = /(\d+) folds by article/.exec(output)?.[1]
  const start = lines.findIndex((l) => l.startsWith('## Technique classification'))
  if (start === -1) throw new Error('No "## Technique classification" section in this output; pass the saved stdout of `npm run eval:ptc`.')
  const techniques: ModelCv['techniques'] = {}
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break
    const m = /^\s+(\S+)\s+(\d\.\d+)\s+(\d\.\d+)\s+(\d\.\d+)\s+\d+\s*$/.exec(line)
    if (m) techniques[m[1]] = { f1: Number(m[2]), precision: Number(m[3]), recall: Number(m[4]) }
  }
  if (Object.keys(techniques).length === 0) throw new Error('The technique table of this eval:ptc output is empty.')
  return { command, date, folds: folds ? Number(folds) : undefined, measure: 'technique classification on gold spans, per technique', techniques }
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const pct = (x: number) => `${(100 * x).toFixed(1)}%`
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``

function entryRow(entry: LexiconEntry, calibration: Calibration): string {
  const counts = calibration.file?.entries[entry.id]
  const measured = counts && counts.hits > 0 ? `${counts.overlapping}/${counts.hits}` : '–'
  const after = entry.notAfter.size > 0 ? `Not after: ${[...entry.notAfter].join(', ')} (a technical term there).` : null
  const before = entry.notBefore.size > 0 ? `Not before: ${[...entry.notBefore].join(', ')} (a technical term there).` : null
  const why = [entry.rationale, entry.source ? `Source: ${entry.source}.` : null, after, before].filter(Boolean).join(' ')
  const form = entry.kind === 'term' ? `${entry.text}${entry.inflect === 'verb' ? ' (verb forms)' : entry.inflect === 'noun' ? ' (plural)' : ''}` : entry.text
  const shown = entry.extent === 'clause' ? `${code(form)} + clause` : code(form)
  return `| ${cell(shown)} | ${code(entry.id)} | ${cell(why)} | ${measured} | ${calibration.confidence(entry).toFixed(3)} |`
}

function familySection(family: CueFamily, calibration: Calibration): string[] {
  const stats = calibration.file?.families[family.family]
  const measured = stats
    ? `Measured on the PTC training articles: ${stats.hits} hits, ${stats.overlapping} overlapping a gold span of the technique (precision ${pct(stats.precision)}; a cue placed at random: ${pct(stats.baseline)}).`
    : 'Not measured yet.'
  return [
    `#### ${family.title} (\`data/lexicons/${family.family}.json\`)`,
    '',
    family.description,
    '',
    measured,
    '',
    '| cue | entry | why | hits overlapping / hits | confidence |',
    '| --- | --- | --- | --- | --- |',
    ...family.entries.map((e) => entryRow(e, calibration)),
    '',
  ]
}

function repetitionSection(calibration: Calibration): string[] {
  const path = `${fileURLToPath(DEFAULT_LEXICON_DIR)}${REPETITION_FILE}`
  const settings = RepetitionFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
  const kinds: Array<[string, string]> = [
    ['word', 'a content word repeated beyond the document’s average'],
    ['cue-word', 'a word that is itself a lexicon cue, repeated'],
    ['phrase', 'a phrase repeated'],
    ['cue-phrase', 'a phrase holding a lexicon cue, repeated'],
  ]
  const rows = kinds.map(([kind, what]) => {
    const id = `${REPETITION_FAMILY}.${kind}`
    const counts = calibration.file?.entries[id]
    const confidence = calibration.confidence({ id, family: REPETITION_FAMILY, weight: 1 })
    return `| ${code(id)} | ${what} | ${counts ? `${counts.overlapping}/${counts.hits}` : '–'} | ${confidence.toFixed(3)}${confidence < MIN_CONFIDENCE ? ' (not reported)' : ''} |`
  })
  const values = (['minWordCount', 'wordRatio', 'minCueWordCount', 'minPhraseCount', 'minCuePhraseCount', 'maxPhraseTokens', 'minWordLength'] as const).map(
    (key) => `- \`${key}\` = ${settings[key]}: ${settings.rationale[key] ?? ''}`,
  )
  return [
    '#### Repetition found in the document (`data/lexicons/repetition.json`)',
    '',
    settings.description,
    '',
    'Every occurrence after the first is marked. The names of the main entities (people, organisations and places named more than once) and of the issuer never count, nor do lines repeated word for word (captions, bylines, polls).',
    '',
    ...values,
    `- ${settings.stopWords.length} stop words: ${settings.rationale.stopWords ?? ''}`,
    '',
    '| cue | what repeats | hits overlapping / hits | confidence |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ]
}

function modelLine(cv: ModelCv | null, id: string, ptc: string): string {
  if (!cv) return 'Model: not cross-validated yet (`npm run eval:ptc` writes `models/rhetoric-cv.json`).'
  const score = cv.techniques[id] ?? cv.techniques[ptc]
  if (!score) return 'Model: no cross-validated score for this technique in `models/rhetoric-cv.json`.'
  const pr = score.precision !== undefined && score.recall !== undefined ? ` (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)})` : ''
  const what = cv.measure ? `${cv.measure}, ` : ''
  return `Model (\`rhetoric/techniques\`): ${what}cross-validated F1 ${score.f1.toFixed(3)}${pr}${cv.folds ? `, ${cv.folds} folds` : ''}${cv.command ? `, \`${cv.command}\`` : ''}${cv.date ? `, ${cv.date}` : ''}.`
}

/** The exact text docs/techniques.md must hold. */
export function techniqueDocsText(lexiconDir: URL | string = DEFAULT_LEXICON_DIR, modelCvFile: URL = MODEL_CV_FILE): string {
  const { families, classes, classRationales } = loadLexiconData(lexiconDir)
  const calibration = loadCalibration(lexiconDir)
  const cv = readModelCv(modelCvFile)
  const file = calibration.file
  const out: string[] = [
    '# Persuasion techniques',
    '',
    `Generated by \`${COMMAND}\` from \`src/report/techniques.ts\`, the cue lexicons in \`data/lexicons/\` and \`models/rhetoric-cv.json\`. Edit those, not this page.`,
    '',
    'unspun reports the 14 techniques of the Propaganda Techniques Corpus (PTC). Two parts find them: a learned model and the transparent rules on this page, whose every finding names the lexicon entries that fired. The built-in `rhetoric/techniques` analyzer merges the two (one finding per technique and overlapping span, the higher confidence and the cues of both); `rhetoric/cues` runs the rules alone.',
    '',
    '**A cue is not a verdict.** A word such as "regime" or "terrorist" is listed because it is often used as a label, and it is listed whoever it is aimed at: the lists hold the words every side of politics uses of the other. A finding says that the text uses such a word or construction, quotes it, and says how often such a cue marked the technique in the PTC training articles; it does not say that the text, its author or its issuer is propagandistic.',
    '',
    '## How confidence is measured',
    '',
    `For every cue family and entry, \`node --import tsx scripts/calibrate-cues.ts\` counts on the PTC training articles (${file?.corpus ?? 'not measured'}) how many hits overlap a gold span of the technique the cue stands for. The family's precision, times the entry's weight, is the prior; an entry's own hits move its confidence toward its own precision (${file?.smoothing ?? '–'} hits weigh as much as the prior). The sentence around a hit then scales it by measured factors:`,
    '',
    '| sentence around a lexicon hit | hits | overlapping | factor |',
    '| --- | --- | --- | --- |',
  ]
  if (file) {
    const row = (name: string, c: { hits: number; overlapping: number; factor: number }) => `| ${name} | ${c.hits} | ${c.overlapping} | ${c.factor.toFixed(3)} |`
    out.push(
      row('no other cue', file.context.otherCues.none),
      row('one other cue', file.context.otherCues.one),
      row('two or more other cues', file.context.otherCues.more),
      row('no exclamation mark', file.context.exclamation.no),
      row('an exclamation mark', file.context.exclamation.yes),
    )
  }
  out.push(
    '',
    `Findings under confidence ${MIN_CONFIDENCE} are not reported (the model still sees every hit as a feature). Confidences are capped at 0.95. The entries were chosen with these articles in view, so the measured precisions are in-sample figures.`,
    '',
    '## Two findings that are not lexicon entries',
    '',
    `- **A slogan line** (cue \`${SLOGAN_LINE_CUE}\`): a sentence of two to eight words that ends in an exclamation mark and ends its line, on a line of its own or closing a paragraph, alone or in a closing run of such exclamations ("Strong region, sovereign people!", "Sovereignty now! Peace, not bases!"), as statements close; exclamatives, comments and greetings ("What a disgrace!", "Thank you all!") are left out. It is calibrated as a family of its own (\`${SLOGAN_FAMILY}\`), so that its low precision in the PTC articles, where every sentence stands on its own line and few short exclamations are slogans, does not lower the listed slogans.`,
    `- **An argued sentence read whole** (cue \`argued sentence\`): a sentence whose function is \`opinion\` (see docs/sentences.md) and that no other finding touches is one span, and the technique classifier, reading it whole, names the technique. In press releases such a sentence nearly always uses a technique that no single word gives away ("This is not a technical failure but a failure of political will."). The confidence is the share of such sentences that hold a technique span in both splits of the press-release gold set (\`${ARGUED_SENTENCE_PRECISION}\`; \`npm run eval -- techniques\` prints it for each split: the dev split alone, whose errors the constructions were written from, now keeps mostly the argued sentences that hold none) times the classifier's calibrated confidence in the label. In the PTC news articles far fewer such sentences hold a span (about 1 in 10).`,
    '',
    '## Summary',
    '',
    '| technique | PTC label | cue entries | rule precision (PTC train) | model F1 (cross-validated) |',
    '| --- | --- | --- | --- | --- |',
  )
  for (const t of TECHNIQUES) {
    const entries = families.flatMap((f) => f.entries).filter((e) => e.technique === t.id)
    const fams = Object.entries(file?.families ?? {}).filter(([, f]) => f.technique === t.id)
    const hits = fams.reduce((n, [, f]) => n + f.hits, 0)
    const overlapping = fams.reduce((n, [, f]) => n + f.overlapping, 0)
    const score = cv?.techniques[t.id] ?? cv?.techniques[t.ptc]
    const count = t.id === 'repetition' ? 'found in the document' : String(entries.length)
    out.push(`| [${t.name}](#${t.id}) | ${code(t.ptc)} | ${count} | ${hits ? `${pct(overlapping / hits)} of ${hits}` : '–'} | ${score ? score.f1.toFixed(3) : '–'} |`)
  }
  out.push('')
  for (const t of TECHNIQUES) {
    out.push(`## ${t.name}`, '', `<a id="${t.id}"></a>Id ${code(t.id)}, PTC label ${code(t.ptc)}.`, '', t.definition, '', modelLine(cv, t.id, t.ptc), '')
    if (t.id === 'repetition') out.push(...repetitionSection(calibration))
    for (const family of families) {
      const own = family.entries.filter((e) => e.technique === t.id)
      if (own.length > 0) out.push(...familySection({ ...family, entries: own }, calibration))
    }
  }
  out.push(
    '## Pattern syntax',
    '',
    'Terms match a word or phrase in any case, with plurals (nouns, the default: the last word) or verb forms (`inflect: verb`: the first word); a hyphenated term also matches with its parts apart. Patterns are constructions over tokens: `word`, `word~` (with its inflections), `(a|b c)` (one of), `[a|b]` (optionally one of), `…` (1 to 10 tokens of the same sentence), `{m,n}` (m to n tokens), `@class` (a word of a class below). An entry marked `+ clause` reports the clause around its cue words, starting after a reporting frame such as "the minister said that". All entries compile into one token trie, matched in one pass.',
    '',
    '## Word classes (`data/lexicons/word-classes.json`)',
    '',
    '| class | why | words |',
    '| --- | --- | --- |',
    ...[...classes].map(([name, words]) => `| ${code(`@${name}`)} | ${cell(classRationales.get(name) ?? '')} | ${cell(words.join(', '))} |`),
    '',
  )
  return out.join('\n')
}

function main(args: readonly string[]): number {
  const from = args.indexOf('--cv-from')
  if (from !== -1) {
    const source = args[from + 1]
    if (!source) throw new Error('--cv-from needs the file that holds the saved output of `npm run eval:ptc`')
    writeFileSync(MODEL_CV_FILE, `${JSON.stringify(parseEvalPtcOutput(readFileSync(source, 'utf8')), null, 2)}\n`)
    process.stdout.write(`Wrote ${fileURLToPath(MODEL_CV_FILE)}\n`)
  }
  const path = fileURLToPath(TECHNIQUE_DOCS_FILE)
  const expected = techniqueDocsText()
  if (args.includes('--check')) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : ''
    if (current === expected) {
      process.stdout.write(`${path} is up to date.\n`)
      return 0
    }
    process.stderr.write(`${path} is out of date with the lexicons and definitions. Run \`${COMMAND}\` to rewrite it.\n`)
    return 1
  }
  writeFileSync(path, expected)
  process.stdout.write(`Wrote ${path}\n`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2))
