import assert from 'node:assert/strict'
import { test } from 'node:test'
import { defineAnalyzer } from '../engine/types.ts'
import type { Technique, TechniqueId } from '../report/schema.ts'
import { checkSuite, RuleTester, toRunner, type RuleTesterCases, type TechniqueRunner } from './rule-tester.ts'

/** A stand-in analyzer: every occurrence of a listed word is a finding of its technique. */
function wordRunner(words: Record<string, TechniqueId>): TechniqueRunner {
  return (text) =>
    Object.entries(words).flatMap(([word, technique]) =>
      [...text.matchAll(new RegExp(word, 'g'))].map((m): Technique => ({
        technique,
        ptc: technique,
        start: m.index,
        end: m.index + word.length,
        text: word,
        confidence: 0.5,
        explanation: `cue “${word}”`,
        cues: [`test.${word}`],
        speaker: null,
      })),
    )
}

/** Runs a suite with collecting test functions; returns each case's name and error message (or null). */
function runSuite(name: string, runner: TechniqueRunner, cases: RuleTesterCases): Array<[string, string | null]> {
  const results: Array<[string, string | null]> = []
  const tester = new RuleTester({
    describe: (_name, body) => body(),
    it: (caseName, body) => {
      try {
        body()
        results.push([caseName, null])
      } catch (error) {
        results.push([caseName, (error as Error).message])
      }
    },
  })
  tester.run(name, runner, cases)
  return results
}

const runner = wordRunner({ sham: 'loaded_language', 'so-called': 'doubt' })

test('a suite whose cases hold passes case by case', () => {
  const results = runSuite('doubt', runner, {
    valid: ['The vote was held on Sunday.', 'The vote was a sham.'],
    invalid: [{ text: 'The so-called vote was a sham.', findings: [{ technique: 'doubt', text: 'so-called' }] }],
  })
  assert.deepEqual(results, [
    ['The vote was held on Sunday.', null],
    ['The vote was a sham.', null],
    ['The so-called vote was a sham.', null],
  ])
})

test('a missing finding fails its case and lists what was found', () => {
  const [[, message]] = runSuite('doubt', runner, {
    valid: [],
    invalid: [{ text: 'The vote was a sham.', findings: [{ technique: 'doubt', text: 'sham' }] }],
  })
  assert.equal(message, 'In "The vote was a sham.":\n  missing finding doubt "sham"; found: loaded_language "sham"')
})

test('a valid case fails on a finding of the suite technique, and of any technique in a suite not named after one', () => {
  const cases = { valid: ['The so-called vote was a sham.'], invalid: [] }
  assert.match(runSuite('doubt', runner, cases)[0][1] ?? '', /unexpected finding doubt "so-called" \(cues test\.so-called\)/)
  assert.doesNotMatch(runSuite('doubt', runner, cases)[0][1] ?? '', /loaded_language/)
  assert.match(runSuite('press releases', runner, cases)[0][1] ?? '', /unexpected finding loaded_language "sham"/)
})

test('duplicate cases, unknown technique ids, empty or impossible expectations are rejected before anything runs', () => {
  assert.throws(() => checkSuite('s', { valid: ['A.', 'A.'], invalid: [] }), /duplicate valid case "A\."/)
  assert.throws(() => checkSuite('s', { valid: ['A sham.'], invalid: [{ text: 'A sham.', findings: [{ technique: 'loaded_language', text: 'sham' }] }] }), /duplicate case "A sham\."/)
  assert.throws(
    () => checkSuite('s', { valid: [], invalid: [{ text: 'A sham.', findings: [{ technique: 'propaganda' as TechniqueId, text: 'sham' }] }] }),
    /unknown technique id 'propaganda'.*Known ids: loaded_language, name_calling/,
  )
  assert.throws(() => checkSuite('s', { valid: [], invalid: [{ text: 'A sham.', findings: [] }] }), /lists no findings/)
  assert.throws(() => checkSuite('s', { valid: [], invalid: [{ text: 'A sham.', findings: [{ technique: 'loaded_language', text: 'farce' }] }] }), /"farce" is not in case/)
  assert.throws(() => runSuite('s', runner, { valid: ['A.', 'A.'], invalid: [] }), /duplicate valid case/)
})

test('an analyzer or a list of analyzers runs through the engine', () => {
  const shout = defineAnalyzer({
    id: 'test/shout',
    description: 'every "!" is loaded language',
    needs: ['tokens'],
    produces: 'techniques',
    run: (ctx) =>
      ctx.tokens
        .filter((t) => t.text === '!')
        .map((t) => ({ technique: 'loaded_language' as const, ptc: 'Loaded_Language', start: t.start, end: t.end, text: t.text, confidence: 0.2, explanation: 'an exclamation mark', cues: ['test.bang'], speaker: null })),
  })
  assert.deepEqual(toRunner(shout)('No! Never!').map((f) => f.start), [2, 9])
  assert.deepEqual(toRunner([shout])('Stop!').map((f) => f.text), ['!'])
  const broken = defineAnalyzer({ id: 'test/broken', description: 'throws', needs: [], produces: 'techniques', run: () => { throw new Error('boom') } })
  assert.throws(() => toRunner(broken)('Text.'), /The analyzers failed on this text: Error while running analyzer 'test\/broken': boom/)
})
