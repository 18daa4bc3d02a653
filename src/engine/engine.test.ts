import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ReportSchema, type Amount, type Entity, type Quote } from '../report/schema.ts'
import { createAnalyzer, orderAnalyzers } from './engine.ts'
import { defineAnalyzer, type AnalyzerContext, type Need, type Section } from './types.ts'

const TEXT = 'NATO said on Monday that 1,200 troops had arrived in Poland.'

function amountAt(ctx: AnalyzerContext, needle: string): Amount {
  const start = ctx.text.indexOf(needle)
  return { start, end: start + needle.length, text: needle, value: null, qualifier: null, unit: null }
}

function entityAt(ctx: AnalyzerContext, id: string, needle: string): Entity {
  const start = ctx.text.indexOf(needle)
  return { id, type: 'organization', name: needle, aliases: [], kb: null, mentions: [{ start, end: start + needle.length, text: needle }] }
}

function quoteAt(ctx: AnalyzerContext, needle: string): Quote {
  const start = ctx.text.indexOf(needle)
  return { start, end: start + needle.length, text: needle, direct: false, speaker: null }
}

/** An analyzer that records when it ran and what it saw of earlier sections. */
function probe(id: string, produces: Section, needs: Need[], log: string[]) {
  return defineAnalyzer({
    id,
    description: `probe ${id}`,
    needs,
    produces,
    languages: '*',
    run(ctx) {
      log.push(`${id} saw ${ctx.findings.entities.length} entities, ${ctx.findings.quotes.length} quotes`)
      if (produces === 'entities') return [entityAt(ctx, `e-${id}`, 'NATO')]
      if (produces === 'quotes') return [quoteAt(ctx, 'troops had arrived')]
      return []
    },
  })
}

test('analyzers run after the producers of the sections they need, whatever order they are given in', () => {
  const log: string[] = []
  const unspun = createAnalyzer({
    analyzers: [
      probe('rhetoric/uses-quotes', 'techniques', ['tokens', 'quotes'], log),
      probe('facts/quotes', 'quotes', ['sentences', 'entities'], log),
      probe('facts/entities', 'entities', ['tokens'], log),
    ],
  })
  assert.deepEqual(unspun.analyzers.map((a) => a.id), ['facts/entities', 'facts/quotes', 'rhetoric/uses-quotes'])
  unspun.analyze(TEXT)
  assert.deepEqual(log, ['facts/entities saw 0 entities, 0 quotes', 'facts/quotes saw 1 entities, 0 quotes', 'rhetoric/uses-quotes saw 1 entities, 1 quotes'])
})

test('analyzers that need each other in a cycle give an error naming the cycle', () => {
  const log: string[] = []
  assert.throws(
    () => createAnalyzer({ analyzers: [probe('facts/a', 'entities', ['quotes'], log), probe('facts/b', 'quotes', ['entities'], log)] }),
    { message: 'Analyzers depend on each other in a cycle: facts/a -> facts/b -> facts/a' },
  )
})

test('two analyzers with one id are rejected', () => {
  const log: string[] = []
  assert.throws(
    () => orderAnalyzers([probe('facts/x', 'entities', [], log), probe('facts/x', 'quotes', [], log)]),
    /Two analyzers share the id 'facts\/x'\. Give each analyzer a unique id\./,
  )
})

test('an analyzer that throws is recorded in problems with its id, and the others still report', () => {
  const unspun = createAnalyzer({
    analyzers: [
      defineAnalyzer({ id: 'facts/broken', description: 'throws', needs: [], produces: 'dates', run: () => { throw new Error('lexicon missing') } }),
      defineAnalyzer({ id: 'facts/amounts', description: 'one amount', needs: ['tokens'], produces: 'amounts', run: (ctx) => [amountAt(ctx, '1,200 troops')] }),
    ],
  })
  const report = unspun.analyze(TEXT)
  assert.deepEqual(report.problems, [{ analyzer: 'facts/broken', message: "Error while running analyzer 'facts/broken': lexicon missing", severity: 'error' }])
  assert.deepEqual(report.amounts.map((a) => a.text), ['1,200 troops'])
})

test('an analyzer whose setup fails is reported on every document and skipped', () => {
  let runs = 0
  const unspun = createAnalyzer({
    analyzers: [
      defineAnalyzer({
        id: 'rhetoric/weights',
        description: 'needs weights',
        needs: [],
        produces: 'techniques',
        setup: (): null => { throw new Error('models/rhetoric.bin not found') },
        run: () => { runs++; return [] },
      }),
    ],
  })
  for (const text of ['One text.', 'Another text.']) {
    assert.deepEqual(unspun.analyze(text).problems.map((p) => p.message), ["Error while setting up analyzer 'rhetoric/weights': models/rhetoric.bin not found"])
  }
  assert.equal(runs, 0)
})

