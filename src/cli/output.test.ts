import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { test } from 'node:test'
import { fileOutput, streamOutput } from './output.ts'

test('a file output has every chunk on disk as soon as it is written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unspun-output-'))
  try {
    const path = join(dir, 'out.txt')
    const output = fileOutput(path)
    await output.write('first\n')
    assert.equal(readFileSync(path, 'utf8'), 'first\n')
    await output.write('second\n')
    output.close()
    assert.equal(readFileSync(path, 'utf8'), 'first\nsecond\n')
    assert.equal(output.closed, true)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a stream output waits for the reader when its buffer is full', async () => {
  const received: string[] = []
  let release = () => undefined as void
  const slow = new Writable({
    highWaterMark: 4,
    write(chunk: Buffer, _encoding, done) {
      received.push(chunk.toString())
      release = done
    },
  })
  const output = streamOutput(slow)
  let resolved = false
  const pending = output.write('a long chunk').then(() => (resolved = true))
  await new Promise((r) => setImmediate(r))
  assert.equal(resolved, false, 'the write waits for drain')
  release()
  await pending
  assert.deepEqual(received, ['a long chunk'])
})

test('a stream output goes quiet when the reader closes the pipe', async () => {
  const closing = new Writable({
    write(_chunk, _encoding, done) {
      done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))
    },
  })
  const output = streamOutput(closing)
  await output.write('lost')
  await new Promise((r) => setImmediate(r))
  assert.equal(output.closed, true)
  assert.equal(output.error, null, 'a closed pipe is not an error')
  await output.write('dropped')
})
