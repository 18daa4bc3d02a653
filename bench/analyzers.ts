// Per-analyzer CPU cost of the whole analysis, steady state (after two warm-up passes).
// Usage: node --import tsx bench/analyzers.ts [DIR]   (default: ../shared/data/ptc-train/articles, else examples/)
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { builtinAnalyzers } from '../src/analyzers/index.ts'
import { createAnalyzer } from '../src/engine/engine.ts'
import type { Analyzer, AnalyzerContext } from '../src/engine/types.ts'

const shared = new URL('../../shared/data/ptc-train/articles/', import.meta.url).pathname
const dir = process.argv[2] ?? (existsSync(shared) ? shared : new URL('../examples/', import.meta.url).pathname)
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(dir, f), 'utf8'))
const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6

const spent = new Map<string, number>()
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from)
  return (d.user + d.system) / 1e6
}
const timed = builtinAnalyzers.map((a) => ({
  ...a,
  run: (ctx: AnalyzerContext, state: unknown) => {
    const start = process.cpuUsage()
    const out = a.run(ctx, state)
    spent.set(a.id, (spent.get(a.id) ?? 0) + cpuSeconds(start))
    return out
  },
})) as Analyzer<unknown, never>[]
const plain = createAnalyzer({ analyzers: builtinAnalyzers })
const instrumented = createAnalyzer({ analyzers: timed })
for (let pass = 0; pass < 2; pass++) for (const text of texts) plain.analyze(text)
// The whole analysis: the fastest of three untimed passes, in CPU seconds of this process.
let total = Infinity
for (let pass = 0; pass < 3; pass++) {
  const start = process.cpuUsage()
  for (const text of texts) plain.analyze(text)
  total = Math.min(total, cpuSeconds(start))
}
// Where the time goes: one more pass with each analyzer timed.
for (const text of texts) instrumented.analyze(text)
spent.clear()
const started = process.cpuUsage()
for (const text of texts) instrumented.analyze(text)
const instrumentedTotal = cpuSeconds(started)

console.log(`unspun per-analyzer cost — ${new Date().toISOString().slice(0, 10)}, node ${process.version}`)
console.log(`command: node --import tsx bench/analyzers.ts ${process.argv[2] ?? ''}`.trim())
console.log(`corpus: ${texts.length} documents, ${megabytes.toFixed(2)} MB from ${dir}`)
console.log(`whole analysis: ${(megabytes / total).toFixed(2)} MB per CPU-second (${total.toFixed(2)} s, fastest of 3 passes)`)
console.log(`breakdown (one timed pass, ${instrumentedTotal.toFixed(2)} CPU-seconds):`)
let analyzers = 0
for (const [id, seconds] of [...spent].sort((a, b) => b[1] - a[1])) {
  analyzers += seconds
  console.log(`  ${id.padEnd(28)} ${seconds.toFixed(2).padStart(6)} s  ${(megabytes / seconds).toFixed(1).padStart(6)} MB/s`)
}
console.log(`  ${'engine and text layer'.padEnd(28)} ${(instrumentedTotal - analyzers).toFixed(2).padStart(6)} s`)
