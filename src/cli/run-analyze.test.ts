import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { after, test } from 'node:test'
import { defineAnalyzer } from '../engine/types.ts'
import { ReportSchema } from '../report/schema.ts'
import { runAnalyze, type AnalyzeOptions } from './run-analyze.ts'

const dir = mkdtempSync(join(tmpdir(), 'unspun-run-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const statement = join(dir, 'statement.txt')
writeFileSync(statement, 'These traitors will destroy everything we love. The vote is on Sunday.\n')

/** A technique analyzer that marks the word "traitors" with a fixed confidence. */
function traitorsAt(confidence: number) {
  return defineAnalyzer({
    id: 'rhetoric/traitors',
    description: 'marks "traitors"',
    needs: [],
    produces: 'techniques',
    run(ctx) {
      const start = ctx.text.indexOf('traitors')
      if (start < 0) return []
      const text = 'traitors'
      return [{ technique: 'name_calling' as const, ptc: 'Name_Calling,Labeling', start, end: start + text.length, text, confidence, explanation: 'A label, not a description.', cues: [text], speaker: null }]
    },
  })
}

const broken = defineAnalyzer({
  id: 'facts/broken',
  description: 'always fails',
  needs: [],
  produces: 'entities',
  run() {
    throw new Error('lexicon missing')
  },
})

async function run(inputs: string[], options: Partial<AnalyzeOptions>) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: string[] = []
  const err: string[] = []
  stdout.on('data', (c: Buffer) => out.push(c.toString()))
  stderr.on('data', (c: Buffer) => err.push(c.toString()))
  const stdin = new PassThrough()
  stdin.end()
  const code = await runAnalyze(inputs, { format: 'jsonl', ...options }, { stdout, stderr, stdin, env: {} })
  return { code, stdout: out.join(''), stderr: err.join('') }
}

test('--fail-on gives 1 when a finding reaches the severity, else 0', async () => {
  const cases: Array<[number, 'info' | 'warning' | 'error', number]> = [
    [0.8, 'error', 1],
    [0.8, 'warning', 1],
    [0.6, 'error', 0],
    [0.6, 'warning', 1],
    [0.3, 'warning', 0],
    [0.3, 'info', 1],
  ]
  for (const [confidence, failOn, expected] of cases) {
    const { code, stderr } = await run([statement], { analyzers: [traitorsAt(confidence)], failOn })
    assert.equal(code, expected, `confidence ${confidence} with --fail-on ${failOn}: ${stderr}`)
  }
  assert.equal((await run([statement], { analyzers: [traitorsAt(0.9)] })).code, 0, 'without --fail-on findings never fail the run')
})

test('an analyzer that fails is reported on stderr and gives 2; the report still comes out', async () => {
  const { code, stdout, stderr } = await run([statement], { analyzers: [traitorsAt(0.9), broken] })
  assert.equal(code, 2)
  assert.match(stderr, /^unspun: .*statement\.txt: Error while running analyzer 'facts\/broken': lexicon missing$/m)
  const report = ReportSchema.parse(JSON.parse(stdout))
  assert.equal(report.techniques.length, 1)
  assert.equal(report.problems[0].analyzer, 'facts/broken')
})

test('no inputs and a terminal on stdin is a usage error', async () => {
  const stdin = Object.assign(new PassThrough(), { isTTY: true })
  const stderr = new PassThrough()
  const err: string[] = []
  stderr.on('data', (c: Buffer) => err.push(c.toString()))
  const code = await runAnalyze([], { format: 'stylish' }, { stdout: new PassThrough(), stderr, stdin, env: {} })
  assert.equal(code, 2)
  assert.match(err.join(''), /^unspun: no inputs\. Give files, folders or globs to analyse, or - to read standard input/)
})

test('--disable with an unknown id warns but runs', async () => {
  const { code, stderr } = await run([statement], { analyzers: [traitorsAt(0.9)], disable: ['rhetoric/traitor'] })
  assert.equal(code, 0)
  assert.match(stderr, /--disable rhetoric\/traitor matches no analyzer; known analyzers: rhetoric\/traitors\./)
})
