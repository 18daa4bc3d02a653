import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { parseHTML } from 'linkedom'
import { ReportSchema, type Report } from '../../src/report/schema.ts'
import { exampleFiles, runCli, tempFolder } from './run-cli.ts'

const texts = exampleFiles('.txt')
const [first, second] = texts
const noExamples = texts.length < 2 && 'needs at least two .txt documents in examples/'
const ANSI = /\u001b\[/

test('stylish is the default: a readable report per document, then totals', { skip: noExamples }, async () => {
  const { code, stdout, stderr } = await runCli(['analyze', first])
  assert.equal(code, 0, stderr)
  assert.equal(stderr, '')
  assert.doesNotMatch(stdout, ANSI, 'no colour when the output is not a terminal')
  const lines = stdout.split('\n')
  assert.equal(lines[0], first)
  assert.match(stdout, /\n {2}\d+:\d+ {2}(report|opinion|call to action|quote|question|other) · check-worthiness \d\.\d\d\n/)
  assert.match(stdout, /\n {2}sentences {3}\d+ \(/)
  assert.match(stdout, /\n1 document · \d+ techniques?/)
})

test('json gives one report object for one document', { skip: noExamples }, async () => {
  const { code, stdout, stderr } = await runCli(['analyze', first, '--format', 'json'])
  assert.equal(code, 0, stderr)
  const report = ReportSchema.parse(JSON.parse(stdout))
  assert.equal(report.document.source, first)
  assert.equal(report.document.text, readFileSync(first, 'utf8').replace(/^\ufeff/, ''))
})

test('json gives an array of reports for several documents, in the order given', { skip: noExamples }, async () => {
  const { code, stdout, stderr } = await runCli(['analyze', second, first, '--format', 'json'])
  assert.equal(code, 0, stderr)
  const reports = JSON.parse(stdout) as unknown[]
  assert.ok(Array.isArray(reports))
  assert.deepEqual(
    reports.map((r) => ReportSchema.parse(r).document.source),
    [second, first],
  )
})

test('jsonl writes one valid report per line', { skip: noExamples }, async () => {
  const { code, stdout, stderr } = await runCli(['analyze', first, second, '--format', 'jsonl'])
  assert.equal(code, 0, stderr)
  const lines = stdout.trimEnd().split('\n')
  assert.deepEqual(
    lines.map((line) => ReportSchema.parse(JSON.parse(line)).document.source),
    [first, second],
  )
})

test('csv has a header and one row per finding for each document', { skip: noExamples }, async () => {
  const { code, stdout, stderr } = await runCli(['analyze', first, second, '--format', 'csv', '--no-color'])
  assert.equal(code, 0, stderr)
  const rows = stdout.split('\r\n')
  assert.equal(rows[0], 'document_id,section,start,end,line,column,label,text,confidence,detail')
  const json = await runCli(['analyze', first, second, '--format', 'jsonl'])
  const reports = json.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Report)
  for (const report of reports) {
    const sentenceRows = rows.filter((r) => r.startsWith(`${report.document.id},sentences,`))
    assert.equal(sentenceRows.length, report.sentences.length)
  }
})

test('html writes one offline page with every document, and nothing in it runs', { skip: noExamples }, async () => {
  const { code, stdout, stderr } = await runCli(['analyze', first, second, '--format', 'html'])
  assert.equal(code, 0, stderr)
  const { document } = parseHTML(stdout)
  assert.equal(document.querySelectorAll('article.doc').length, 2)
  assert.equal(document.querySelectorAll('script').length, 0)
  assert.doesNotMatch(stdout, /(src|href)="(https?:)?\/\//)
})

test('-o writes to the file, uncoloured even with --color, and nothing to stdout', { skip: noExamples }, async () => {
  const { dir, cleanup } = tempFolder()
  try {
    const file = join(dir, 'report.txt')
    const { code, stdout, stderr } = await runCli(['analyze', first, '-o', file, '--color'])
    assert.equal(code, 0, stderr)
    assert.equal(stdout, '')
    const written = readFileSync(file, 'utf8')
    assert.ok(written.startsWith(`${first}\n`))
    assert.doesNotMatch(written, ANSI)
    const json = join(dir, 'report.json')
    await runCli(['analyze', first, '--output', json, '--format', 'json'])
    ReportSchema.parse(JSON.parse(readFileSync(json, 'utf8')))
  } finally {
    cleanup()
  }
})

test('an output file in a missing folder is a clear error', { skip: noExamples }, async () => {
  const { code, stderr } = await runCli(['analyze', first, '-o', 'no-such-folder/report.txt'])
  assert.equal(code, 2)
  assert.match(stderr, /^unspun: cannot write the output file no-such-folder\/report\.txt: its folder does not exist\n/)
})

test('colour follows --color, FORCE_COLOR and NO_COLOR', { skip: noExamples }, async () => {
  assert.match((await runCli(['analyze', first, '--color'])).stdout, ANSI)
  assert.match((await runCli(['analyze', first], { env: { FORCE_COLOR: '1' } })).stdout, ANSI)
  assert.doesNotMatch((await runCli(['analyze', first], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout, ANSI)
  assert.doesNotMatch((await runCli(['analyze', first, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout, ANSI)
})
