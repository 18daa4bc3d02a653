import assert from 'node:assert/strict'
import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { after, before, test } from 'node:test'
import { readDocuments, type ReadItem, type ReadOptions } from './read.ts'

let dir = ''
const path = (name: string) => join(dir, name)
const RELEASE = 'Troops return home\r\n\r\nWARSAW, 5 May 2021 — More than 1,200 troops returned on Tuesday.\r\n'

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'unspun-read-'))
  writeFileSync(path('good.txt'), RELEASE)
})
after(() => rmSync(dir, { recursive: true, force: true }))

async function collect(patterns: string[], options?: ReadOptions): Promise<ReadItem[]> {
  const items: ReadItem[] = []
  for await (const item of readDocuments(patterns, options)) items.push(item)
  return items
}

/** What a user sees: one line per item, the document's source or the error message. */
async function outcome(patterns: string[], options?: ReadOptions): Promise<string[]> {
  return (await collect(patterns, options)).map((item) => (item.error ? `error ${item.error.message}` : `doc ${item.doc.source}`).replaceAll(dir, '<tmp>'))
}

test('a plain-text file: the text stays whole (CRLF included) and its metadata is read', async () => {
  const [item] = await collect([path('good.txt')])
  assert.deepEqual(item.doc, { text: RELEASE, title: 'Troops return home', issuer: null, published: '2021-05-05', source: path('good.txt') })
})

