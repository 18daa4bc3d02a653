import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkExtension, sniffFormat } from './format.ts'

test('the extension decides first', () => {
  assert.equal(sniffFormat('a.txt', '<html><body><p>x</p></body></html>'), 'text')
  assert.equal(sniffFormat('notes.md', 'Headline'), 'text')
  assert.equal(sniffFormat('page.HTM', 'plain words'), 'html')
  assert.equal(sniffFormat('page.xhtml', '<?xml version="1.0"?><html/>'), 'html')
  assert.equal(sniffFormat('corpus.ndjson', 'anything'), 'jsonl')
})

test('without a known extension the content decides', () => {
  assert.equal(sniffFormat('stdin', '{"id":"1","text":"a"}\n\n  {"id":"2","text":"b"}\n'), 'jsonl')
  assert.equal(sniffFormat('stdin', '<!DOCTYPE html>\n<title>x</title>'), 'html')
  assert.equal(sniffFormat('page', '  <div class="a"><p>Hello</p></div>'), 'html')
  assert.equal(sniffFormat('release', 'Headline\n\nWARSAW, 5 May 2021 — text with a <p> tag mentioned.'), 'text')
  assert.equal(sniffFormat('stdin', '{"id":"1"}\nA line of prose'), 'text')
})

test('.json is read only when it is JSON Lines', () => {
  assert.equal(sniffFormat('docs.json', '{"id":"1","text":"a"}\n'), 'jsonl')
  assert.throws(() => sniffFormat('docs.json', '[\n  {"id": "1"}\n]'), { message: /^docs\.json: JSON files are read only as JSON Lines/ })
})

test('unsupported formats are named, by extension and by content', () => {
  assert.throws(() => sniffFormat('speech.pdf', ''), { message: 'speech.pdf: PDF documents are not supported; convert it to plain text (.txt), HTML or JSONL first' })
  assert.throws(() => sniffFormat('memo.docx', ''), { message: /^memo\.docx: Word documents are not supported/ })
  assert.throws(() => sniffFormat('photo.JPG', ''), { message: /^photo\.JPG: images are not supported/ })
  assert.throws(() => sniffFormat('table.xlsx', ''), { message: /spreadsheets are not supported/ })
  assert.throws(() => sniffFormat('dump.zip', ''), { message: /archives are not supported/ })
  assert.throws(() => sniffFormat('stdin', '%PDF-1.4\n1 0 obj'), { message: /^stdin: PDF documents are not supported/ })
  assert.throws(() => sniffFormat('letter', '{\\rtf1\\ansi Hello}'), { message: /RTF documents are not supported/ })
  assert.throws(() => sniffFormat('feed', '<?xml version="1.0"?><rss><channel/></rss>'), { message: /XML files \(other than XHTML\) are not supported/ })
})

test('checkExtension refuses unsupported files before any byte is read', () => {
  assert.throws(() => checkExtension('scan.png'), { message: /^scan\.png: images are not supported/ })
  assert.doesNotThrow(() => checkExtension('release.txt'))
  assert.doesNotThrow(() => checkExtension('README'))
})
