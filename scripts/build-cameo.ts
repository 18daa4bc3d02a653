// Compiles the CAMEO codebook (../shared/data/cameo) and the PETRARCH verb dictionary
// (../shared/data/petrarch/CAMEO.2.0.txt, MIT) into models/cameo.json.
// Usage: node --import tsx scripts/build-cameo.ts [--data DIR] [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { compileCameoModel } from '../src/knowledge/cameo/compile.ts'
import { DEFAULT_CAMEO_MODEL } from '../src/knowledge/cameo/model.ts'

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: fileURLToPath(new URL('../../shared/data/', import.meta.url)) },
    out: { type: 'string', default: fileURLToPath(DEFAULT_CAMEO_MODEL) },
  },
})

function read(relative: string): string {
  const path = join(values.data!, relative)
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    process.stderr.write(`Cannot read ${path}: ${(error as Error).message}\nPass the folder holding cameo/ and petrarch/ with --data DIR.\n`)
    process.exit(2)
  }
}

const { model, warnings } = compileCameoModel({
  eventCodes: read('cameo/eventcodes.tsv'),
  goldstein: read('cameo/goldstein.tsv'),
  verbDictionary: read('petrarch/CAMEO.2.0.txt'),
})
const json = JSON.stringify(model)
writeFileSync(values.out!, json + '\n')
const verbs = model.blocks.reduce((n, b) => n + b.verbs.length, 0)
const patterns = model.blocks.reduce((n, b) => n + b.patterns.length, 0)
process.stdout.write(
  `wrote ${values.out}: ${model.codes.length} codes, ${model.blocks.length} verb blocks, ${verbs} verbs, ${patterns} patterns, ` +
    `${Object.keys(model.synsets).length} synonym sets, ${(json.length / 1024).toFixed(0)} KiB\n`,
)
for (const warning of warnings) process.stdout.write(`skipped CAMEO.2.0.txt ${warning}\n`)
