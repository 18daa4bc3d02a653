import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAnalyzer } from '../../engine/engine.ts'
import checkworthiness from './checkworthiness.ts'
import sentenceFunction from './function.ts'
import { sentenceAnalyzers } from './index.ts'

const unspun = createAnalyzer({ analyzers: [sentenceFunction, checkworthiness] })

/** Each sentence of `text` as "function check-worthiness: sentence". */
function scored(text: string, issuer: string | null = null): Array<{ text: string; function: string; checkworthiness: number }> {
  const report = unspun.analyze({ text, issuer, language: 'en' })
  assert.deepEqual(report.problems, [])
  return report.sentences.map((s) => ({ text: text.slice(s.start, s.end), function: s.function, checkworthiness: s.checkworthiness }))
}
const score = (sentence: string): number => scored(sentence)[0].checkworthiness

test('the check-worthiness analyzer is registered, runs after the function analyzer and annotates every sentence', () => {
  assert.ok(sentenceAnalyzers.includes(checkworthiness))
  assert.equal(checkworthiness.id, 'sentences/checkworthiness')
  assert.equal(checkworthiness.produces, 'sentences')
  assert.deepEqual(unspun.analyzers.map((a) => a.id), ['sentences/function', 'sentences/checkworthiness'])
  const sentences = scored('Prices rose by 9% in 2023. We must act. Is this fair?')
  assert.equal(sentences.length, 3)
  for (const s of sentences) assert.ok(s.checkworthiness >= 0 && s.checkworthiness <= 1)
})

const CASES = {
  /** Claims a fact-checker would check: at least 0.5. */
  invalid: [
    'Unemployment fell to 3.5 percent in 2019, the lowest rate in 50 years.',
    'The government cut the hospital budget by €2 billion last year.',
    'Since 2010, the national debt has doubled to $20 trillion.',
    'Over the past day, air defence units shot down 23 of 27 drones.',
    '“We have created 1.2 million jobs since 2021,” the minister said.',
    'Crime in London rose by 12% while the number of police officers fell by 20,000.',
  ],
  /** No checkable claim: below 0.5. */
  valid: [
    'Thank you all for coming tonight.',
    'I think we can do better than this.',
    'Join us on Saturday and bring your friends!',
    'What kind of leader abandons his own people?',
    'We believe every family deserves a safe home.',
    'Let me finish my answer.',
  ],
}

test('claims worth checking score at least 0.5', () => {
  for (const text of CASES.invalid) assert.ok(score(text) >= 0.5, `${score(text)}: ${text}`)
})

test('sentences without a checkable claim score below 0.5', () => {
  for (const text of CASES.valid) assert.ok(score(text) < 0.5, `${score(text)}: ${text}`)
})

test('cases are unique', () => {
  const all = [...CASES.invalid, ...CASES.valid]
  assert.equal(new Set(all).size, all.length)
})

test('a press release: the factual opening is a report that outscores the opinion; headline, dateline and contacts score 0', () => {
  const text = [
    'MINISTRY ANNOUNCES NEW RAIL INVESTMENT',
    '',
    'LISBON, 3 March 2025 — The Ministry of Infrastructure on Monday signed contracts worth €1.8 billion for 120 new trains, which will enter service in 2027.',
    '',
    'Passenger numbers rose by 14% last year, according to the national statistics office. We believe that modern public transport is the foundation of a fair society. Take the train: it is faster than ever.',
    '',
    'Press Office',
    'press@infrastructure.example.pt',
  ].join('\n')
  const s = scored(text, 'Ministry of Infrastructure')
  const opening = s.find((x) => x.text.startsWith('The Ministry of Infrastructure on Monday'))!
  const opinion = s.find((x) => x.text.startsWith('We believe'))!
  assert.equal(opening.function, 'report')
  assert.equal(opinion.function, 'opinion')
  assert.ok(opening.checkworthiness >= 0.5, String(opening.checkworthiness))
  assert.ok(opinion.checkworthiness < 0.5, String(opinion.checkworthiness))
  assert.ok(opening.checkworthiness > opinion.checkworthiness)
  for (const x of s.filter((x) => x.function === 'other')) assert.equal(x.checkworthiness, 0, x.text)
  assert.ok(s.filter((x) => x.function === 'other').length >= 4)
})

test('more of a claim never scores less: adding a figure and a date to a statement raises its score', () => {
  const ladder = ['The economy is doing well.', 'The economy grew last year.', 'The economy grew by 3.1% last year.', 'The economy grew by 3.1% last year, the fastest rate since 2007.']
  const scores = ladder.map(score)
  for (let i = 1; i < scores.length; i++) assert.ok(scores[i] > scores[i - 1], `${scores.join(' < ')}`)
})

test('the score depends on the sentence, not on the issuer or the side it names', () => {
  const pairs = [
    ['The government raised taxes by 4% in 2024.', 'The opposition raised taxes by 4% in 2024.'],
    ['Labour promised lower energy bills.', 'The Conservatives promised lower energy bills.'],
  ]
  for (const [a, b] of pairs) {
    for (const issuer of [null, 'Labour Party', 'Conservative Party', 'Fridays for Future', 'Acme Corp']) assert.equal(scored(a, issuer)[0].checkworthiness, score(a))
    assert.ok(Math.abs(score(a) - score(b)) < 0.25, `${a} ${score(a)} vs ${b} ${score(b)}`)
  }
})
