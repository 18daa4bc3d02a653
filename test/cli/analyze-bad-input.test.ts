import assert from 'node:assert/strict'
import { openSync, closeSync, writeSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { ReportSchema } from '../../src/report/schema.ts'
import { runCli, tempFolder, type CliOptions } from './run-cli.ts'

// Each case runs one bad file and one good file together: the bad one is named on stderr with the
// reason, the run exits with 2, and the good file's report is still written.

const GOOD_TEXT = 'The council approved the new budget on Monday. The vote was 12 to 3.\n'
let dir = ''
let cleanup = () => undefined as void
let good = ''

before(() => {
  ;({ dir, cleanup } = tempFolder())
  good = join(dir, 'good.txt')
  writeFileSync(good, GOOD_TEXT)
})
after(() => cleanup())

async function expectBadAndGood(badName: string, reason: RegExp, options: CliOptions = {}, extraArgs: string[] = []) {
  const bad = join(dir, badName)
  const { code, stdout, stderr } = await runCli(['analyze', bad, good, '--format', 'jsonl', ...extraArgs], options)
  assert.equal(code, 2, stderr)
  const line = stderr.split('\n').find((l) => l.startsWith(`unspun: ${bad}: `))
  assert.ok(line, `stderr names ${bad}:\n${stderr}`)
  assert.match(line, reason)
  const reports = stdout
    .trimEnd()
    .split('\n')
    .map((l) => ReportSchema.parse(JSON.parse(l)))
  assert.deepEqual(
    reports.map((r) => [r.document.source, r.document.text]),
    [[good, GOOD_TEXT]],
  )
}

test('a binary file', async () => {
  const bytes = Buffer.alloc(4096)
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 151 + 7) % 256
  writeFileSync(join(dir, 'binary.txt'), bytes)
  await expectBadAndGood('binary.txt', /binary/i)
})

test('a file that is not valid UTF-8', async () => {
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('The minister said: "Ca co\u00fbte cher." And then\xff\xfe left.\n', 'latin1'))
  await expectBadAndGood('latin1.txt', /UTF-8/i)
})

test('an empty file', async () => {
  writeFileSync(join(dir, 'empty.txt'), '')
  await expectBadAndGood('empty.txt', /empty/i)
})

test('a 50 MB file is refused before it is read, with memory capped at 200 MB', async () => {
  const fd = openSync(join(dir, 'huge.txt'), 'w')
  const chunk = Buffer.from('The delegation met again and issued another long statement about the talks. '.repeat(13_000))
  for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk)
  closeSync(fd)
  await expectBadAndGood('huge.txt', /MB|bytes/i, { env: { NODE_OPTIONS: '--max-old-space-size=200' } })
})

test('a file larger than --max-bytes', async () => {
  writeFileSync(join(dir, 'long.txt'), 'A long statement about the talks. '.repeat(100))
  await expectBadAndGood('long.txt', /bytes|KB|limit/i, {}, ['--max-bytes', '1000'])
})

test('deeply nested HTML (100,000 nested divs)', async () => {
  writeFileSync(join(dir, 'nested.html'), `<!doctype html><html><body>${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}</body></html>`)
  await expectBadAndGood('nested.html', /nest|deep/i)
})

test('a format unspun cannot read (a PDF)', async () => {
  writeFileSync(join(dir, 'statement.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')
  await expectBadAndGood('statement.pdf', /pdf/i)
})

test('a file that does not exist', async () => {
  await expectBadAndGood('missing.txt', /./)
})

test('a JSONL file with a bad line: the good lines and the good file are still analysed', async () => {
  const batch = join(dir, 'batch.jsonl')
  writeFileSync(batch, [JSON.stringify({ id: 'a', text: 'The first statement.' }), '{"id": "b", "text": ', JSON.stringify({ id: 'c', text: 'The third statement.' })].join('\n') + '\n')
  const { code, stdout, stderr } = await runCli(['analyze', batch, good, '--format', 'jsonl'])
  assert.equal(code, 2)
  const escaped = batch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  assert.match(stderr, new RegExp(`^unspun: ${escaped}(:2\\b|: .*\\bline 2\\b)`, 'm'), 'the bad line is named by its number')
  const ids = stdout
    .trimEnd()
    .split('\n')
    .map((l) => ReportSchema.parse(JSON.parse(l)).document.id)
  assert.deepEqual(ids.slice(0, 2), ['a', 'c'])
  assert.equal(ids.length, 3)
})

test('stylish output streams too: the good report is printed when a later input fails', async () => {
  writeFileSync(join(dir, 'empty-later.txt'), '   \n')
  const { code, stdout, stderr } = await runCli(['analyze', good, join(dir, 'empty-later.txt')])
  assert.equal(code, 2)
  assert.ok(stdout.startsWith(`${good}\n`))
  assert.match(stdout, /\n1 document · /)
  assert.match(stderr, /1 of 2 inputs could not be read or analysed in full\./)
})
