import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createProgress, formatDuration, progressText } from './progress.ts'

function sink(isTTY: boolean) {
  const chunks: string[] = []
  return { chunks, stream: { isTTY, columns: 100, write: (c: string) => (chunks.push(c), true) } as unknown as NodeJS.WritableStream & { isTTY: boolean } }
}

test('progress text gives done/total, rate and time left', () => {
  assert.equal(progressText(250, 1000, 10), '250/1,000 documents · 25.0 docs/s · ETA 30s')
  assert.equal(progressText(250, null, 10), '250 documents · 25.0 docs/s')
  assert.equal(formatDuration(3725), '1h 02m')
})

test('without a terminal, plain lines come every interval and once at the end', () => {
  let now = 0
  const { chunks, stream } = sink(false)
  const progress = createProgress({ stream, total: 4, lineIntervalMs: 1000, now: () => now })
  for (const t of [500, 600, 1700, 1800]) {
    now = t
    progress.advance()
  }
  progress.stop()
  assert.deepEqual(chunks, ['1/4 documents · 2.0 docs/s · ETA 2s\n', '3/4 documents · 1.8 docs/s · ETA 1s\n', '4/4 documents · 2.2 docs/s\n'])
})

test('on a terminal a bar is redrawn in place and cleared at the end', () => {
  let now = 0
  const { chunks, stream } = sink(true)
  const progress = createProgress({ stream, total: 2, now: () => now })
  now = 1000
  progress.advance()
  progress.stop()
  assert.match(chunks[0], /^\r\x1b\[K\[█+░+\] 1\/2 documents · 1\.0 docs\/s · ETA 1s$/)
  assert.equal(chunks.at(-1), '\r\x1b[K')
})
