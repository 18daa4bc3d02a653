import assert from 'node:assert/strict'
import { test } from 'node:test'
import { decodeBytes, firstInvalidUtf8 } from './decode.ts'
import { InputError } from './input-error.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const [first, second] = littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]
    bytes[2 + i * 2] = first
    bytes[3 + i * 2] = second
  }
  return bytes
}

function reasonOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`)
    return error.message
  }
  assert.fail('expected an InputError')
}

test('UTF-8 text comes back as written, CRLF and all; a BOM is dropped', () => {
  assert.equal(decodeBytes(utf8('Kyiv — “quoted”\r\nline two'), 'a.txt'), 'Kyiv — “quoted”\r\nline two')
  assert.equal(decodeBytes(utf8('\uFEFFHeadline'), 'a.txt'), 'Headline')
})

test('UTF-16 with a byte-order mark is decoded, little and big endian', () => {
  assert.equal(decodeBytes(utf16('Zürich, 5 May 2021', true), 'le.txt'), 'Zürich, 5 May 2021')
  assert.equal(decodeBytes(utf16('Zürich, 5 May 2021', false), 'be.txt'), 'Zürich, 5 May 2021')
})

test('invalid UTF-8 names the byte offset', () => {
  const bytes = new Uint8Array([...utf8('Prices rose '), 0xe9, ...utf8('t\u00e9 again')])
  assert.equal(reasonOf(() => decodeBytes(bytes, 'latin1.txt')), 'latin1.txt: invalid UTF-8 at byte offset 12 (byte 0xe9); save the file as UTF-8')
})

test('firstInvalidUtf8 finds overlong forms, surrogates and cut-off sequences', () => {
  assert.equal(firstInvalidUtf8(utf8('ok ✓ 😀')), -1)
  assert.equal(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf])), 1)
  assert.equal(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80])), 0)
  assert.equal(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe2, 0x82])), 2)
})

test('binary data is refused: NUL bytes, many control characters, known file signatures', () => {
  assert.match(reasonOf(() => decodeBytes(new Uint8Array([0x41, 0x00, 0x42]), 'blob.txt')), /^blob\.txt: binary data: NUL byte at byte offset 1/)
  assert.match(reasonOf(() => decodeBytes(utf8('a\x01b\x02c\x03d\x04'), 'ctl.txt')), /^ctl\.txt: binary data: 4 control characters/)
  assert.match(reasonOf(() => decodeBytes(utf8('%PDF-1.7\n%\u00e2\u00e3'), 'report.txt')), /^report\.txt: binary data: this is a PDF document/)
  assert.match(reasonOf(() => decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'x')), /PNG image/)
})

test('UTF-16 without a byte-order mark is refused with a hint', () => {
  const bytes = utf16('Hello world, this is text', true).subarray(2)
  assert.match(reasonOf(() => decodeBytes(bytes, 'no-bom.txt')), /if this is UTF-16 text without a byte-order mark, save it as UTF-8$/)
})

test('a stray control character in a long text is kept', () => {
  const text = 'A paragraph of ordinary text.\x1b '.padEnd(400, 'x')
  assert.equal(decodeBytes(utf8(text), 'a.txt'), text)
})

test('empty and whitespace-only inputs are refused', () => {
  assert.equal(reasonOf(() => decodeBytes(new Uint8Array(), 'empty.txt')), 'empty.txt: the input is empty (0 bytes)')
  assert.equal(reasonOf(() => decodeBytes(utf8(' \n\t\r\n'), 'blank.txt')), 'blank.txt: the input contains only whitespace')
  assert.equal(reasonOf(() => decodeBytes(utf8('\uFEFF'), 'bom.txt')), 'bom.txt: the input is empty (only a byte-order mark)')
})

test('a text that merely starts like a signature ("BMW", "MZ") is still text', () => {
  assert.equal(decodeBytes(utf8('BMW announces new plant'), 'a.txt'), 'BMW announces new plant')
  assert.equal(decodeBytes(utf8('MZ Group statement'), 'a.txt'), 'MZ Group statement')
})
