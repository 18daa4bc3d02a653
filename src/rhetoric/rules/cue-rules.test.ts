import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Quote } from '../../report/schema.ts'
import { tokenize } from '../../text/tokenize.ts'
import * as rulesModule from './index.ts'
import { findCueHits, findCueTechniques, loadCueRules, MIN_CONFIDENCE } from './index.ts'

const rules = loadCueRules()
const find = (text: string, quotes: Quote[] = []) => findCueTechniques({ text, tokens: tokenize(text), quotes }, rules)

test('the rules module exports its public API', () => {
  assert.deepEqual(Object.keys(rulesModule).sort(), [
    'CALIBRATION_FILE', 'CalibrationFileSchema', 'MIN_CONFIDENCE', 'REPETITION_FAMILY', 'REPETITION_FILE', 'SLOGAN_FAMILY', 'SLOGAN_LINE_CUE', 'UNMEASURED_PRECISION', 'calibrationFrom', 'clauseAround', 'contextBuckets', 'cueContexts', 'cueWords',
    'explainCue', 'findCueHits', 'findCueTechniques', 'findRepetitions', 'lexiconFindings', 'loadCalibration', 'loadCueRules', 'loadRepetitionSettings', 'mainEntityMask', 'repetitionFindings', 'sloganLineFindings',
  ])
})

test('a finding points at its exact text, carries the PTC label, and explains itself by quoting the cue', () => {
  const text = 'The opposition called the vote a sham.'
  const [sham] = find(text)
  assert.deepEqual({ ...sham, confidence: typeof sham.confidence }, {
    technique: 'loaded_language',
    ptc: 'Loaded_Language',
    start: 33,
    end: 37,
    text: 'sham',
    confidence: 'number',
    explanation: 'Loaded language cue “sham”: declares a process fake instead of showing what is wrong with it.',
    cues: ['loaded.sham'],
    speaker: null,
  })
  assert.equal(text.slice(sham.start, sham.end), sham.text)
})

test('a construction with a gap quotes its cue words around the gap and covers its clause', () => {
  const text = 'Frankly, you are either with us or against us, the minister said.'
  const found = find(text).filter((f) => f.technique === 'black_and_white')
  assert.deepEqual(found.map((f) => f.text), ['you are either with us or against us'])
  assert.match(found[0].explanation, /^Black-and-white fallacy cue “(either … or|with us or against us)”/)
  assert.deepEqual([...found[0].cues].sort(), ['either-or.either-or', 'either-or.with-us-or-against-us'])
})

test('overlapping cues of one technique make one finding with every cue', () => {
  const text = 'A flood of migrants is coming.'
  const fear = find(text).filter((f) => f.technique === 'appeal_to_fear')
  assert.equal(fear.length, 1)
  assert.equal(fear[0].text, 'flood of migrants')
  assert.deepEqual([...fear[0].cues].sort(), ['fear.flood', 'fear.flood-of'])
})

test('a finding inside a quote gets the quote\'s speaker', () => {
  const text = 'The minister said: "This sham must end." Critics disagreed.'
  const quote: Quote = { start: 20, end: 38, text: 'This sham must end.', direct: true, speaker: { name: 'the minister', entity: null, role: 'minister' } }
  assert.deepEqual(find(text, [quote]).map((f) => [f.text, f.speaker?.name ?? null]), [['sham', 'the minister']])
})

test('hits weaker than the threshold are measured but not reported', () => {
  const text = 'Experts say the plan works.'
  const hits = findCueHits({ text, tokens: tokenize(text) }, rules)
  const reported = find(text)
  for (const f of reported) assert.ok(f.confidence >= MIN_CONFIDENCE)
  assert.ok(hits.length >= reported.length)
  assert.deepEqual(findCueTechniques({ text, tokens: tokenize(text) }, rules, { minConfidence: 0.99 }), [])
})
