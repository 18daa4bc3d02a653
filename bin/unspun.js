#!/usr/bin/env node
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const built = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const sources = fileURLToPath(new URL('../src', import.meta.url))

/** The newest modification time of the TypeScript sources under a folder. */
function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

// An installed package has only the build. A working copy has the sources too: its build is used
// only while no source is newer, so an edit never runs stale code.
const useBuild = existsSync(built) && (!existsSync(sources) || newestSource(sources) <= statSync(built).mtimeMs)
if (useBuild) {
  await import(new URL('../dist/cli/main.js', import.meta.url).href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import(new URL('../src/cli/main.ts', import.meta.url).href)
}
