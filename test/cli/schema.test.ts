import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { SCHEMA_FILE, schemaFileText } from '../../scripts/write-schema.ts'
import { checkJsonSchema } from '../fixtures/json-schema.ts'
import { hostileReport, pressReleaseReport } from '../fixtures/reports.ts'
import { exampleFiles, ROOT, runCli } from './run-cli.ts'

const schema = () => JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>
const examples = exampleFiles('.txt', '.html')

test('the committed schema file is the one generated from src/report/schema.ts', () => {
  assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), schemaFileText())
  const check = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/write-schema.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' })
  assert.equal(check.status, 0, check.stderr)
  assert.match(check.stdout, /report\.schema\.json is up to date/)
})

test('reports validate against the JSON Schema, and broken ones do not', () => {
  for (const report of [pressReleaseReport(), hostileReport()]) assert.deepEqual(checkJsonSchema(schema(), report), [])
  const broken = pressReleaseReport() as unknown as { techniques: Array<Record<string, unknown>>; document: Record<string, unknown> }
  broken.techniques[0].technique = 'propaganda'
  broken.document.published = '14/09/2021'
  delete broken.document.text
  assert.deepEqual(checkJsonSchema(schema(), broken), [
    '$.document: missing text',
    '$.document.published: matches none of anyOf ($.document.published: does not match ^\\d{4}-\\d{2}-\\d{2}$; $.document.published: expected null, got string)',
    '$.techniques[0].technique: "propaganda" is not one of ["loaded_language","name_calling","repetition","exaggeration","doubt","appeal_to_fear","flag_waving","causal_oversimplification","slogans","appeal_to_authority","black_and_white","thought_terminating_cliche","whataboutism_strawman_red_herring","bandwagon_reductio"]',
  ])
})

test('the reports of the packaged examples validate against the JSON Schema', { skip: examples.length === 0 && 'needs documents in examples/' }, async () => {
  const { code, stdout, stderr } = await runCli(['analyze', ...examples, '--format', 'jsonl'])
  assert.equal(code, 0, stderr)
  const reports = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)
  assert.equal(reports.length, examples.length)
  for (const report of reports) assert.deepEqual(checkJsonSchema(schema(), report), [])
})