test('each bad input becomes an error item and the good file after it is still read', async () => {
  writeFileSync(path('binary.txt'), Buffer.from([0x41, 0x00, 0x01, 0x02, 0x42]))
  writeFileSync(path('latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9]))
  writeFileSync(path('empty.txt'), '')
  writeFileSync(path('speech.pdf'), '%PDF-1.7')
  writeFileSync(path('scan.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  assert.deepEqual(await outcome([path('binary.txt'), path('latin1.txt'), path('empty.txt'), path('speech.pdf'), path('scan.png'), path('nope.txt'), path('*.docx'), path('good.txt')]), [
    'error <tmp>/binary.txt: binary data: NUL byte at byte offset 1; this is not a text file',
    'error <tmp>/latin1.txt: invalid UTF-8 at byte offset 3 (byte 0xe9); save the file as UTF-8',
    'error <tmp>/empty.txt: the input is empty (0 bytes)',
    'error <tmp>/speech.pdf: PDF documents are not supported; convert it to plain text (.txt), HTML or JSONL first',
    'error <tmp>/scan.png: images are not supported; convert it to plain text (.txt), HTML or JSONL first',
    'error <tmp>/nope.txt: no such file or directory',
    'error <tmp>/*.docx: no file matches this pattern',
    'doc <tmp>/good.txt',
  ])
})

test('a file over maxBytes is refused from its size alone, before it is read', async () => {
  // A sparse 50 MiB file of NUL bytes: reading it would report binary data, not its size.
  const fd = openSync(path('huge.txt'), 'w')
  ftruncateSync(fd, 50 * 1024 * 1024)
  closeSync(fd)
  try {
    assert.deepEqual(await outcome([path('huge.txt'), path('good.txt')]), [
      'error <tmp>/huge.txt: the file is 50 MiB, over the 20 MiB limit; raise the limit with --max-bytes <bytes> (maxBytes in the API)',
      'doc <tmp>/good.txt',
    ])
    assert.deepEqual(await outcome([path('good.txt')], { maxBytes: 10 }), [
      `error <tmp>/good.txt: the file is ${Buffer.byteLength(RELEASE)} bytes, over the 10 bytes limit; raise the limit with --max-bytes <bytes> (maxBytes in the API)`,
    ])
  } finally {
    unlinkSync(path('huge.txt'))
  }
})

test('a JSONL file gives one item per line; a bad line in the middle is an error with its line number', async () => {
  writeFileSync(path('batch.jsonl'), [
    JSON.stringify({ id: 'a', text: 'First document.' }),
    '',
    '{"id": "b", "text": "unterminated',
    JSON.stringify({ id: 'c', text: 'Third document.', published: '2021-05-05' }),
    JSON.stringify({ id: 'd' }),
    JSON.stringify({ id: 'e', text: 'Last document.' }),
  ].join('\n'))
  const items = await collect([path('batch.jsonl'), path('good.txt')], { published: '2020-01-01' })
  const seen = items.map((item) => (item.error ? `error ${item.error.message}` : `doc ${item.doc.id} ${item.doc.source} ${item.doc.published}`))
  assert.deepEqual(seen.map((line) => line.replaceAll(dir, '<tmp>').replace(/invalid JSON \(.*$/, 'invalid JSON …')), [
    'doc a <tmp>/batch.jsonl:1 2020-01-01',
    'error <tmp>/batch.jsonl:3: invalid JSON …',
    'doc c <tmp>/batch.jsonl:4 2021-05-05',
    'error <tmp>/batch.jsonl:5: "text" is missing',
    'doc e <tmp>/batch.jsonl:6 2020-01-01',
    'doc undefined <tmp>/good.txt 2021-05-05',
  ])
  assert.equal(items[1].source, `${path('batch.jsonl')}:3`)
  assert.equal(items[1].error?.line, 3)
})

test('in JSONL the size limit applies to each line, and invalid UTF-8 is reported per line', async () => {
  const long = JSON.stringify({ id: 'long', text: 'x'.repeat(200) })
  writeFileSync(path('lines.jsonl'), Buffer.concat([
    Buffer.from(`${long}\n`),
    Buffer.from('{"id":"bad","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n'),
    Buffer.from(`${JSON.stringify({ id: 'ok', text: 'fine' })}\n`),
  ]))
  assert.deepEqual(await outcome([path('lines.jsonl')], { maxBytes: 100 }), [
    `error <tmp>/lines.jsonl:1: the line is ${long.length} bytes, over the 100 bytes limit; raise the limit with --max-bytes <bytes> (maxBytes in the API)`,
    'error <tmp>/lines.jsonl:2: invalid UTF-8 at byte offset 23 of the line (byte 0xe9); save the file as UTF-8',
    'doc <tmp>/lines.jsonl:3',
  ])
})

test('a JSONL file that is binary or holds no documents is one error', async () => {
  writeFileSync(path('archive.jsonl'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))
  writeFileSync(path('blank.jsonl'), '\n\n  \n')
  assert.deepEqual(await outcome([path('archive.jsonl'), path('blank.jsonl')]), [
    'error <tmp>/archive.jsonl: binary data: this is a ZIP archive (or a DOCX/XLSX/ODT/EPUB document, which are ZIP files), not text; convert it to plain text or HTML first',
    'error <tmp>/blank.jsonl: the JSONL input holds no lines with documents',
  ])
})

test('the format comes from the content when the extension does not tell, or from inputFormat', async () => {
  writeFileSync(path('corpus'), `${JSON.stringify({ id: '1', text: 'One.' })}\n${JSON.stringify({ id: '2', text: 'Two.' })}\n`)
  writeFileSync(path('page.txt'), '<html><body><p>Hello <b>world</b></p></body></html>')
  assert.deepEqual(await outcome([path('corpus')]), ['doc <tmp>/corpus:1', 'doc <tmp>/corpus:2'])
  const [asText] = await collect([path('page.txt')])
  assert.equal(asText.doc?.text, '<html><body><p>Hello <b>world</b></p></body></html>')
  const [asHtml] = await collect([path('page.txt')], { inputFormat: 'html' })
  assert.equal(asHtml.doc?.text, 'Hello world')
})

test("'-' reads standard input, named stdin", async () => {
  const stdin = new PassThrough()
  stdin.end(RELEASE)
  const [item] = await collect(['-'], { stdin })
  assert.equal(item.source, 'stdin')
  assert.equal(item.doc?.source, 'stdin')
  assert.equal(item.doc?.title, 'Troops return home')
})

test('standard input is read only up to maxBytes', async () => {
  const stdin = new PassThrough()
  stdin.end('x'.repeat(5000))
  assert.deepEqual(await outcome(['-', path('good.txt')], { stdin, maxBytes: 1024 }), [
    'error stdin: the input is larger than the 1,024 bytes limit; raise the limit with --max-bytes <bytes> (maxBytes in the API)',
    'doc <tmp>/good.txt',
  ])
})

test('JSONL on standard input is read line by line: a document comes out before the input ends', async () => {
  const stdin = new PassThrough()
  stdin.write(`${JSON.stringify({ id: 'first', text: 'Streamed.' })}\n`)
  const documents = readDocuments(['-'], { stdin, inputFormat: 'jsonl' })
  const first = await documents.next()
  assert.equal(first.value?.doc?.id, 'first')
  assert.equal(first.value?.source, 'stdin:1')
  stdin.end(`${JSON.stringify({ id: 'second', text: 'Later.' })}\n`)
  assert.equal((await documents.next()).value?.doc?.id, 'second')
  assert.equal((await documents.next()).done, true)
})

test('inputs are opened only when their turn comes', async () => {
  writeFileSync(path('later.txt'), 'Second file.')
  const documents = readDocuments([path('good.txt'), path('later.txt')])
  assert.equal((await documents.next()).value?.doc?.title, 'Troops return home')
  unlinkSync(path('later.txt'))
  assert.equal((await documents.next()).value?.error?.message, `${path('later.txt')}: cannot open: no such file or directory`)
})

test('invalid options are refused at once', async () => {
  await assert.rejects(collect([path('good.txt')], { published: '05/05/2021' }), { message: "published must be a real date written YYYY-MM-DD, got '05/05/2021'." })
  await assert.rejects(collect([path('good.txt')], { maxBytes: 0 }), RangeError)
  await assert.rejects(collect([path('good.txt')], { inputFormat: 'pdf' as 'text' }), { message: "Unknown input format 'pdf'. Use one of: text, html, jsonl." })
})