test('setup runs once per analyzer set, and run receives its state', () => {
  let setups = 0
  const unspun = createAnalyzer({
    analyzers: [
      defineAnalyzer({
        id: 'facts/with-state',
        description: 'uses state',
        needs: [],
        produces: 'amounts',
        setup: () => { setups++; return { needle: 'Poland' } },
        run: (ctx, state) => [amountAt(ctx, state.needle)],
      }),
    ],
  })
  assert.equal(unspun.analyze(TEXT).amounts[0].text, 'Poland')
  assert.equal(unspun.analyze(TEXT).amounts[0].text, 'Poland')
  assert.equal(setups, 1)
})

test('findings with a span outside the text or a text that does not match are dropped and recorded', () => {
  const unspun = createAnalyzer({
    analyzers: [
      defineAnalyzer({
        id: 'facts/sloppy',
        description: 'some bad spans',
        needs: [],
        produces: 'amounts',
        run: (ctx) => [
          amountAt(ctx, '1,200'),
          { ...amountAt(ctx, '1,200'), text: '1200' },
          { ...amountAt(ctx, '1,200'), start: 50, end: 500 },
          { ...amountAt(ctx, '1,200'), end: amountAt(ctx, '1,200').start },
        ],
      }),
      defineAnalyzer({
        id: 'facts/bad-entity',
        description: 'a mention past the end',
        needs: [],
        produces: 'entities',
        run: (): Entity[] => [{ id: 'e1', type: 'location', name: 'X', aliases: [], kb: null, mentions: [{ start: 58, end: 70, text: 'X' }] }],
      }),
    ],
  })
  const report = unspun.analyze(TEXT)
  assert.deepEqual(report.amounts.map((a) => a.text), ['1,200'])
  assert.deepEqual(report.entities, [])
  assert.deepEqual(report.problems.map((p) => `${p.analyzer}: ${p.message}`), [
    'facts/sloppy: Dropped an invalid finding: amounts 1: text "1200" does not equal the document text at 25–30 ("1,200")',
    `facts/sloppy: Dropped an invalid finding: amounts 2: span 50–500 is outside 0 ≤ start < end ≤ ${TEXT.length}`,
    `facts/sloppy: Dropped an invalid finding: amounts 3: span 25–25 is outside 0 ≤ start < end ≤ ${TEXT.length}`,
    `facts/bad-entity: Dropped an invalid finding: entity e1 mention 0: span 58–70 is outside 0 ≤ start < end ≤ ${TEXT.length}`,
  ])
  assert.ok(ReportSchema.safeParse(report).success)
})

test('sentence annotations outside the sentences, or with an unknown function, are dropped', () => {
  const unspun = createAnalyzer({
    analyzers: [
      defineAnalyzer({
        id: 'sentences/mixed',
        description: 'one good, two bad',
        needs: ['sentences'],
        produces: 'sentences',
        run: () => [{ index: 0, function: 'report' as const }, { index: 3, function: 'report' as const }, { index: 0, function: 'rant' as 'report' }],
      }),
    ],
  })
  const report = unspun.analyze(TEXT)
  assert.deepEqual(report.sentences.map((s) => s.function), ['report'])
  assert.deepEqual(report.problems.map((p) => p.message), [
    'Dropped an invalid finding: sentence index 3 is outside 0–0',
    'Dropped an invalid finding: sentence 0: unknown function "rant" (expected one of report, opinion, call_to_action, quote, question, other)',
  ])
})

test('an analyzer returning something other than an array, or malformed findings, is recorded', () => {
  const unspun = createAnalyzer({
    analyzers: [
      defineAnalyzer({ id: 'facts/undefined', description: 'forgets to return', needs: [], produces: 'dates', run: () => undefined as unknown as [] }),
      defineAnalyzer({ id: 'facts/shapeless', description: 'entities without mentions', needs: [], produces: 'entities', run: () => [{ id: 'e1' } as Entity] }),
    ],
  })
  const problems = unspun.analyze(TEXT).problems
  assert.equal(problems[0].message, "Analyzer 'facts/undefined' returned undefined instead of an array of findings")
  assert.match(problems[1].message, /^Dropped the findings of analyzer 'facts\/shapeless': they are not shaped like entities/)
})

