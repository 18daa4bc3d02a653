// Runs every evaluation in this folder (files named *.eval.ts, each exporting a default async function
// that prints its own section) in name order. `npm run eval -- conll` runs only the matching ones.
import { readdirSync } from 'node:fs'

const only = process.argv.slice(2)
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.eval.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
let failed = 0
for (const file of files) {
  const mod = (await import(new URL(file, import.meta.url).href)) as { default: () => Promise<void> | void }
  try {
    await mod.default()
  } catch (error) {
    failed++
    process.stderr.write(`eval ${file} failed: ${error instanceof Error ? error.stack : String(error)}\n`)
  }
}
process.exitCode = failed ? 1 : 0
