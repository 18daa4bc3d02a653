#!/usr/bin/env node
// Finds every *.test.ts under src/, test/ and eval/ and runs them with node's test runner through tsx.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'

const roots = ['src', 'test', 'eval']
const files = []
function walk(dir) {
  let entries
  try { entries = readdirSync(dir) } catch { return }
  for (const name of entries) {
    if (name === 'node_modules' || name === 'dist') continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (name.endsWith('.test.ts')) files.push(path)
  }
}
for (const root of roots) walk(root)
const only = process.argv.slice(2)
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files
selected.sort()
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...selected], { stdio: 'inherit' })
process.exit(result.status ?? 1)
