import { closeSync, openSync, writeSync } from 'node:fs'

/** Where a command writes its main output, one chunk at a time. */
export interface Output {
  /** Writes a chunk; resolves once the stream can take more. */
  write(chunk: string): Promise<void>
  /** True once the reader has gone away (e.g. `| head` closed the pipe) or writing failed; further writes are dropped. */
  readonly closed: boolean
  /** Why writing failed, other than the reader going away. */
  readonly error: Error | null
  close(): void
}

/**
 * Opens a file for writing, truncating it. Writes are synchronous, so what was written is on
 * disk even if a later document fails.
 */
export function fileOutput(path: string): Output {
  const fd = openSync(path, 'w')
  let open = true
  return {
    async write(chunk) {
      if (chunk.length > 0) writeSync(fd, chunk)
    },
    get closed() {
      return !open
    },
    error: null,
    close() {
      if (!open) return
      open = false
      closeSync(fd)
    },
  }
}

/**
 * Writes to a stream such as stdout, waiting for 'drain' when its buffer is full so memory stays
 * bounded, and going quiet when the reader closes the pipe (EPIPE).
 */
export function streamOutput(stream: NodeJS.WritableStream): Output {
  let closed = false
  let failure: Error | null = null
  const onError = (error: NodeJS.ErrnoException) => {
    closed = true
    if (error.code !== 'EPIPE') failure = error
  }
  stream.on('error', onError)
  return {
    write(chunk) {
      if (closed || chunk.length === 0) return Promise.resolve()
      return new Promise<void>((resolve) => {
        if (stream.write(chunk)) resolve()
        else {
          const done = () => {
            stream.off('drain', done)
            stream.off('close', done)
            resolve()
          }
          stream.on('drain', done)
          stream.on('close', done)
        }
      })
    },
    get closed() {
      return closed
    },
    get error() {
      return failure
    },
    // The error listener stays: a write still queued may fail with EPIPE after the run is over.
    close() {
      closed = true
    },
  }
}
