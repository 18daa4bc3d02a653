import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseTechniqueGold, readTechniqueGold, scoreTechniques, spanErrors, TECHNIQUE_IDS, type TechniqueSpan } from './techniques-gold.ts'

const HEADER = 'technique\tspan\toccurrence\n'

test('every gold file resolves to spans whose text is the slice of the document', () => {
  const docs = readTechniqueGold()
  assert.equal(docs.length, 30)
  assert.equal(docs.filter((d) => d.split === 'dev').length, 15)
  assert.equal(docs.filter((d) => d.split === 'test').length, 15)
  let spans = 0
  for (const doc of docs) {
    for (const s of doc.spans) {
      assert.ok(TECHNIQUE_IDS.includes(s.technique), `${doc.id}.tsv:${s.row}: ${s.technique}`)
      assert.equal(doc.text.slice(s.start, s.end), s.text, `${doc.id}.tsv:${s.row}`)
      assert.ok(!/[\n\t]/.test(s.text), `${doc.id}.tsv:${s.row}: a span never crosses a line`)
      assert.ok(!/^[\s.,:;]|[\s.,:;]$/.test(s.text), `${doc.id}.tsv:${s.row}: a span neither starts nor ends with a space or .,:;`)
      spans++
    }
  }
  assert.ok(spans > 100, `only ${spans} gold spans`)
})

test('a row is resolved to the occurrence it names', () => {
  const doc = parseTechniqueGold('03-x', 'Stop the madness. Stop it.', `${HEADER}loaded_language\tmadness\t1\nrepetition\tStop\t2\n`)
  assert.equal(doc.split, 'dev')
  assert.deepEqual(
    doc.spans.map((s) => [s.technique, s.start, s.end]),
    [
      ['loaded_language', 9, 16],
      ['repetition', 18, 22],
    ],
  )
})

test('the loader names the file and row of a span that is not in the text or an unknown technique', () => {
  const text = 'Stop the madness.'
  assert.throws(() => parseTechniqueGold('02-x', text, `${HEADER}loaded_language\tmadness\t1\nrepetition\tStop\t2\n`), /02-x\.tsv:3: occurrence 2 of "Stop" is not in 02-x\.txt/)
  assert.throws(() => parseTechniqueGold('02-x', text, `${HEADER}loaded_language\tsadness\t1\n`), /02-x\.tsv:2: .*"sadness"/)
  assert.throws(() => parseTechniqueGold('02-x', text, `${HEADER}Loaded_Language\tmadness\t1\n`), /02-x\.tsv:2: unknown technique id 'Loaded_Language'/)
  assert.throws(() => parseTechniqueGold('02-x', text, `${HEADER}loaded_language\tmadness\t0\n`), /02-x\.tsv:2: occurrence/)
  assert.throws(() => parseTechniqueGold('02-x', text, `technique\tspan\n`), /02-x\.tsv:1: .*header/)
})

const span = (technique: TechniqueSpan['technique'], start: number, end: number): TechniqueSpan => ({ technique, start, end })

test('span identification gives partial credit by overlap and ignores the technique', () => {
  // gold 0–10; predicted 5–10 (half of the gold, all of it correct) and 20–30 (wrong)
  const s = scoreTechniques([{ id: 'a', gold: [span('doubt', 0, 10)], predicted: [span('slogans', 5, 10), span('doubt', 20, 30)] }])
  assert.equal(s.spans.predicted, 2)
  assert.equal(s.spans.gold, 1)
  assert.equal(s.spans.precision, 0.5) // (1 + 0) / 2
  assert.equal(s.spans.recall, 0.5)
  // technique-aware: only the doubt prediction counts, and it misses
  assert.equal(s.techniques.precision, 0)
  assert.equal(s.techniques.recall, 0)
  assert.equal(s.techniques.f1, 0)
})

test('overlapping predictions are merged before scoring, and technique-aware credit stays within a technique', () => {
  const s = scoreTechniques([
    {
      id: 'a',
      gold: [span('loaded_language', 0, 4), span('appeal_to_fear', 10, 30)],
      // two overlapping loaded predictions merge into 0–8; a fear prediction covers half its gold span
      predicted: [span('loaded_language', 0, 6), span('loaded_language', 2, 8), span('appeal_to_fear', 10, 20)],
    },
    { id: 'b', gold: [], predicted: [] },
  ])
  assert.equal(s.spans.predicted, 2)
  assert.ok(Math.abs(s.spans.precision - (4 / 8 + 1) / 2) < 1e-12)
  assert.ok(Math.abs(s.spans.recall - (1 + 0.5) / 2) < 1e-12)
  const loaded = s.byTechnique.find((r) => r.technique === 'loaded_language')
  const fear = s.byTechnique.find((r) => r.technique === 'appeal_to_fear')
  assert.deepEqual([loaded?.gold, loaded?.predicted, loaded?.precision, loaded?.recall], [1, 1, 0.5, 1])
  assert.deepEqual([fear?.precision, fear?.recall], [1, 0.5])
  assert.equal(s.byTechnique.find((r) => r.technique === 'slogans')?.f1, null)
  assert.ok(Math.abs(s.techniques.precision - 0.75) < 1e-12)
  assert.ok(Math.abs(s.techniques.recall - 0.75) < 1e-12)
})

test('errors list missed gold spans and unmatched predictions, with the other side’s techniques', () => {
  const text = 'They lied. Vote now.'
  const errors = spanErrors({ id: 'a', text, gold: [span('loaded_language', 5, 9), span('slogans', 11, 19)], predicted: [span('doubt', 0, 9), span('slogans', 11, 15)] })
  assert.deepEqual(
    errors.map((e) => [e.kind, e.technique, e.text, e.otherTechniques]),
    [
      ['unmatched', 'doubt', 'They lied', ['loaded_language']],
      ['missed', 'loaded_language', 'lied', ['doubt']],
    ],
  )
})
