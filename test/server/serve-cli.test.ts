import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { startServer } from '../../src/server/start-server.ts'
import { ROOT, runCli, tempFolder } from '../cli/run-cli.ts'

interface Served {
  child: ChildProcess
  url: string
  stdout: string[]
  stderr: string[]
  exited: Promise<number | null>
}

/** Starts `unspun serve …` and resolves once it prints its URL. */
function serve(args: string[]): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve', '--port', '0', '--workers', '1', ...args], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: undefined }, stdio: ['ignore', 'pipe', 'pipe'] })
  const stdout: string[] = []
  const stderr: string[] = []
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()))
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout.push(chunk.toString())
      const url = /at (http:\/\/\S+\/)/.exec(stdout.join(''))?.[1]
      if (url) resolve({ child, url, stdout, stderr, exited })
    })
    void exited.then((code) => reject(new Error(`unspun serve exited with ${code} before serving:\n${stderr.join('')}`)))
  })
}

describe('unspun serve', () => {
  const folder = tempFolder()
  const db = join(folder.dir, 'corpus.db')
  let slow: Server
  let slowUrl: string
  before(async () => {
    // A page that takes a while to answer: a request in flight while the server is told to stop.
    slow = createServer((_req, res) => {
      setTimeout(() => {
        res.writeHead(200, { 'Content-Type': 'text/plain' })
        res.end('NATO said on Monday that 1,200 troops had arrived in Riga.')
      }, 1500)
    })
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve))
    slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/release`
  })
  after(() => {
    slow.close()
    folder.cleanup()
  })

  test('loads the examples into an empty store, prints its URL, and on SIGTERM finishes requests in flight before closing the store', async () => {
    const server = await serve(['--db', db, '--examples', '--allow-private-network'])
    assert.match(server.stdout.join(''), /^unspun is serving \d+ documents from .*corpus\.db at http:\/\/127\.0\.0\.1:\d+\/\n$/)
    const status = (await (await fetch(`${server.url}api/status`)).json()) as { store: { documents: number } }
    assert.ok(status.store.documents >= 8, `examples loaded: ${status.store.documents}`)
    const page = await fetch(server.url)
    assert.match(await page.text(), /<div id="app">|npm run build:web/)

    const inFlight = fetch(`${server.url}api/analyze`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ url: slowUrl }) })
    await new Promise((resolve) => setTimeout(resolve, 400))
    server.child.kill('SIGTERM')
    const res = await inFlight
    assert.equal(res.status, 200)
    assert.match(((await res.json()) as { document: { text: string } }).document.text, /1,200 troops/)
    assert.equal(await server.exited, 0)
    assert.match(server.stderr.join(''), /SIGTERM: finishing requests in flight/)
    assert.equal(existsSync(`${db}-wal`), false, 'the store was closed (its write-ahead log checkpointed and removed)')

    const again = await serve(['--db', db, '--examples'])
    const second = (await (await fetch(`${again.url}api/status`)).json()) as { store: { documents: number } }
    assert.equal(second.store.documents, status.store.documents, 'the examples are loaded only the first time')
    again.child.kill('SIGINT')
    assert.equal(await again.exited, 0)
  })

  test('with --auth, requires a token made by `unspun token create`', async () => {
    const server = await serve(['--db', db, '--auth'])
    assert.match(server.stdout.join(''), /\(API tokens required\)/)
    assert.equal((await fetch(`${server.url}api/documents`)).status, 401)
    const created = await runCli(['token', 'create', '--scope', 'read', '--name', 'test', '--db', db])
    assert.equal(created.code, 0, created.stderr)
    const token = created.stdout.trim()
    assert.match(token, /^unspun_/)
    assert.match(created.stderr, /shown only now/)
    const res = await fetch(`${server.url}api/documents`, { headers: { Authorization: `Bearer ${token}` } })
    assert.equal(res.status, 200)
    const listed = await runCli(['token', 'list', '--db', db, '--json'])
    const [record] = JSON.parse(listed.stdout) as { id: string; scope: string; name: string }[]
    assert.deepEqual([record.scope, record.name], ['read', 'test'])
    assert.doesNotMatch(listed.stdout, /unspun_/)
    const revoked = await runCli(['token', 'revoke', record.id, '--db', db])
    assert.equal(revoked.code, 0)
    assert.equal((await fetch(`${server.url}api/documents`, { headers: { Authorization: `Bearer ${token}` } })).status, 401)
    assert.equal((await runCli(['token', 'revoke', record.id, '--db', db])).code, 1)
    server.child.kill('SIGTERM')
    assert.equal(await server.exited, 0)
  })

  test('on a non-loopback host, tokens are required even without --auth', async () => {
    const server = await startServer({ host: '0.0.0.0', port: 0, db: join(folder.dir, 'open.db'), workers: 0, log: () => undefined })
    try {
      assert.equal(server.auth, true)
      const res = await fetch(`http://127.0.0.1:${server.port}/api/documents`)
      assert.equal(res.status, 401)
    } finally {
      await server.close()
    }
  })

  test('a port in use is a clear error', async () => {
    const busy = createServer()
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve))
    const port = (busy.address() as AddressInfo).port
    const result = await runCli(['serve', '--port', String(port), '--db', join(folder.dir, 'busy.db'), '--workers', '1'])
    busy.close()
    assert.equal(result.code, 2)
    assert.match(result.stderr, new RegExp(`port ${port} is already in use; choose another with --port`))
  })
})
