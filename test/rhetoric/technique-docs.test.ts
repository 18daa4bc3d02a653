import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import { TECHNIQUES } from '../../src/report/techniques.ts'
import { techniqueDocsText, TECHNIQUE_DOCS_FILE } from '../../scripts/write-technique-docs.ts'

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
