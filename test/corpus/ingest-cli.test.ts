import assert from 'node:assert/strict'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { exampleFiles, ROOT, runCli, tempFolder } from '../cli/run-cli.ts'

const { dir, cleanup } = tempFolder()
const db = join(dir, 'corpus.db')
const examples = exampleFiles('.txt', '.html', '.jsonl')
// Every example file is one document, except the JSONL file: one per line.
const EXPECTED = examples.length - 1 + 5
const lastLine = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, number>

before(() => mkdirSync(join(dir, 'inbox')))
after(cleanup)

test('ingest analyses every example into a new store and prints the summary as the last line of stdout', async () => {
  const { code, stdout, stderr } = await runCli(['ingest', 'examples/', '--db', db, '--workers', '2', '--format', 'json'])
  assert.equal(code, 0, stderr)
  const summary = lastLine(stdout)
  assert.deepEqual(Object.keys(summary), ['ingested', 'duplicates', 'failed', 'seconds'])
  assert.deepEqual({ ...summary, seconds: 0 }, { ingested: EXPECTED, duplicates: 0, failed: 0, seconds: 0 })
  assert.ok(summary.seconds > 0)
  // stderr is not a terminal here: plain progress lines, then the summary.
  assert.match(stderr, new RegExp(`${EXPECTED}/${EXPECTED} documents · [\\d.]+ docs/s`))
  assert.match(stderr, new RegExp(`Ingested ${EXPECTED}, duplicates 0, failed 0 in .* into ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`))
  assert.doesNotMatch(stderr, /\x1b\[/)
})

test('ingesting the same documents again stores nothing and counts them all as duplicates', async () => {
  const { code, stdout } = await runCli(['ingest', 'examples/', '--db', db, '--format', 'json'])
  assert.equal(code, 0)
  const summary = lastLine(stdout)
  assert.deepEqual([summary.ingested, summary.duplicates, summary.failed], [0, EXPECTED, 0])
})

test('the same text under another name is a duplicate, and show lists both sources', async () => {
  copyFileSync(join(ROOT, 'examples/02-foreign-ministry-statement.txt'), join(dir, 'inbox/copy.txt'))
  const { stdout } = await runCli(['ingest', join(dir, 'inbox/copy.txt'), '--db', db, '--format', 'json'])
  assert.deepEqual(lastLine(stdout), { ...lastLine(stdout), ingested: 0, duplicates: 1 })
  const hits = JSON.parse((await runCli(['search', '"restrictive measures"', '--db', db, '--format', 'json'])).stdout) as { id: string }[]
  const shown = await runCli(['show', hits[0].id, '--db', db, '--format', 'json'])
  assert.equal(shown.code, 0)
  assert.match(shown.stderr, /examples\/02-foreign-ministry-statement\.txt, .*inbox\/copy\.txt; ingested \d{4}-/)
  const report = JSON.parse(shown.stdout)
  assert.equal(report.schema, 'unspun.report/1')
  assert.match(report.document.text, /restrictive measures/)
})

test('documents that cannot be read are recorded as failed, listed by `unspun failures`, and retried', async () => {
  writeFileSync(join(dir, 'inbox/scan.pdf'), '%PDF-1.7\n%\xff\xfe binary')
  writeFileSync(join(dir, 'inbox/batch.jsonl'), '{"id": "b1", "text": "Parliament approved the budget on Tuesday."}\n{"id": "b2", "text": \n')
  const { code, stdout, stderr } = await runCli(['ingest', join(dir, 'inbox/scan.pdf'), join(dir, 'inbox/batch.jsonl'), '--db', db, '--format', 'json'])
  assert.equal(code, 2)
  assert.deepEqual([lastLine(stdout).ingested, lastLine(stdout).failed], [1, 2])
  assert.match(stderr, /unspun: failed: .*scan\.pdf: .*PDF/)
  const listed = await runCli(['failures', '--db', db, '--format', 'json'])
  assert.equal(listed.code, 0)
  const failures = JSON.parse(listed.stdout) as { source: string; error: string; status: string }[]
  assert.deepEqual(failures.map((f) => f.source.replace(dir, '')).sort(), ['/inbox/batch.jsonl:2', '/inbox/scan.pdf'])
  assert.ok(failures.every((f) => f.status === 'failed' && f.error.length > 0))
  const table = await runCli(['failures', '--db', db])
  assert.match(table.stdout, /^id\s+ingested\s+source\s+error\n/)
  const again = await runCli(['ingest', join(dir, 'inbox/scan.pdf'), '--db', db, '--format', 'json'])
  assert.equal(lastLine(again.stdout).failed, 1, 'a failed document is tried again, not counted as a duplicate')
})

test('reading commands explain a missing store and bad filters', async () => {
  const missing = await runCli(['search', 'troops', '--db', join(dir, 'nothing.db')])
  assert.equal(missing.code, 2)
  assert.match(missing.stderr, /no store at .*nothing\.db\. Ingest documents first, e\.g\. `unspun ingest examples\//)
  const bad = await runCli(['search', 'troops', '--db', db, '--technique', 'spin'])
  assert.equal(bad.code, 2)
  assert.match(bad.stderr, /Unknown technique 'spin'\. Use one of: loaded_language/)
  const none = await runCli(['search', 'zeppelinzeppelin', '--db', db])
  assert.deepEqual([none.code, none.stdout], [1, 'No documents match.\n'])
  const unknown = await runCli(['show', 'nope', '--db', db])
  assert.equal(unknown.code, 1)
  assert.match(unknown.stderr, /no stored document has the id 'nope'/)
})
