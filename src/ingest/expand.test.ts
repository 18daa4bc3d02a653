import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { expandInputs } from './expand.ts'

let root = ''
const files = ['a.txt', 'b.md', 'README.md', 'sub/LICENSE.txt', 'photo.png', '.hidden.txt', 'notes.pdf', 'sub/c.html', 'sub/deeper/d.jsonl', 'sub/e.htm', 'node_modules/x.txt', '.git/y.txt']

before(() => {
  root = mkdtempSync(join(tmpdir(), 'unspun-expand-'))
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true })
    writeFileSync(join(root, file), 'text')
  }
  mkdirSync(join(root, 'empty'))
})
after(() => rmSync(root, { recursive: true, force: true }))

const sources = async (patterns: string[]) => (await expandInputs(patterns)).map((input) => input.error?.message ?? input.source.replace(root, '<tmp>'))

test('a directory expands recursively to its documents, sorted, without hidden folders, node_modules or README-like notes', async () => {
  assert.deepEqual(await sources([root]), ['<tmp>/a.txt', '<tmp>/b.md', '<tmp>/sub/c.html', '<tmp>/sub/e.htm', '<tmp>/sub/deeper/d.jsonl'])
})

test('globs expand to their matches; files and "-" stay as given, in order, each file once', async () => {
  assert.deepEqual(await sources([join(root, 'sub/**/*.{html,jsonl}'), '-', join(root, 'notes.pdf'), join(root, 'a.txt'), `${root}/./sub/../a.txt`, root]), [
    '<tmp>/sub/c.html', '<tmp>/sub/deeper/d.jsonl', '-', '<tmp>/notes.pdf', '<tmp>/a.txt', '<tmp>/b.md', '<tmp>/sub/e.htm',
  ])
})

test('what matches nothing becomes an error entry, never an exception', async () => {
  const missing = join(root, 'missing.txt')
  const pattern = join(root, '*.docx')
  const empty = join(root, 'empty')
  assert.deepEqual(await sources([missing, pattern, empty, join(root, 'a.txt')]), [
    `${missing}: no such file or directory`,
    `${pattern}: no file matches this pattern`,
    `${empty}: the directory holds no documents (looked for .txt .text .md .html .htm .xhtml .jsonl .ndjson)`,
    '<tmp>/a.txt',
  ])
})
