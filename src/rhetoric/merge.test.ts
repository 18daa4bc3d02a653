import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import type { Technique, TechniqueId } from '../report/schema.ts'
import { mergeTechniques } from './merge.ts'

function finding(technique: TechniqueId, start: number, end: number, confidence: number, cues: string[]): Technique {
  return { technique, ptc: technique, start, end, text: 'x'.repeat(end - start), confidence, explanation: `${technique} ${start}`, cues, speaker: null }
}

const brief = (list: Technique[]) => list.map((f) => `${f.technique} ${f.start}-${f.end} ${f.confidence} [${f.cues.join(' ')}]`)

test('overlapping findings of one technique become the most confident one, with the cues of both', () => {
  const rules = [finding('doubt', 4, 13, 0.6, ['doubt.so-called'])]
  const model = [finding('doubt', 0, 30, 0.4, ['model.span']), finding('loaded_language', 31, 35, 0.7, ['model.span'])]
  assert.deepEqual(brief(mergeTechniques(rules, model)), ['doubt 4-13 0.6 [doubt.so-called model.span]', 'loaded_language 31-35 0.7 [model.span]'])
})

test('findings of different techniques, or of one technique apart, all stay', () => {
  const a = [finding('doubt', 0, 5, 0.3, ['a']), finding('doubt', 5, 9, 0.3, ['b'])]
  const b = [finding('loaded_language', 0, 5, 0.9, ['c'])]
  assert.deepEqual(brief(mergeTechniques(a, b)), ['doubt 0-5 0.3 [a]', 'loaded_language 0-5 0.9 [c]', 'doubt 5-9 0.3 [b]'])
})

test('merging leaves its inputs as they were', () => {
  const a = [finding('doubt', 0, 5, 0.3, ['a'])]
  const b = [finding('doubt', 2, 8, 0.5, ['b'])]
  mergeTechniques(a, b)
  assert.deepEqual(a[0].cues, ['a'])
  assert.deepEqual(b[0].cues, ['b'])
})

const techniques: TechniqueId[] = ['doubt', 'loaded_language', 'slogans']
const arbitraryFinding = fc
  .record({ t: fc.constantFrom(...techniques), start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 1, max: 12 }), confidence: fc.integer({ min: 1, max: 9 }), cue: fc.constantFrom('a', 'b', 'c', 'd') })
  .map((r) => finding(r.t, r.start, r.start + r.length, r.confidence / 10, [r.cue]))

test('the merged list has no two overlapping findings of one technique, loses no cue, and does not depend on the order of its inputs', () => {
  fc.assert(
    fc.property(fc.array(arbitraryFinding, { maxLength: 12 }), fc.array(arbitraryFinding, { maxLength: 12 }), (a, b) => {
      const merged = mergeTechniques(a, b)
      for (const x of merged) for (const y of merged) if (x !== y && x.technique === y.technique) assert.ok(x.end <= y.start || y.end <= x.start)
      for (const f of [...a, ...b]) assert.ok(merged.some((m) => m.technique === f.technique && m.cues.includes(f.cues[0]) && m.start < f.end && f.start < m.end))
      assert.deepEqual(brief(mergeTechniques(b, a)).sort(), brief(merged).sort())
      const strongest = Math.max(0, ...[...a, ...b].map((f) => f.confidence))
      assert.equal(Math.max(0, ...merged.map((f) => f.confidence)), strongest)
    }),
  )
})
