import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { PTC_LABELS } from '../../report/techniques.ts'
import { runPtcSi, runPtcTc, type PtcFlags } from './ptc.ts'

const dir = mkdtempSync(join(tmpdir(), 'unspun-ptc-cli-'))
const articles = join(dir, 'articles')
mkdirSync(articles)
writeFileSync(join(articles, 'article10.txt'), 'A title\n\nThese disgraceful traitors are destroying our great nation! They are vile liars.\n')
writeFileSync(join(articles, 'article11.txt'), 'Budget 🛴\n\nThe council approved the budget.\n')
writeFileSync(join(articles, 'readme.txt'), 'not an article')
const template = join(dir, 'template.out')
writeFileSync(template, '10\t?\t15\t35\n11\t?\t10\t21\n10\t?\t15\t35\n')

function run(task: 'si' | 'tc', flags: PtcFlags) {
  let stdout = ''
  let stderr = ''
  const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } }
  const code = task === 'si' ? runPtcSi(flags, io) : runPtcTc(flags, io)
  return { code, stdout, stderr }
}

test('`ptc si` prints ID, start and end per span, tab-separated', () => {
  const { code, stdout, stderr } = run('si', { articles })
  assert.deepEqual([code, stderr], [0, ''])
  const lines = stdout.trimEnd().split('\n')
  assert.ok(lines.length > 0)
  for (const line of lines) assert.match(line, /^1[01]\t\d+\t\d+$/)
})

test('`ptc tc` prints ID, technique, start and end for every template line, in order', () => {
  const { code, stdout, stderr } = run('tc', { articles, template })
  assert.deepEqual([code, stderr], [0, ''])
  const rows = stdout.trimEnd().split('\n').map((l) => l.split('\t'))
  assert.deepEqual(rows.map((r) => [r[0], r[2], r[3]]), [['10', '15', '35'], ['11', '10', '21'], ['10', '15', '35']])
  for (const r of rows) assert.ok(PTC_LABELS.includes(r[1]), r[1])
  assert.notEqual(rows[0][1], rows[2][1])
})

test('bad input is reported on stderr with exit code 2', () => {
  const missing = join(dir, 'missing.out')
  writeFileSync(missing, '12\t?\t0\t4\n')
  assert.deepEqual(run('tc', { articles, template: missing }), { code: 2, stdout: '', stderr: 'unspun ptc tc: template line 1 names article 12, but there is no article12.txt\n' })
  assert.deepEqual(run('tc', { articles }), { code: 2, stdout: '', stderr: 'unspun ptc tc: needs --template FILE (lines ID<TAB>anything<TAB>start<TAB>end)\n' })
  assert.equal(run('tc', { articles, template: join(dir, 'nope.out') }).stderr, `unspun ptc tc: cannot read ${join(dir, 'nope.out')}: ENOENT\n`)
  const empty = mkdtempSync(join(tmpdir(), 'unspun-ptc-empty-'))
  assert.deepEqual(run('si', { articles: empty }), { code: 2, stdout: '', stderr: `unspun ptc si: ${empty} holds no article<ID>.txt files\n` })
  assert.match(run('si', { articles, model: empty }).stderr, /^unspun ptc si: Cannot read the rhetoric model/)
})

test('runs as `unspun ptc` from the command line', () => {
  const main = fileURLToPath(new URL('../main.ts', import.meta.url))
  const si = spawnSync(process.execPath, ['--import', 'tsx', main, 'ptc', 'si', '--articles', articles], { encoding: 'utf8' })
  assert.deepEqual([si.status, si.stderr], [0, ''])
  assert.equal(si.stdout, run('si', { articles }).stdout)
  const bad = spawnSync(process.execPath, ['--import', 'tsx', main, 'ptc', 'tc', '--articles', articles, '--template', join(dir, 'none.out')], { encoding: 'utf8' })
  assert.equal(bad.status, 2)
})
