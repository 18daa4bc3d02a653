import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readLines } from './line-reader.ts'

async function lines(chunks: string[], max = 100): Promise<string[]> {
  const out: string[] = []
  async function* stream() { for (const chunk of chunks) yield Buffer.from(chunk) }
  for await (const read of readLines(stream(), max)) out.push(read.tooLong === undefined ? `${read.line}:${Buffer.from(read.bytes).toString()}` : `${read.line}:too long (${read.tooLong})`)
  return out
}

test('lines split across chunks, LF and CRLF, last line without a newline', async () => {
  assert.deepEqual(await lines(['{"a":', '1}\r\n\n{"b"', ':2}\n{"c":3}']), ['1:{"a":1}', '2:', '3:{"b":2}', '4:{"c":3}'])
})

test('a line over the limit is reported with its size and the next line is read', async () => {
  assert.deepEqual(await lines(['short\n', 'x'.repeat(60), 'y'.repeat(60), '\nafter\n'], 100), ['1:short', '2:too long (120)', '3:after'])
})
