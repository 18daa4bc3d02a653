// A batch killed with SIGKILL half-way and started again ends with every document stored exactly once.
import Database from 'better-sqlite3'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { unpackReport } from '../../src/corpus/report-json.ts'
import { syntheticCorpus } from '../../src/corpus/test-support/synthetic-corpus.ts'
import { ROOT, runCli, tempFolder } from '../cli/run-cli.ts'

const DOCUMENTS = 240
const { dir, cleanup } = tempFolder()
after(cleanup)

function storedCount(db: string): number {
  if (!existsSync(db)) return 0
  try {
    const reader = new Database(db, { fileMustExist: true })
    try {
      return (reader.prepare(`SELECT COUNT(*) AS n FROM documents WHERE status = 'ok'`).get() as { n: number }).n
    } finally {
      reader.close()
    }
  } catch {
    return 0
  }
}

test('an ingest killed half-way and run again stores every document exactly once, uncorrupted', { timeout: 240_000 }, async () => {
  const next = syntheticCorpus({ seed: 7 })
  const input = join(dir, 'batch.jsonl')
  writeFileSync(input, Array.from({ length: DOCUMENTS }, () => JSON.stringify(next())).join('\n') + '\n')
  const db = join(dir, 'crash.db')

  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'ingest', input, '--db', db, '--workers', '2'], { cwd: ROOT, stdio: 'ignore' })
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
  let before = 0
  for (let waited = 0; waited < 180_000 && before < DOCUMENTS / 6; waited += 100) {
    await sleep(100)
    before = storedCount(db)
  }
  child.kill('SIGKILL')
  assert.equal(await exited, 'SIGKILL')
  before = storedCount(db)
  assert.ok(before > 0 && before < DOCUMENTS, `the first run was killed after storing ${before} of ${DOCUMENTS} documents`)

  const rerun = await runCli(['ingest', input, '--db', db, '--workers', '2', '--format', 'json'])
  assert.equal(rerun.code, 0, rerun.stderr)
  const summary = JSON.parse(rerun.stdout.trim().split('\n').at(-1)!)
  assert.equal(summary.failed, 0)
  assert.equal(summary.ingested + summary.duplicates, DOCUMENTS)
  assert.ok(summary.duplicates >= before, `${summary.duplicates} duplicates, ${before} stored before the rerun`)

  const check = new Database(db, { fileMustExist: true })
  try {
    assert.equal(check.pragma('integrity_check', { simple: true }), 'ok')
    const counts = check.prepare(`SELECT COUNT(*) AS documents, COUNT(DISTINCT hash) AS hashes, COUNT(DISTINCT doc_id) AS ids FROM documents WHERE status = 'ok'`).get()
    assert.deepEqual(counts, { documents: DOCUMENTS, hashes: DOCUMENTS, ids: DOCUMENTS })
    // Every document's rows were written with it: the events table agrees with each stored report.
    const rows = check.prepare(`SELECT b.report, (SELECT COUNT(*) FROM events e WHERE e.doc = b.seq) AS events FROM bodies b`).all() as { report: Buffer; events: number }[]
    assert.deepEqual(rows.filter((r) => unpackReport(r.report, '').events.length !== r.events), [])
    const indexed = check.prepare(`SELECT COUNT(*) AS n FROM documents_fts WHERE documents_fts MATCH '"Reference"'`).get() as { n: number }
    assert.equal(indexed.n, DOCUMENTS)
  } finally {
    check.close()
  }
})
