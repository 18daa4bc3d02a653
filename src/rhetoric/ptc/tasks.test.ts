import assert from 'node:assert/strict'
import { test } from 'node:test'
import { PTC_LABELS } from '../../report/techniques.ts'
import { loadRhetoricModel } from '../model/model-file.ts'
import { offsetConverter } from './code-points.ts'
import { classifyTemplate, identifySpans, PtcInputError } from './tasks.ts'

const model = loadRhetoricModel()
const articles = new Map([
  ['2', 'Plain title\n\nThe council approved the budget on Tuesday.\n'],
  ['1', 'Emoji first 🇺🇸🛴\n\n"These disgraceful traitors are destroying our great nation," he said. They are vile, corrupt liars!\n'],
])

test('span identification lists articles in id order, spans merged, in code points', () => {
  const labels = identifySpans(articles, model)
  assert.ok(labels.length > 0)
  assert.deepEqual([...new Set(labels.map((l) => l.article))], [...new Set(labels.map((l) => l.article))].sort())
  for (const article of new Set(labels.map((l) => l.article))) {
    const text = articles.get(article)!
    const at = offsetConverter(text)
    const spans = labels.filter((l) => l.article === article)
    spans.forEach((s, i) => {
      assert.ok(s.start < s.end && s.end <= at.codePoints)
      if (i > 0) assert.ok(spans[i - 1].end <= s.start, 'spans overlap')
      assert.doesNotMatch(text.slice(at.toUtf16(s.start), at.toUtf16(s.end)), /^[\s.,:;]|[\s.,:;]$/)
    })
  }
  const loaded = labels.find((l) => l.article === '1' && [...articles.get('1')!].slice(l.start, l.end).join('').includes('disgraceful'))
  assert.ok(loaded, 'the loaded wording after the emoji is found')
})

test('technique classification answers every template line in order; a span listed twice gets two labels', () => {
  const text = articles.get('1')!
  const cp = (s: string) => [...text.slice(0, text.indexOf(s))].length
  const traitors = { article: '1', start: cp('disgraceful'), end: cp('disgraceful') + 'disgraceful traitors'.length }
  const liars = { article: '1', start: cp('vile'), end: cp('vile') + 'vile, corrupt liars'.length }
  const out = classifyTemplate(articles, [traitors, liars, traitors], model)
  assert.deepEqual(out.map((l) => [l.article, l.start, l.end]), [traitors, liars, traitors].map((l) => [l.article, l.start, l.end]))
  for (const l of out) assert.ok(PTC_LABELS.includes(l.technique))
  assert.notEqual(out[0].technique, out[2].technique)
})

test('a template naming a missing article or running past its end is refused', () => {
  assert.throws(() => classifyTemplate(articles, [{ article: '9', start: 0, end: 3 }], model), (e: Error) => e instanceof PtcInputError && /template line 1 names article 9, but there is no article9\.txt/.test(e.message))
  assert.throws(() => classifyTemplate(articles, [{ article: '2', start: 0, end: 500 }], model), /template line 1: span 0–500 runs past the end of article 2/)
})
