import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Entity, Technique } from '../report/schema.ts'
import { outsideNamedThings } from './named-things.ts'

const finding = (start: number, end: number): Technique =>
  ({ start, end, text: 'x', technique: 'name_calling', ptc: 'Name_Calling,Labeling', confidence: 0.3, explanation: 'x', cues: [], speaker: null }) as unknown as Technique
const thing = (start: number, end: number, type: Entity['type'] = 'other'): Entity =>
  ({ id: 'e1', type, name: 'Iron Wolf 2026', aliases: [], kb: null, mentions: [{ start, end, text: 'Iron Wolf 2026' }], confidence: 0.7 }) as unknown as Entity

test('a finding wholly inside the name of an exercise, weapon or law is dropped', () => {
  assert.deepEqual(outsideNamedThings([finding(25, 29)], [thing(20, 34)]), [])
})

test('invalid: findings that reach outside the name, or sit in a person\'s or body\'s name, stay', () => {
  const reaching = finding(15, 29)
  const elsewhere = finding(40, 50)
  assert.deepEqual(outsideNamedThings([reaching, elsewhere], [thing(20, 34)]), [reaching, elsewhere])
  const inPerson = finding(25, 29)
  assert.deepEqual(outsideNamedThings([inPerson], [thing(20, 34, 'person')]), [inPerson])
})

const named = (type: Entity['type'], ...mentions: Array<[number, number]>): Entity =>
  ({ id: 'e2', type, name: 'Citizens’ Alliance', aliases: [], kb: null, mentions: mentions.map(([start, end]) => ({ start, end, text: 'Citizens’ Alliance' })), confidence: 0.7 }) as unknown as Entity

test('a repetition finding inside a name the text gives more than once is dropped', () => {
  const repeated = { ...finding(10, 18), technique: 'repetition' } as Technique
  assert.deepEqual(outsideNamedThings([repeated], [named('organization', [10, 28], [60, 78])]), [])
})

test('invalid: repetition inside a name given once, or another technique inside a repeated name, stays', () => {
  const repeated = { ...finding(10, 18), technique: 'repetition' } as Technique
  assert.deepEqual(outsideNamedThings([repeated], [named('organization', [10, 28])]), [repeated])
  const labelled = finding(10, 18)
  assert.deepEqual(outsideNamedThings([labelled], [named('organization', [10, 28], [60, 78])]), [labelled])
})
