import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { runConllTag } from './conll.ts'

const dir = mkdtempSync(join(tmpdir(), 'unspun-conll-'))
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

function run(path: string, flags: { model?: string } = {}, stdin = '') {
  let stdout = ''
  let stderr = ''
  const code = runConllTag(path, flags, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    readStdin: () => new TextEncoder().encode(stdin),
  })
  return { code, stdout, stderr }
}

const sample = '-DOCSTART- -X- O\n\nAngela NNP\nMerkel NNP\nvisited VBD\nParis NNP\n.\n\nNATO NNP\nmet VBD\n'

test('prints each line with the predicted tag appended', () => {
  const { code, stdout, stderr } = run(file('sample.conll', sample))
  assert.equal(stderr, '')
  assert.equal(code, 0)
  assert.equal(stdout, '-DOCSTART- -X- O O\n\nAngela NNP B-PER\nMerkel NNP I-PER\nvisited VBD O\nParis NNP B-LOC\n. O\n\nNATO NNP B-ORG\nmet VBD O\n')
})

test('reads standard input for -, with CRLF line endings', () => {
  const { code, stdout } = run('-', {}, 'Paris\r\n\r\nNATO\r\n')
  assert.equal(code, 0)
  assert.equal(stdout, 'Paris B-LOC\n\nNATO B-ORG\n')
})

test('a binary file is refused with its name and line, exit code 2', () => {
  const { code, stdout, stderr } = run(file('image.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00])))
  assert.equal(code, 2)
  assert.equal(stdout, '')
  assert.match(stderr, /^unspun conll tag: .*image\.png:1: not UTF-8 text/)
})

test('a missing file or model is reported, exit code 2', () => {
  assert.deepEqual(run(join(dir, 'missing.conll')), { code: 2, stdout: '', stderr: `unspun conll tag: cannot read ${join(dir, 'missing.conll')}: ENOENT\n` })
  const bad = run(file('ok.conll', 'Paris\n'), { model: file('bad.bin', 'not a model') })
  assert.equal(bad.code, 2)
  assert.match(bad.stderr, /bad\.bin: Not a valid unspun weights file \(wrong header\)/)
})

test('runs as `unspun conll tag` from the command line', () => {
  const bin = fileURLToPath(new URL('../../../bin/unspun.js', import.meta.url))
  const ok = spawnSync(process.execPath, [bin, 'conll', 'tag', file('cli.conll', sample)], { encoding: 'utf8' })
  assert.equal(ok.stderr, '')
  assert.equal(ok.status, 0)
  assert.equal(ok.stdout.split('\n')[2], 'Angela NNP B-PER')
  const binary = spawnSync(process.execPath, [bin, 'conll', 'tag', file('cli.bin', Uint8Array.from([0x41, 0x0a, 0x00, 0x0a]))], { encoding: 'utf8' })
  assert.equal(binary.status, 2)
  assert.match(binary.stderr, /cli\.bin:2: contains control characters/)
})
