import type { Command } from 'commander'
import { parseByteSize } from '../options.ts'
import { startServer, type RunningServer } from '../../server/start-server.ts'

interface ServeFlags {
  port: number
  host: string
  db?: string
  auth?: boolean
  allowPrivateNetwork?: boolean
  workers?: number
  maxBody?: number
  timeout?: number
  cache?: number
  examples?: boolean
}

function whole(name: string, min: number, max: number) {
  return (value: string) => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} takes a whole number from ${min} to ${max}; got '${value}'.`)
    return n
  }
}

/** Stops the server on SIGINT or SIGTERM: in-flight requests finish, then the workers stop and the store closes. A second signal exits at once. */
function stopOnSignals(server: RunningServer, stderr: NodeJS.WritableStream): void {
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) process.exit(130)
    stopping = true
    stderr.write(`unspun serve: ${signal}: finishing requests in flight and closing the store…\n`)
    server.close().then(
      () => process.exit(0),
      (error: Error) => {
        stderr.write(`unspun serve: ${error.message}\n`)
        process.exit(2)
      },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

/** `unspun serve`: the HTTP API and the web UI over the corpus. */
export default function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the HTTP API (described at /openapi.json) and the web UI over the document store.')
    .option('-p, --port <port>', 'port to listen on (0 picks a free one)', whole('--port', 0, 65535), Number(process.env.PORT) || 4400)
    .option('-H, --host <host>', 'address to listen on; any but a loopback address requires API tokens', '127.0.0.1')
    .option('--db <path|url>', 'the store: an SQLite file, or postgres://… (default: UNSPUN_DB, then DATABASE_URL, then ./unspun.db)')
    .option('--auth', 'require API tokens even on a loopback address (create them with `unspun token create`)')
    .option('--allow-private-network', 'let URL analysis fetch from private, loopback and link-local addresses (intranet deployments)')
    .option('--workers <n>', 'analysis worker threads (default: the number of cores)', whole('--workers', 1, 256))
    .option('--max-body <bytes>', 'largest request body, e.g. 5MB (default 5 MiB)', parseByteSize)
    .option('--timeout <seconds>', 'longest a request may take (default 30)', whole('--timeout', 1, 3600))
    .option('--cache <bytes>', 'memory for reports of recent documents, answered again without analysis, e.g. 64MB (the default); 0 for none', (v: string) => (v.trim() === '0' ? 0 : parseByteSize(v)))
    .option('--examples', 'load the example documents when the store is empty (what `npm start` does)')
    .addHelpText(
      'after',
      `
Examples:
  $ unspun serve --examples                 # http://127.0.0.1:4400/ with the example documents
  $ unspun serve --db corpus.db --port 8080
  $ unspun serve --host 0.0.0.0 --db postgres://…   # tokens required: unspun token create --scope read`,
    )
    .action(async (flags: ServeFlags) => {
      const server = await startServer({
        port: flags.port,
        host: flags.host,
        db: flags.db,
        auth: flags.auth,
        allowPrivateNetwork: flags.allowPrivateNetwork,
        workers: flags.workers,
        maxBodyBytes: flags.maxBody,
        requestTimeoutMs: flags.timeout === undefined ? undefined : flags.timeout * 1000,
        cacheBytes: flags.cache,
        loadExamples: flags.examples,
      })
      const counts = await server.store.count()
      process.stdout.write(`unspun is serving ${counts.documents} documents from ${server.store.location} at ${server.url}${server.auth ? ' (API tokens required)' : ''}\n`)
      stopOnSignals(server, process.stderr)
    })
}