test('documents in another language skip English-only analyzers, with an info problem', () => {
  const ran: string[] = []
  const unspun = createAnalyzer({
    analyzers: [
      defineAnalyzer({ id: 'rhetoric/english', description: 'English only', needs: [], produces: 'techniques', run: () => { ran.push('english'); return [] } }),
      defineAnalyzer({ id: 'facts/any', description: 'any language', needs: [], produces: 'amounts', languages: '*', run: () => { ran.push('any'); return [] } }),
      defineAnalyzer({ id: 'facts/fr', description: 'French', needs: [], produces: 'dates', languages: ['fr', 'en'], run: () => { ran.push('fr'); return [] } }),
    ],
  })
  const report = unspun.analyze('Le ministre a déclaré que le gouvernement agira sur le rapport et que les mesures sont prises.')
  assert.equal(report.document.language, 'fr')
  assert.deepEqual(ran, ['any', 'fr'])
  assert.deepEqual(report.problems, [{
    analyzer: 'engine',
    message: "The document's language is 'fr'; unspun analyses English fully. Only language-independent analyzers ran; skipped: rhetoric/english.",
    severity: 'info',
  }])
  ran.length = 0
  const english = unspun.analyze({ text: 'Plain words.', language: 'en' })
  assert.deepEqual(ran, ['english', 'any', 'fr'])
  assert.deepEqual(english.problems, [])
})

test('a text too short to tell its language is analysed as English', () => {
  const ran: string[] = []
  const unspun = createAnalyzer({
    analyzers: [defineAnalyzer({ id: 'rhetoric/english', description: 'English only', needs: [], produces: 'techniques', run: () => { ran.push('english'); return [] } })],
  })
  const report = unspun.analyze('Stop now!')
  assert.equal(report.document.language, 'und')
  assert.deepEqual(ran, ['english'])
  assert.deepEqual(report.problems, [])
})

test('disable leaves out analyzers by exact id or by a prefix ending in "/"', () => {
  const log: string[] = []
  const all = [probe('facts/entities', 'entities', [], log), probe('facts/quotes', 'quotes', [], log), probe('rhetoric/a', 'techniques', [], log), probe('rhetoric/b', 'techniques', [], log)]
  assert.deepEqual(createAnalyzer({ analyzers: all, disable: ['rhetoric/'] }).analyzers.map((a) => a.id), ['facts/entities', 'facts/quotes'])
  assert.deepEqual(createAnalyzer({ analyzers: all, disable: ['facts/quotes', 'rhetoric/b'] }).analyzers.map((a) => a.id), ['facts/entities', 'rhetoric/a'])
  assert.deepEqual(createAnalyzer({ analyzers: all, disable: ['rhetoric'] }).analyzers.length, 4)
})

test('analyze() is deterministic and fills the document from its input', () => {
  const unspun = createAnalyzer({
    analyzers: [
      defineAnalyzer({ id: 'facts/amounts', description: 'amounts', needs: [], produces: 'amounts', run: (ctx) => [amountAt(ctx, '1,200 troops')] }),
      defineAnalyzer({ id: 'sentences/all-report', description: 'report', needs: ['sentences'], produces: 'sentences', run: (ctx) => ctx.sentences.map((s) => ({ index: s.index, function: 'report' as const, checkworthiness: 0.5 })) }),
    ],
    published: '2021-05-05',
  })
  const first = unspun.analyze(TEXT)
  const second = unspun.analyze(TEXT)
  assert.deepEqual(second, first)
  assert.equal(JSON.stringify(second), JSON.stringify(first))
  assert.match(first.document.id, /^sha1:[0-9a-f]{16}$/)
  assert.equal(first.document.published, '2021-05-05')
  assert.deepEqual(first.sentences, [{ start: 0, end: TEXT.length, function: 'report', checkworthiness: 0.5, paragraph: 0 }])
  assert.ok(ReportSchema.safeParse(first).success)
  const withId = unspun.analyze({ id: 'doc-1', text: TEXT, title: 'Troops', issuer: 'NATO', published: '2021-05-06' })
  assert.deepEqual([withId.document.id, withId.document.title, withId.document.issuer, withId.document.published], ['doc-1', 'Troops', 'NATO', '2021-05-06'])
})

test('analyze() rejects a document without a string text, saying what it needs', () => {
  const unspun = createAnalyzer({ analyzers: [] })
  assert.throws(() => unspun.analyze({ text: 42 } as unknown as string), { name: 'TypeError', message: 'analyze() needs a document with a string `text`.' })
})

test('the analyzer set is frozen', () => {
  const unspun = createAnalyzer({ analyzers: [] })
  assert.ok(Object.isFrozen(unspun))
})
