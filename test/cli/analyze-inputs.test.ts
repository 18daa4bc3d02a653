import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { builtinAnalyzers } from '../../src/analyzers/index.ts'
import { expandInputs } from '../../src/ingest/index.ts'
import { ReportSchema, type Report } from '../../src/report/schema.ts'
import { findingSeverities, reaches, SEVERITIES } from '../../src/report/severity.ts'
import { exampleFiles, ROOT, runCli } from './run-cli.ts'

const texts = exampleFiles('.txt')
const noExamples = texts.length === 0 && 'needs documents in examples/'
const parseLines = (stdout: string) => stdout.trimEnd().split('\n').filter(Boolean).map((line) => ReportSchema.parse(JSON.parse(line)))

const UNDATED = 'The committee met to discuss the budget. Members asked for more time to read the figures.\n'

test('- reads standard input, and the document is named stdin', async () => {
  const { code, stdout, stderr } = await runCli(['analyze', '-', '--format', 'json'], { input: UNDATED })
  assert.equal(code, 0, stderr)
  const report = ReportSchema.parse(JSON.parse(stdout))
  assert.equal(report.document.text, UNDATED)
  assert.equal(report.document.source, 'stdin')
})

test('with no inputs, piped standard input is read', async () => {
  const { code, stdout, stderr } = await runCli(['analyze', '--format', 'jsonl'], { input: UNDATED })
  assert.equal(code, 0, stderr)
  assert.equal(parseLines(stdout)[0].document.text, UNDATED)
})

test('--published is the reference date of documents that carry none', async () => {
  const { code, stdout, stderr } = await runCli(['analyze', '-', '--format', 'json', '--published', '2021-05-05'], { input: UNDATED })
  assert.equal(code, 0, stderr)
  assert.equal(JSON.parse(stdout).document.published, '2021-05-05')
})

test('a folder is read recursively, every file it holds once', { skip: noExamples }, async () => {
  const { code, stdout, stderr } = await runCli(['analyze', 'examples', '--format', 'jsonl'])
  assert.equal(code, 0, stderr)
  const sources = parseLines(stdout).map((r) => r.document.source ?? '')
  const files = (await expandInputs(['examples'])).map((input) => input.source)
  assert.ok(files.length >= 2)
  const isBatch = (file: string) => /\.(jsonl|ndjson)$/.test(file)
  for (const file of files) {
    const expected = isBatch(file) ? readFileSync(join(ROOT, file), 'utf8').split('\n').filter((l) => l.trim()).length : 1
    const analysed = sources.filter((s) => s === file || s.startsWith(`${file}:`)).length
    assert.equal(analysed, expected, `${file} gives ${expected} document(s)`)
  }
  assert.equal(sources.length, new Set(sources).size, 'no document is analysed twice')
})

test('a glob picks the files it matches', { skip: noExamples }, async () => {
  const { code, stdout, stderr } = await runCli(['analyze', 'examples/*.txt', '--format', 'jsonl'])
  assert.equal(code, 0, stderr)
  assert.deepEqual(parseLines(stdout).map((r) => r.document.source).sort(), texts)
})

test('a glob that matches nothing is an input error', { skip: noExamples }, async () => {
  const { code, stdout, stderr } = await runCli(['analyze', 'examples/*.nothing', texts[0], '--format', 'jsonl'])
  assert.equal(code, 2)
  assert.match(stderr, /^unspun: examples\/\*\.nothing: /m)
  assert.equal(parseLines(stdout)[0].document.source, texts[0])
})

test('--fail-on exits with 1 exactly when a finding reaches the severity', { skip: noExamples }, async () => {
  const { stdout } = await runCli(['analyze', 'examples/*.txt', '--format', 'jsonl'])
  const reports: Report[] = parseLines(stdout)
  for (const severity of SEVERITIES) {
    const reached = reports.some((r) => findingSeverities(r).some((f) => f.section !== 'problems' && reaches(f.severity, severity)))
    const { code, stderr } = await runCli(['analyze', 'examples/*.txt', '--format', 'jsonl', '--fail-on', severity])
    assert.equal(code, reached ? 1 : 0, `--fail-on ${severity}: ${stderr}`)
  }
})

test('--disable leaves analyzers out and warns about ids that match none', { skip: noExamples }, async () => {
  const layers = [...new Set(builtinAnalyzers.map((a) => `${a.id.split('/')[0]}/`))]
  const { code, stdout, stderr } = await runCli(['analyze', texts[0], '--format', 'json', '--disable', [...layers, 'no-such-analyzer'].join(',')])
  assert.equal(code, 0, stderr)
  const report = ReportSchema.parse(JSON.parse(stdout))
  assert.deepEqual([report.entities, report.quotes, report.amounts, report.dates, report.events, report.techniques], [[], [], [], [], [], []])
  assert.ok(report.sentences.every((s) => s.function === 'other' && s.checkworthiness === 0))
  assert.match(stderr, /^unspun: --disable no-such-analyzer matches no analyzer; known analyzers: /m)
})

test('bad usage is explained and exits with 2', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['analyze', '-', '--format', 'xml'], /argument 'xml' is invalid\. Allowed choices are stylish, json, jsonl, html, csv/],
    [['analyze', '-', '--published', '5 May 2021'], /Expected a calendar date written YYYY-MM-DD, e\.g\. 2021-05-05; got '5 May 2021'/],
    [['analyze', '-', '--published', '2021-02-30'], /got '2021-02-30'/],
    [['analyze', '-', '--fail-on', 'fatal'], /Allowed choices are info, warning, error/],
    [['analyze', '-', '--max-bytes', 'lots'], /Expected a positive number of bytes/],
    [['analyze', '-', '--input-format', 'pdf'], /Allowed choices are text, html, jsonl/],
    [['analyze', '-', '--no-such-option'], /unknown option '--no-such-option'/],
  ]
  for (const [args, message] of cases) {
    const { code, stdout, stderr } = await runCli(args, { input: UNDATED })
    assert.equal(code, 2, args.join(' '))
    assert.match(stderr, message)
    assert.equal(stdout, '')
  }
})

test('unspun analyze examples/ prints a readable report of every example', { skip: noExamples }, async () => {
  const { code, stdout, stderr } = await runCli(['analyze', 'examples/'], { bin: true })
  assert.equal(code, 0, stderr)
  for (const file of texts) assert.match(stdout, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'))
  assert.match(stdout, /\n\d+ documents · /)
})
