import { createReadStream } from 'node:fs'
import { expandInputs } from '../../ingest/expand.ts'
import { formatOfExtension } from '../../ingest/format.ts'

/** Non-empty lines of a file, read in bounded memory. */
async function countLines(path: string): Promise<number> {
  let lines = 0
  let blank = true
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 0x0a) {
        if (!blank) lines++
        blank = true
      } else if (byte !== 0x20 && byte !== 0x0d && byte !== 0x09) blank = false
    }
  }
  return blank ? lines : lines + 1
}

/**
 * How many documents the inputs hold, for a progress bar: one per file, one per non-empty line of
 * a JSONL file. Null when it cannot be told beforehand (standard input, URLs).
 *
 * @example
 * await countDocuments(['examples/']) // 9
 */
export async function countDocuments(inputs: readonly string[]): Promise<number | null> {
  if (inputs.some((i) => i === '-' || /^https?:\/\//i.test(i))) return null
  let total = 0
  for (const input of await expandInputs(inputs)) {
    if (input.error) total++
    else if (formatOfExtension(input.source) === 'jsonl') total += await countLines(input.source).catch(() => 1)
    else total++
  }
  return total
}
