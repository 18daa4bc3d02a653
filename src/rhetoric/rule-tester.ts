import { describe as nodeDescribe, it as nodeIt } from 'node:test'
import { createAnalyzer, type UnspunAnalyzer } from '../engine/engine.ts'
import type { Analyzer } from '../engine/types.ts'
import { TechniqueIdSchema, type Technique, type TechniqueId } from '../report/schema.ts'

/** A finding an invalid case must produce: its technique and its exact text. */
export interface ExpectedFinding {
  technique: TechniqueId
  text: string
}

/** A text that must produce at least the listed findings. */
export interface InvalidCase {
  text: string
  findings: readonly ExpectedFinding[]
  /** the document's issuer, when the case depends on it */
  issuer?: string | null
}

export interface RuleTesterCases {
  /** texts that must produce no finding of the suite's technique (of any technique when the suite is not named after one) */
  valid: readonly string[]
  invalid: readonly InvalidCase[]
}

/** Anything that turns a text into technique findings. */
export type TechniqueRunner = (text: string, issuer?: string | null) => readonly Technique[]

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyAnalyzer = Analyzer<any, any>
export type AnalyzerOrRunner = TechniqueRunner | AnyAnalyzer | readonly AnyAnalyzer[] | UnspunAnalyzer

/** The test functions the tester registers cases with; node:test's by default. */
export interface TestFunctions {
  describe: (name: string, body: () => void) => unknown
  it: (name: string, body: () => void) => unknown
}

const isTechniqueId = (name: string): name is TechniqueId => TechniqueIdSchema.safeParse(name).success

/** Turns an analyzer, a list of analyzers, an analyzer set or a function into a runner. */
export function toRunner(target: AnalyzerOrRunner): TechniqueRunner {
  if (typeof target === 'function') return target
  let unspun: UnspunAnalyzer
  if (Array.isArray(target)) unspun = createAnalyzer({ analyzers: target as readonly AnyAnalyzer[] })
  else if ('analyze' in target) unspun = target as UnspunAnalyzer
  else unspun = createAnalyzer({ analyzers: [target as AnyAnalyzer] })
  return (text, issuer = null) => {
    const report = unspun.analyze({ text, issuer, language: 'en' })
    const failed = report.problems.filter((p) => p.severity === 'error')
    if (failed.length > 0) throw new Error(`The analyzers failed on this text: ${failed.map((p) => p.message).join('; ')}`)
    return report.techniques
  }
}

/**
 * Checks a suite before it runs: no text twice, every invalid case lists findings, every technique
 * id exists. Throws an error that names the offending case.
 */
export function checkSuite(name: string, cases: RuleTesterCases): void {
  const seen = new Set<string>()
  for (const text of cases.valid) {
    if (seen.has(text)) throw new Error(`RuleTester '${name}': duplicate valid case ${JSON.stringify(text)}; remove one of them.`)
    seen.add(text)
  }
  for (const c of cases.invalid) {
    if (seen.has(c.text)) throw new Error(`RuleTester '${name}': duplicate case ${JSON.stringify(c.text)}; a text appears once, as valid or as invalid.`)
    seen.add(c.text)
    if (c.findings.length === 0) throw new Error(`RuleTester '${name}': the invalid case ${JSON.stringify(c.text)} lists no findings; list at least one { technique, text }.`)
    for (const f of c.findings) {
      if (!isTechniqueId(f.technique)) {
        throw new Error(`RuleTester '${name}': unknown technique id '${f.technique}' in case ${JSON.stringify(c.text)}. Known ids: ${TechniqueIdSchema.options.join(', ')}.`)
      }
      if (!c.text.includes(f.text)) throw new Error(`RuleTester '${name}': the expected finding text ${JSON.stringify(f.text)} is not in case ${JSON.stringify(c.text)}.`)
    }
  }
}

const describeFinding = (f: Pick<Technique, 'technique' | 'text'>) => `${f.technique} ${JSON.stringify(f.text)}`

/** What is wrong with a valid case's findings: those of the suite's technique, or any when `technique` is null. */
export function validFailures(found: readonly Technique[], technique: TechniqueId | null): string[] {
  const unexpected = found.filter((f) => technique === null || f.technique === technique)
  return unexpected.map((f) => `unexpected finding ${describeFinding(f)} (cues ${f.cues.join(', ')})`)
}

/** What is missing from an invalid case's findings. */
export function invalidFailures(found: readonly Technique[], expected: readonly ExpectedFinding[]): string[] {
  const missing = expected.filter((e) => !found.some((f) => f.technique === e.technique && f.text === e.text))
  if (missing.length === 0) return []
  const got = found.length === 0 ? 'none' : found.map(describeFinding).join(', ')
  return missing.map((e) => `missing finding ${describeFinding(e)}; found: ${got}`)
}

/**
 * ESLint's RuleTester for technique analyzers: `run(name, analyzerOrRunner, { valid, invalid })`
 * registers one test per case. A valid text must produce no finding of the technique the suite is
 * named after (of any technique when the name is not a technique id); an invalid case must produce
 * at least its listed findings, matched by technique and exact text.
 *
 * @example
 * new RuleTester().run('doubt', [entities, quotes, cues], {
 *   valid: ['The ministry published the figures on Monday.'],
 *   invalid: [{ text: 'The so-called referendum was held.', findings: [{ technique: 'doubt', text: 'so-called' }] }],
 * })
 */
export class RuleTester {
  readonly #test: TestFunctions

  constructor(test: TestFunctions = { describe: nodeDescribe, it: nodeIt }) {
    this.#test = test
  }

  run(name: string, target: AnalyzerOrRunner, cases: RuleTesterCases): void {
    checkSuite(name, cases)
    const technique = isTechniqueId(name) ? name : null
    let runner: TechniqueRunner | undefined
    const run = (text: string, issuer?: string | null) => (runner ??= toRunner(target))(text, issuer)
    const fail = (text: string, failures: string[]) => {
      if (failures.length > 0) throw new Error(`In ${JSON.stringify(text)}:\n  ${failures.join('\n  ')}`)
    }
    this.#test.describe(name, () => {
      this.#test.describe('valid', () => {
        for (const text of cases.valid) this.#test.it(text, () => fail(text, validFailures(run(text), technique)))
      })
      this.#test.describe('invalid', () => {
        for (const c of cases.invalid) this.#test.it(c.text, () => fail(c.text, invalidFailures(run(c.text, c.issuer), c.findings)))
      })
    })
  }
}
