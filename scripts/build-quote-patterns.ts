// Derives quote-attribution cues (reporting verbs, speaker titles, with weights) from the Quootstrap
// seed patterns (../shared/data/quotes, MIT) into models/quote-patterns.json.
// Usage: node --import tsx scripts/build-quote-patterns.ts [--patterns FILE] [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { compileQuotePatternCues, DEFAULT_QUOTE_PATTERNS } from '../src/analyzers/facts/quotes/pattern-cues.ts'

const { values } = parseArgs({
  options: {
    patterns: { type: 'string', default: fileURLToPath(new URL('../../shared/data/quotes/quootstrap-seedPatterns.txt', import.meta.url)) },
    out: { type: 'string', default: fileURLToPath(DEFAULT_QUOTE_PATTERNS) },
  },
})

let text: string
try {
  text = readFileSync(values.patterns!, 'utf8')
} catch (error) {
  process.stderr.write(`Cannot read ${values.patterns}: ${(error as Error).message}\nPass the Quootstrap pattern file with --patterns FILE.\n`)
  process.exit(2)
}
const cues = compileQuotePatternCues(text)
const json = JSON.stringify(cues, null, 1)
writeFileSync(values.out!, json + '\n')
process.stdout.write(`wrote ${values.out}: ${cues.patterns} patterns, ${Object.keys(cues.verbs).length} reporting words, ${Object.keys(cues.titles).length} titles, ${(json.length / 1024).toFixed(1)} KiB\n`)
