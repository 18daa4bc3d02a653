export type LineRead =
  | { line: number; bytes: Uint8Array; tooLong?: undefined }
  | { line: number; bytes?: undefined; tooLong: number }

/**
 * Splits a byte stream into lines ('\n' or '\r\n'), numbered from 1, holding at most `maxLineBytes`
 * of one line in memory: a longer line is skipped and reported with its size instead.
 */
export async function* readLines(stream: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<LineRead> {
  let parts: Buffer[] = []
  let length = 0
  let overflow = 0
  let line = 1
  const finish = (): LineRead => {
    const number = line++
    if (overflow > 0) {
      const size = overflow
      overflow = 0
      return { line: number, tooLong: size }
    }
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, length)
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1)
    parts = []
    length = 0
    return { line: number, bytes }
  }
  const add = (piece: Buffer) => {
    if (overflow > 0) {
      overflow += piece.length
    } else if (length + piece.length > maxLineBytes) {
      overflow = length + piece.length
      parts = []
      length = 0
    } else if (piece.length > 0) {
      parts.push(piece)
      length += piece.length
    }
  }
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    let start = 0
    for (let newline = buffer.indexOf(0x0a); newline >= 0; newline = buffer.indexOf(0x0a, start)) {
      // Copy: the stream may reuse its buffer for the next chunk.
      add(Buffer.from(buffer.subarray(start, newline)))
      yield finish()
      start = newline + 1
    }
    if (start < buffer.length) add(Buffer.from(buffer.subarray(start)))
  }
  if (length > 0 || overflow > 0) yield finish()
}
