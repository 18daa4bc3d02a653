import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import { TECHNIQUES } from '../../src/report/techniques.ts'
import { parseEvalPtcOutput, techniqueDocsText, TECHNIQUE_DOCS_FILE } from '../../scripts/write-technique-docs.ts'

test('the committed docs/techniques.md is the one generated from the definitions, lexicons and measurements', () => {
  assert.equal(readFileSync(TECHNIQUE_DOCS_FILE, 'utf8'), techniqueDocsText())
  const script = fileURLToPath(new URL('../../scripts/write-technique-docs.ts', import.meta.url))
  const check = spawnSync(process.execPath, ['--import', 'tsx', script, '--check'], { encoding: 'utf8' })
  assert.equal(check.status, 0, check.stderr)
  assert.match(check.stdout, /techniques\.md is up to date/)
})

test('the page has a section for every technique and says that a cue is not a verdict', () => {
  const page = techniqueDocsText()
  for (const t of TECHNIQUES) assert.ok(page.includes(`<a id="${t.id}"></a>Id \`${t.id}\`, PTC label \`${t.ptc}\`.`), t.id)
  assert.match(page, /\*\*A cue is not a verdict\.\*\*/)
  assert.match(page, /\| `regime \(plural\)` \| `name\.regime` \|/)
})

test('the per-technique scores of a saved eval:ptc output become the model figures of the page', () => {
  const output = [
    '# PTC cross-validation — 2026-11-25',
    'command: npm run eval:ptc',
    'data: 371 articles of ptc-train; 5 folds by article, seed 2020; names masked; lexicon cues on',
    '## Technique classification on gold spans (micro-F1)',
    '  model                  micro-F1 0.5000',
    '  technique                                   F1     P      R      gold',
    '  Loaded_Language                           0.712  0.650  0.787   2123',
    '  Doubt                                     0.301  0.402  0.240    493',
    '',
    '## Reliability: span confidence vs share of the span inside gold spans (expected calibration error 0.0100)',
  ].join('\n')
  assert.deepEqual(parseEvalPtcOutput(output), {
    command: 'npm run eval:ptc',
    date: '2026-11-25',
    folds: 5,
    measure: 'technique classification on gold spans, per technique',
    techniques: { Loaded_Language: { f1: 0.712, precision: 0.65, recall: 0.787 }, Doubt: { f1: 0.301, precision: 0.402, recall: 0.24 } },
  })
  assert.throws(() => parseEvalPtcOutput('nothing here'), /No "## Technique classification" section/)
})
