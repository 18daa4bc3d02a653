/**
 * `npm run bench:server`: analyze requests per second and latency of `unspun serve` for a typical
 * press release, measured with autocannon over HTTP on 127.0.0.1 (server and load generator share
 * the machine). The server runs as its own process, from dist/ when built, else from the sources.
 *
 * Options: --duration <s> (default 15), --connections <n> (default 10), --workers <n> (server
 * analysis threads; default the number of cores), --document <file> (default
 * examples/03-defence-ministry-deployment.txt), --warmup <s> (default 3).
 */
import autocannon from 'autocannon'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const TARGET_RPS = 200
const TARGET_P99_MS = 200

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '10' },
    workers: { type: 'string' },
    document: { type: 'string', default: join(ROOT, 'examples/03-defence-ministry-deployment.txt') },
    warmup: { type: 'string', default: '3' },
  },
})

function command(): string {
  const args = process.argv.slice(2).join(' ')
  if (process.env.npm_lifecycle_event === 'bench:server') return `npm run bench:server${args ? ` -- ${args}` : ''}`
  return `node --import tsx bench/server.ts${args ? ` ${args}` : ''}`
}

function startServer(db: string): Promise<{ child: ChildProcess; url: string; from: string }> {
  const built = join(ROOT, 'dist/cli/main.js')
  const entry = existsSync(built) ? [built] : ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')]
  const workers = values.workers ? ['--workers', values.workers] : []
  const child = spawn(process.execPath, [...entry, 'serve', '--port', '0', '--db', db, ...workers], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /at (http:\/\/\S+\/)/.exec(out)?.[1]
      if (url) resolve({ child, url, from: existsSync(built) ? 'dist/ (built)' : 'src/ (tsx)' })
    })
    child.on('exit', (code) => reject(new Error(`the server exited with ${code} before serving`)))
  })
}

const text = readFileSync(values.document!, 'utf8')
const body = JSON.stringify({ text })
const dir = mkdtempSync(join(tmpdir(), 'unspun-bench-server-'))
const server = await startServer(join(dir, 'bench.db'))
try {
  const target = { url: `${server.url}api/analyze`, method: 'POST', headers: { 'Content-Type': 'application/json' }, body, connections: Number(values.connections) }
  const check = await fetch(target.url, { method: 'POST', headers: target.headers, body })
  if (check.status !== 200) throw new Error(`POST /api/analyze answered ${check.status}: ${await check.text()}`)
  await autocannon({ ...target, duration: Number(values.warmup) })
  const result = await autocannon({ ...target, duration: Number(values.duration) })
  const rps = result.requests.mean
  const p99 = result.latency.p99
  const ok = rps >= TARGET_RPS && p99 <= TARGET_P99_MS && result.errors === 0 && result.non2xx === 0
  const lines = [
    `$ ${command()}`,
    `machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; server from ${server.from}`,
    `document: ${values.document!.replace(ROOT, '')} (${text.length.toLocaleString('en-US')} characters); ${target.connections} connections, ${values.duration} s after ${values.warmup} s warm-up`,
    '',
    '| requests/s | latency p50 | p90 | p99 | max | requests | errors | non-2xx |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${rps.toFixed(0)} | ${result.latency.p50} ms | ${result.latency.p90} ms | ${p99} ms | ${result.latency.max} ms | ${result['2xx'] + result.non2xx} | ${result.errors + result.timeouts} | ${result.non2xx} |`,
    '',
    `target: ≥ ${TARGET_RPS} requests/s with p99 ≤ ${TARGET_P99_MS} ms and no errors — ${ok ? 'met' : 'NOT met'}`,
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
} finally {
  server.child.kill('SIGTERM')
  await new Promise((resolve) => server.child.once('exit', resolve))
  rmSync(dir, { recursive: true, force: true })
}
