// Writes schema/report.schema.json, the JSON Schema of unspun.report/1, from the zod source in
// src/report/schema.ts. `npm run schema -- --check` only compares, and exits 1 when the file is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { reportJsonSchema } from '../src/report/schema.ts'

/** Where the committed schema file lives. */
export const SCHEMA_FILE = new URL('../schema/report.schema.json', import.meta.url)

/** The exact text the schema file must hold. */
export function schemaFileText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`
}

function main(args: readonly string[]): number {
  const path = fileURLToPath(SCHEMA_FILE)
  const expected = schemaFileText()
  if (args.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(path, 'utf8')
    } catch {
      current = ''
    }
    if (current === expected) {
      process.stdout.write(`${path} is up to date.\n`)
      return 0
    }
    process.stderr.write(`${path} is out of date with src/report/schema.ts. Run \`npm run schema\` to rewrite it.\n`)
    return 1
  }
  mkdirSync(new URL('.', SCHEMA_FILE), { recursive: true })
  writeFileSync(path, expected)
  process.stdout.write(`Wrote ${path}\n`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2))
