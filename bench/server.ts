/**
 * `npm run bench:server`: analyze requests per second and latency of `unspun serve` for a typical
 * press release, measured with autocannon over HTTP on 127.0.0.1 (server and load generator share
 * the machine). The server runs as its own process, from dist/ when built, else from the sources.
 * Two runs: every request a distinct document (a reference number appended, so each one is
 * analysed), then the same document over and over (answered from the server's recent reports).
 *
 * Options: --duration <s> (default 15), --connections <n> (default 10), --workers <n> (server
 * analysis threads; default the number of cores), --document <file> (default
 * examples/03-defence-ministry-deployment.txt), --warmup <s> (default 3).
 */
import autocannon from 'autocannon'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
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

interface Run {
  label: string
  result: autocannon.Result
  /** CPU milliseconds per answered request: the server process (all its threads) and this load generator */
  serverCpu: number | null
  clientCpu: number
}

/** CPU seconds the process has used so far (user + system, all threads), or null off Linux. */
function processCpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return null
  }
}

async function measure(label: string, options: autocannon.Options, pid: number): Promise<Run> {
  const serverBefore = processCpuSeconds(pid)
  const clientBefore = process.cpuUsage()
  const result = await autocannon(options)
  const serverAfter = processCpuSeconds(pid)
  const client = process.cpuUsage(clientBefore)
  const answered = Math.max(1, result['2xx'])
  const serverCpu = serverBefore === null || serverAfter === null ? null : ((serverAfter - serverBefore) * 1000) / answered
  return { label, result, serverCpu, clientCpu: (client.user + client.system) / 1000 / answered }
}

function row({ label, result, serverCpu, clientCpu }: Run): string {
  const l = result.latency
  const cpu = serverCpu === null ? 'n/a' : `${serverCpu.toFixed(2)} + ${clientCpu.toFixed(2)} ms`
  return `| ${label} | ${result.requests.mean.toFixed(0)} | ${l.p50} ms | ${l.p90} ms | ${l.p99} ms | ${l.max} ms | ${result['2xx'] + result.non2xx} | ${result.errors + result.timeouts + result.non2xx} | ${cpu} |`
}

/** The requests per second the CPU time per request allows on `cores` cores with nothing else running. */
function capacity({ serverCpu, clientCpu }: Run, cores: number): string {
  return serverCpu === null ? 'n/a' : `${Math.floor((cores * 1000) / (serverCpu + clientCpu))}`
}

const meets = (result: autocannon.Result) => result.requests.mean >= TARGET_RPS && result.latency.p99 <= TARGET_P99_MS && result.errors + result.timeouts + result.non2xx === 0

const text = readFileSync(values.document!, 'utf8')
const dir = mkdtempSync(join(tmpdir(), 'unspun-bench-server-'))
const server = await startServer(join(dir, 'bench.db'))
try {
  const url = `${server.url}api/analyze`
  const base = { url, method: 'POST', headers: { 'Content-Type': 'application/json' }, connections: Number(values.connections) }
  let counter = 0
  const distinct = {
    ...base,
    requests: [{ setupRequest: (request: { body?: string | Buffer }) => ({ ...request, body: JSON.stringify({ text: `${text}\n\nReference ${(counter++).toString(36)}.` }) }) }],
  }
  const repeated = { ...base, body: JSON.stringify({ text }) }
  const check = await fetch(url, { method: 'POST', headers: base.headers, body: repeated.body })
  if (check.status !== 200) throw new Error(`POST /api/analyze answered ${check.status}: ${await check.text()}`)
  await autocannon({ ...distinct, duration: Number(values.warmup) })
  const pid = server.child.pid ?? 0
  const runs: Run[] = [
    await measure('distinct documents', { ...distinct, duration: Number(values.duration) }, pid),
    await measure('the same document', { ...repeated, duration: Number(values.duration) }, pid),
  ]
  const load = loadavg().map((n) => n.toFixed(1)).join(', ')
  const lines = [
    `$ ${command()}`,
    `machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, load average ${load} at the end; server from ${server.from}`,
    `document: ${values.document!.replace(ROOT, '')} (${text.length.toLocaleString('en-US')} characters); ${base.connections} connections, ${values.duration} s per run after ${values.warmup} s warm-up`,
    '',
    '| requests | requests/s | latency p50 | p90 | p99 | max | sent | errors | CPU per request (server + load generator) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...runs.map(row),
    '',
    `CPU time allows at most, on ${cpus().length} otherwise idle cores: ${runs.map((r) => `${r.label} ${capacity(r, cpus().length)} requests/s`).join('; ')}`,
    `target ≥ ${TARGET_RPS} requests/s with p99 ≤ ${TARGET_P99_MS} ms and no errors: ${runs.map((r) => `${r.label} ${meets(r.result) ? 'met' : 'NOT met'}`).join('; ')}`,
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
} finally {
  server.child.kill('SIGTERM')
  await new Promise((resolve) => server.child.once('exit', resolve))
  rmSync(dir, { recursive: true, force: true })
}
