// Measures how fast the whole analysis runs with the entities analyzer alone, and how long the
// knowledge base takes to load:
//   npm run bench:entities -- [folder of .txt files] [--mb 4] [--rules-only]
// The folder defaults to ../shared/data/ptc-train/articles; its texts are repeated up to --mb megabytes.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createAnalyzer } from '../src/engine/engine.ts'
import { createEntitiesAnalyzer } from '../src/analyzers/facts/entities.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { mb: { type: 'string', default: '4' }, 'rules-only': { type: 'boolean', default: false }, rounds: { type: 'string', default: '3' } },
})
const folder = positionals[0] ?? fileURLToPath(new URL('../../shared/data/ptc-train/articles', import.meta.url))
const texts = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(folder, f), 'utf8'))
if (texts.length === 0) throw new Error(`No .txt files in ${folder}. Pass a folder of plain-text documents.`)
const docs: string[] = []
let bytes = 0
for (let k = 0; bytes < Number(values.mb) * 1e6; k++) {
  const text = texts[k % texts.length]
  docs.push(text)
  bytes += Buffer.byteLength(text)
}

// The knowledge base loads in a fresh process, as a user's first analysis would load it.
const loadScript = `const t = performance.now(); const { loadKnowledgeBase } = await import(${JSON.stringify(new URL('../src/knowledge/load-kb.ts', import.meta.url).href)}); const t1 = performance.now(); loadKnowledgeBase(); console.log(JSON.stringify({ module: t1 - t, load: performance.now() - t1 }))`
const loads = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', loadScript], { encoding: 'utf8' })) as { load: number })
const setupStarted = performance.now()
const unspun = createAnalyzer({ analyzers: [createEntitiesAnalyzer(values['rules-only'] ? { nerModel: false } : {})] })
const setup = performance.now() - setupStarted
const errors = docs.slice(0, 50).flatMap((d) => unspun.analyze(d).problems.filter((p) => p.severity === 'error'))
if (errors.length > 0) throw new Error(`The analyzer reported problems: ${errors[0].message}`)

// Wall-clock speed, and speed per second of this process's own processor time, which other
// programs running on the same machine disturb less. The engine with no analyzer at all (text
// layer, language, report) runs the same way beside it, for scale.
function measure(run: (text: string) => number): { wall: number[]; cpu: number[]; found: number } {
  const wall: number[] = []
  const cpu: number[] = []
  let found = 0
  for (let r = 0; r < Number(values.rounds); r++) {
    const started = performance.now()
    const usage = process.cpuUsage()
    found = 0
    for (const d of docs) found += run(d)
    const used = process.cpuUsage(usage)
    wall.push(bytes / 1e6 / ((performance.now() - started) / 1000))
    cpu.push(bytes / 1e6 / ((used.user + used.system) / 1e6))
  }
  return { wall, cpu, found }
}
const bare = createAnalyzer({ analyzers: [] })
const baseline = measure((d) => bare.analyze(d).sentences.length)
const { wall: rounds, cpu: cpuRounds, found: entities } = measure((d) => unspun.analyze(d).entities.length)
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
console.log(`node ${process.version} · ${cpus()[0]?.model ?? 'unknown CPU'} · one thread`)
console.log(`corpus: ${(bytes / 1e6).toFixed(2)} MB in ${docs.length} documents from ${folder}`)
console.log(`knowledge base load (fresh process, median of 3): ${median(loads.map((l) => l.load)).toFixed(0)} ms`)
console.log(`analyzer setup (knowledge base${values['rules-only'] ? '' : ' + NER model'}): ${setup.toFixed(0)} ms`)
console.log(`analyze() with facts/entities${values['rules-only'] ? ' (rules only, no NER)' : ''}: ${rounds.map((r) => r.toFixed(2)).join(', ')} MB/s wall-clock (best ${Math.max(...rounds).toFixed(2)}); ${cpuRounds.map((r) => r.toFixed(2)).join(', ')} MB per processor-second (best ${Math.max(...cpuRounds).toFixed(2)}); ${entities} entities`)
console.log(`analyze() with no analyzer, for scale: best ${Math.max(...baseline.wall).toFixed(2)} MB/s wall-clock, ${Math.max(...baseline.cpu).toFixed(2)} MB per processor-second`)
console.log(`load average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`)
