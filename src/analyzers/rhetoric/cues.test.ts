import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAnalyzer } from '../../engine/engine.ts'
import entities from '../facts/entities.ts'
import quotes from '../facts/quotes.ts'
import cues from './cues.ts'
import { rhetoricAnalyzers } from './index.ts'

const unspun = createAnalyzer({ analyzers: [entities, quotes, cues] })

test('the analyzer declares what it reads and produces; the built-in set merges it into rhetoric/techniques', () => {
  assert.equal(cues.id, 'rhetoric/cues')
  assert.equal(cues.produces, 'techniques')
  assert.deepEqual([...cues.needs], ['tokens', 'sentences', 'quotes', 'entities'])
  assert.deepEqual(rhetoricAnalyzers.map((a) => a.id), ['rhetoric/techniques'])
})

test('findings in a quote carry its speaker; findings outside quotes carry none', () => {
  const report = unspun.analyze({ text: '“This referendum is a sham,” Lavrov said. The opposition called the vote a farce.', language: 'en' })
  assert.deepEqual(report.problems, [])
  assert.deepEqual(
    report.techniques.map((t) => [t.technique, t.text, t.speaker?.name ?? null]),
    [
      ['loaded_language', 'sham', 'Sergey Lavrov'],
      ['loaded_language', 'farce', null],
    ],
  )
})

test('the issuer is one of the names repetition leaves out', () => {
  const text = 'The ruling coalition met. The ruling coalition voted. The ruling coalition left. The ruling coalition won.'
  const repeated = (issuer: string | null) => unspun.analyze({ text, issuer, language: 'en' }).techniques.filter((t) => t.technique === 'repetition').length
  assert.ok(repeated(null) > 0)
  assert.equal(repeated('the ruling coalition'), 0)
})

test('every finding is valid for the engine: exact text, confidence in range, cues from the lexicon', () => {
  const text = 'Either we win, or the regime wins! Experts agree: the so-called deal is a flood of lies. Enough is enough.'
  const report = unspun.analyze({ text, language: 'en' })
  assert.deepEqual(report.problems, [])
  assert.ok(report.techniques.length >= 4)
  for (const t of report.techniques) {
    assert.equal(text.slice(t.start, t.end), t.text)
    assert.ok(t.confidence > 0 && t.confidence <= 0.95)
    assert.ok(t.cues.length > 0 && t.explanation.includes('“'))
  }
})
