import { readFileSync, writeFileSync } from 'node:fs'
import type { LinearWeights } from './linear-weights.ts'

// Layout (little-endian):
//   "UNSPUNW1" | u32 metaLength | meta as UTF-8 JSON | u8 bits | u16 classes | f64 scale | u32 rowCount
//   then per non-empty row: varint(bucket - previous bucket) | class mask (ceil(classes / 8) bytes) | i16 per set class
// Weights are quantised to int16 (`weight = q * scale`); rows whose weights all round to zero are left out.
const MAGIC = 'UNSPUNW1'

/** Options for {@link encodeWeights}. */
export interface EncodeWeightsOptions {
  /** Weights whose magnitude is below this are dropped (default 0: keep all that survive quantisation). */
  prune?: number
}

/** What a weights file holds: free-form metadata (validate it where it is read) and the weight table. */
export interface WeightsFileContent {
  meta: unknown
  model: LinearWeights & { weights: Float32Array }
}

/**
 * Encodes a linear model and its metadata as compact bytes: sparse rows, int16 weights.
 * The same input always gives the same bytes.
 *
 * @example
 * writeFileSync('models/thing.bin', encodeWeights({ labels }, learner.snapshot(), { prune: 0.01 }))
 */
export function encodeWeights(meta: unknown, model: LinearWeights, { prune = 0 }: EncodeWeightsOptions = {}): Uint8Array {
  const { bits, classes, weights } = model
  if (weights.length !== (1 << bits) * classes) throw new RangeError(`weights has ${weights.length} entries; expected 2^${bits} × ${classes}`)
  let maxAbs = 0
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]))
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1
  const maskBytes = Math.ceil(classes / 8)
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta))
  const out = new ByteWriter(64 + metaBytes.length)
  for (let i = 0; i < MAGIC.length; i++) out.u8(MAGIC.charCodeAt(i))
  out.u32(metaBytes.length)
  out.bytes(metaBytes)
  out.u8(bits)
  out.u16(classes)
  out.f64(scale)
  const rowCountAt = out.length
  out.u32(0)
  const q = new Int16Array(classes)
  let rows = 0
  let previous = 0
  for (let b = 0; b < 1 << bits; b++) {
    let any = false
    for (let c = 0; c < classes; c++) {
      const w = weights[b * classes + c]
      q[c] = Math.abs(w) < prune ? 0 : Math.round(w / scale)
      if (q[c] !== 0) any = true
    }
    if (!any) continue
    out.varint(b - previous)
    previous = b
    for (let m = 0; m < maskBytes; m++) {
      let mask = 0
      for (let bit = 0; bit < 8 && m * 8 + bit < classes; bit++) if (q[m * 8 + bit] !== 0) mask |= 1 << bit
      out.u8(mask)
    }
    for (let c = 0; c < classes; c++) if (q[c] !== 0) out.i16(q[c])
    rows++
  }
  out.setU32(rowCountAt, rows)
  return out.finish()
}

/**
 * Decodes bytes written by {@link encodeWeights}.
 *
 * @example
 * const { meta, model } = decodeWeights(readFileSync('models/thing.bin'))
 */
export function decodeWeights(bytes: Uint8Array): WeightsFileContent {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const fail = (why: string): never => {
    throw new Error(`Not a valid unspun weights file (${why}); re-create it with the matching train command.`)
  }
  if (bytes.length < MAGIC.length + 4 || String.fromCharCode(...bytes.subarray(0, MAGIC.length)) !== MAGIC) fail('wrong header')
  let at = MAGIC.length
  const metaLength = view.getUint32(at, true)
  at += 4
  if (at + metaLength + 15 > bytes.length) fail('truncated metadata')
  let meta: unknown
  try {
    meta = JSON.parse(new TextDecoder().decode(bytes.subarray(at, at + metaLength)))
  } catch {
    fail('metadata is not JSON')
  }
  at += metaLength
  const bits = view.getUint8(at)
  const classes = view.getUint16(at + 1, true)
  const scale = view.getFloat64(at + 3, true)
  const rows = view.getUint32(at + 11, true)
  at += 15
  if (bits < 1 || bits > 26 || classes < 1) fail(`bad table size 2^${bits} × ${classes}`)
  const maskBytes = Math.ceil(classes / 8)
  const weights = new Float32Array((1 << bits) * classes)
  let bucket = 0
  for (let r = 0; r < rows; r++) {
    let delta = 0
    let shift = 0
    for (;;) {
      if (at >= bytes.length) fail('truncated rows')
      const byte = bytes[at++]
      delta += (byte & 0x7f) * 2 ** shift
      shift += 7
      if (byte < 0x80) break
    }
    bucket += delta
    if (bucket >= 1 << bits) fail('row index out of range')
    const maskAt = at
    at += maskBytes
    const row = bucket * classes
    for (let c = 0; c < classes; c++) {
      if ((bytes[maskAt + (c >> 3)] & (1 << (c & 7))) === 0) continue
      if (at + 2 > bytes.length) fail('truncated weights')
      weights[row + c] = view.getInt16(at, true) * scale
      at += 2
    }
  }
  if (at !== bytes.length) fail('trailing bytes')
  return { meta, model: { bits, classes, weights } }
}

/** Writes {@link encodeWeights}'s bytes to a file. */
export function writeWeightsFile(path: string | URL, meta: unknown, model: LinearWeights, options?: EncodeWeightsOptions): void {
  writeFileSync(path, encodeWeights(meta, model, options))
}

/** Reads a file written by {@link writeWeightsFile}. */
export function readWeightsFile(path: string | URL): WeightsFileContent {
  return decodeWeights(readFileSync(path))
}

class ByteWriter {
  private buffer: Uint8Array
  private view: DataView
  length = 0

  constructor(capacity: number) {
    this.buffer = new Uint8Array(capacity)
    this.view = new DataView(this.buffer.buffer)
  }

  private reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + n))
    grown.set(this.buffer.subarray(0, this.length))
    this.buffer = grown
    this.view = new DataView(grown.buffer)
  }

  u8(value: number): void {
    this.reserve(1)
    this.buffer[this.length++] = value
  }

  u16(value: number): void {
    this.reserve(2)
    this.view.setUint16(this.length, value, true)
    this.length += 2
  }

  i16(value: number): void {
    this.reserve(2)
    this.view.setInt16(this.length, value, true)
    this.length += 2
  }

  u32(value: number): void {
    this.reserve(4)
    this.view.setUint32(this.length, value, true)
    this.length += 4
  }

  setU32(at: number, value: number): void {
    this.view.setUint32(at, value, true)
  }

  f64(value: number): void {
    this.reserve(8)
    this.view.setFloat64(this.length, value, true)
    this.length += 8
  }

  varint(value: number): void {
    while (value >= 0x80) {
      this.u8((value & 0x7f) | 0x80)
      value = Math.floor(value / 128)
    }
    this.u8(value)
  }

  bytes(data: Uint8Array): void {
    this.reserve(data.length)
    this.buffer.set(data, this.length)
    this.length += data.length
  }

  finish(): Uint8Array {
    return this.buffer.slice(0, this.length)
  }
}
