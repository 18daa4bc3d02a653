import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { DEFAULT_PTC_TRAIN_DIR, loadPtcCorpus, readPtcArticles } from './corpus.ts'

function corpusDir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'unspun-ptc-'))
  mkdirSync(join(root, 'articles'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content)
  return root
}

test('labels in code points land on the right UTF-16 offsets after an emoji', () => {
  const text = 'Title 🇺🇸\n\nThey are traitors and cowards.\n'
  const traitors = [...text.slice(0, text.indexOf('traitors'))].length
  const root = corpusDir({
    'articles/article7.txt': text,
    'articles/notes.md': 'ignored',
    'train-task-si.labels': `7\t${traitors}\t${traitors + 21}\n`,
    'train-task-flc-tc.labels': `7\tName_Calling,Labeling\t${traitors}\t${traitors + 8}\n7\tLoaded_Language\t${traitors + 13}\t${traitors + 20}\n`,
  })
  const [article] = loadPtcCorpus(root)
  assert.equal(article.id, '7')
  assert.deepEqual(
    article.techniques.map((t) => [t.technique, text.slice(t.start, t.end)]),
    [
      ['Name_Calling,Labeling', 'traitors'],
      ['Loaded_Language', 'cowards'],
    ],
  )
  assert.equal(text.slice(article.spans[0].start, article.spans[0].end), 'traitors and cowards.')
})

test('labels that name an article the folder lacks are refused', () => {
  const root = corpusDir({ 'articles/article1.txt': 'Text.', 'train-task-si.labels': '2\t0\t4\n', 'train-task-flc-tc.labels': '' })
  assert.throws(() => loadPtcCorpus(root), /labels article 2, which is not in/)
})

test('a missing folder is reported with what to pass', () => {
  assert.throws(() => readPtcArticles('/no/such/folder'), /No such folder: \/no\/such\/folder\. Pass the folder that holds the article<ID>\.txt files\./)
})

test('the PTC training split reads whole: 371 articles, 6,128 technique labels, spans trimmed', { skip: !existsSync(DEFAULT_PTC_TRAIN_DIR) && 'needs ../shared/data' }, () => {
  const corpus = loadPtcCorpus()
  assert.equal(corpus.length, 371)
  assert.equal(corpus.reduce((n, a) => n + a.techniques.length, 0), 6128)
  for (const a of corpus) {
    for (const t of a.techniques) assert.doesNotMatch(a.text.slice(t.start, t.end), /^[\s.,:;]|[\s.,:;]$/)
  }
})
