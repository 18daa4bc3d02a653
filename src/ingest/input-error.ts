/**
 * An input that could not be read or parsed. The message already names the source
 * ("<source>: <reason>", or "<source>:<line>: <reason>" for one line of a JSONL file),
 * so it can be printed as it is.
 *
 * @example
 * new InputError('press/a.pdf', 'PDF documents are not supported; convert it to text first').message
 * // 'press/a.pdf: PDF documents are not supported; convert it to text first'
 */
export class InputError extends Error {
  readonly source: string
  readonly reason: string
  declare readonly line?: number

  constructor(source: string, reason: string, options: { line?: number; cause?: unknown } = {}) {
    const where = options.line === undefined ? source : `${source}:${options.line}`
    super(`${where}: ${reason}`, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'InputError'
    this.source = source
    this.reason = reason
    if (options.line !== undefined) this.line = options.line
  }
}
