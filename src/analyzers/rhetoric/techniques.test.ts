import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { createAnalyzer } from '../../engine/engine.ts'
import { defineAnalyzer } from '../../engine/types.ts'
import { techniqueById } from '../../report/techniques.ts'
import type { Report } from '../../report/schema.ts'
import techniques from './techniques.ts'
import { ARGUED_SENTENCE_PRECISION } from '../../rhetoric/model/argued-sentences.ts'

const unspun = createAnalyzer({ analyzers: [techniques] })

const speech = '"These disgraceful traitors are destroying our great country, and they must be stopped," the senator said.'
const quotes = defineAnalyzer({
  id: 'test/quotes',
  description: 'the one quote of the speech above',
  needs: [],
  produces: 'quotes',
  run: () => [{ start: 0, end: speech.indexOf(',"') + 2, text: speech.slice(0, speech.indexOf(',"') + 2), direct: true, speaker: { name: 'Senator Doe', entity: null, role: 'senator' } }],
})

function checkInvariants(report: Report): void {
  const text = report.document.text
  for (const t of report.techniques) {
    assert.equal(t.text, text.slice(t.start, t.end))
    assert.doesNotMatch(t.text, /^[\s.,:;]|[\s.,:;]$/, `finding ${JSON.stringify(t.text)} starts or ends with a space or .,:;`)
    assert.equal(t.ptc, techniqueById(t.technique).ptc)
    assert.ok(t.confidence >= 0 && t.confidence <= 1)
    assert.ok(t.explanation.length > 0 && t.explanation.endsWith('.'))
    for (const cue of t.cues) assert.equal(typeof cue, 'string')
  }
}

test('declares what it reads and produces', () => {
  assert.deepEqual([techniques.id, techniques.produces, techniques.needs], ['rhetoric/techniques', 'techniques', ['tokens', 'sentences', 'quotes', 'entities', 'sentenceFunctions']])
})

/** Marks the sentences of a text as opinion or report by their first word, as the sentence-function analyzer would. */
const functions = defineAnalyzer({
  id: 'test/functions',
  description: 'sentences that open with "This" or "Such" argue; the others report',
  needs: ['tokens', 'sentences'],
  produces: 'sentences',
  run: (ctx) => ctx.sentences.map((s) => ({ index: s.index, function: /^(This|Such)\b/.test(ctx.text.slice(s.start, s.end)) ? 'opinion' : 'report' })),
})

test('an argued sentence that no cue touches is read whole and named, with an explanation that says so', () => {
  const text = 'The ministry published the audit on Monday. This shows a failure of political will, not a technical one.'
  const report = createAnalyzer({ analyzers: [functions, techniques] }).analyze({ text })
  checkInvariants(report)
  const argued = report.techniques.filter((t) => t.cues.includes('argued sentence'))
  assert.deepEqual(argued.map((t) => t.text), ['This shows a failure of political will, not a technical one'])
  assert.match(argued[0].explanation, /^The sentence argues rather than reports and no single cue marks it; read whole/)
  assert.ok(argued[0].confidence > 0 && argued[0].confidence < ARGUED_SENTENCE_PRECISION)
})

test('a reported sentence, and an argued one that a cue already marks, get no whole-sentence finding', () => {
  const text = 'The ministry published the audit on Monday. This disgraceful sham insults every voter.'
  const report = createAnalyzer({ analyzers: [functions, techniques] }).analyze({ text })
  checkInvariants(report)
  assert.ok(report.techniques.some((t) => t.text.includes('sham')))
  assert.deepEqual(report.techniques.filter((t) => t.cues.includes('argued sentence')), [])
  // Without sentence functions there is nothing to read whole.
  assert.deepEqual(unspun.analyze({ text: 'This shows a failure of political will, not a technical one.' }).techniques.filter((t) => t.cues.includes('argued sentence')), [])
})

test('learned spans and lexicon cues come out once: no two findings of one technique overlap', () => {
  const text = 'These disgraceful traitors are destroying our great country. Wake up! Wake up! The corrupt regime lies and lies again, and everyone knows it.'
  const report = unspun.analyze({ text })
  checkInvariants(report)
  assert.ok(report.techniques.length > 0)
  for (const a of report.techniques) {
    for (const b of report.techniques) {
      if (a === b || a.technique !== b.technique) continue
      assert.ok(a.end <= b.start || b.end <= a.start, `${a.technique} reported twice: ${JSON.stringify(a.text)} and ${JSON.stringify(b.text)}`)
    }
  }
  assert.ok(report.techniques.some((t) => t.cues.length > 0))
})

test('finds loaded wording, explains it with words of the span, and names the speaker of the quote', () => {
  const report = createAnalyzer({ analyzers: [quotes, techniques] }).analyze({ text: speech })
  assert.deepEqual(report.problems, [])
  checkInvariants(report)
  const found = report.techniques.find((t) => t.text.includes('disgraceful'))
  assert.ok(found, `no finding over 'disgraceful' in ${JSON.stringify(report.techniques.map((t) => t.text))}`)
  assert.deepEqual(found.speaker, { name: 'Senator Doe', entity: null, role: 'senator' })
  assert.ok(found.cues.length > 0)
  for (const word of found.explanation.match(/‘[^’]+’/g) ?? []) assert.ok(found.text.toLowerCase().includes(word.slice(1, -1).toLowerCase()), `${word} is not in ${found.text}`)
})

test('plain reporting gives few or no findings, and an empty text none', () => {
  assert.deepEqual(unspun.analyze({ text: '' }).techniques, [])
  const report = unspun.analyze({ text: 'The committee met on Tuesday. It approved the budget for 2024 and adjourned at noon.' })
  checkInvariants(report)
  assert.ok(report.techniques.length <= 1)
})

test('the same wording about different people gets the same findings', () => {
  const about = (name: string) => unspun.analyze({ text: `${name} is a disgraceful liar who betrayed the voters. ${name} must resign now!` })
  const strip = (r: Report) => r.techniques.map((t) => [t.technique, t.start, t.end, t.confidence, t.cues])
  assert.ok(about('Obama').techniques.length > 0)
  assert.deepEqual(strip(about('Obama')), strip(about('Trump')))
  assert.deepEqual(strip(about('Putin')), strip(about('Biden')))
})

test('offsets stay exact after emoji and in any text', () => {
  checkInvariants(unspun.analyze({ text: '🇺🇸 Flag-waving 🇺🇸: our GREAT nation will never surrender to these vile, corrupt elites!!!' }))
  fc.assert(
    fc.property(fc.array(fc.constantFrom('vile', 'traitors', ' ', '. ', ', ', '"', '\n', 'never', 'again', '😀', 'the', 'people', '!', 'Is', '?', 'so-called'), { maxLength: 40 }), (parts) => {
      const report = unspun.analyze({ text: parts.join(''), language: 'en' })
      assert.deepEqual(report.problems, [])
      checkInvariants(report)
    }),
    { numRuns: 150, seed: 42 },
  )
})
