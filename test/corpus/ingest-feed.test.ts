import assert from 'node:assert/strict'
import type { Server } from 'node:http'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { runCli, tempFolder } from '../cli/run-cli.ts'
import { pressOffice, serve } from './press-office.ts'

const { dir, cleanup } = tempFolder()
const db = join(dir, 'feeds.db')
let base: string
let server: Server
before(async () => ({ base, server } = await serve(pressOffice())))
after(() => {
  server.close()
  cleanup()
})

test('a feed on a loopback address is refused without --allow-private-network', async () => {
  const { code, stdout, stderr } = await runCli(['ingest', `${base}/rss.xml`, '--db', db, '--format', 'json'])
  assert.equal(code, 2)
  assert.deepEqual(JSON.parse(stdout.trim()), { ...JSON.parse(stdout.trim()), ingested: 0, failed: 1 })
  assert.match(stderr, /refused to connect to 127\.0\.0\.1 \(loopback address\); pass --allow-private-network/)
})

test('feed items since a date are ingested with their published dates and links as sources', async () => {
  const { code, stdout, stderr } = await runCli(['ingest', `${base}/rss.xml`, `${base}/atom.xml`, '--allow-private-network', '--since', '2024-09-01', '--db', db, '--format', 'json'])
  assert.equal(code, 0, stderr)
  assert.deepEqual(JSON.parse(stdout.trim()), { ...JSON.parse(stdout.trim()), ingested: 3, duplicates: 0, failed: 0 })
  const hits = JSON.parse((await runCli(['search', '--db', db, '--format', 'json'])).stdout) as { title: string; published: string; source: string }[]
  assert.deepEqual(
    hits.map((h) => [h.published, h.title, h.source.replace(base, '')]),
    [
      ['2024-09-12', 'Harbour reopens after storm', '/news/harbour.html'],
      ['2024-09-10', 'Dam inspection finds no damage', '/releases/dam.html'],
      ['2024-09-09', 'Minister opens water plant', '/releases/plant.html'],
    ],
  )
})
