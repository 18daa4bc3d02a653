import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Technique } from '../report/schema.ts'
import { withoutPlainPossessives } from './plain-possessives.ts'

const finding = (start: number, end: number, technique: Technique['technique'], cues: string[]): Technique =>
  ({ start, end, text: 'x', technique, ptc: 'x', confidence: 0.4, explanation: 'x', cues, speaker: null }) as unknown as Technique

// "Our soldiers returned fire and the patrol withdrew." is a report sentence at 0–51.
const report = [{ start: 0, end: 51 }]

test('"our soldiers" alone in a report sentence is no flag-waving', () => {
  assert.deepEqual(withoutPlainPossessives([finding(0, 12, 'flag_waving', ['group.our-troops', 'our'])], report), [])
})

test('a plain possessive inside a longer slogan or threat is part of that construction', () => {
  const slogan = finding(60, 105, 'slogans', ['slogan.every-inch'])
  assert.deepEqual(withoutPlainPossessives([finding(75, 83, 'flag_waving', ['group.our-nation']), slogan], report), [slogan])
})

test('invalid: a possessive with a value of its own, or outside a report sentence, stays flag-waving', () => {
  const defending = finding(20, 42, 'flag_waving', ['group.our-nation', 'group.defend-our'])
  assert.deepEqual(withoutPlainPossessives([defending], report), [defending])
  const rallying = finding(60, 72, 'flag_waving', ['group.our-troops'])
  assert.deepEqual(withoutPlainPossessives([rallying], report), [rallying])
  const learned = finding(0, 12, 'flag_waving', ['our', 'soldiers'])
  assert.deepEqual(withoutPlainPossessives([learned], report), [learned])
})
