import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkGold } from './check-gold.ts'
import { readGoldSet } from './gold-set.ts'

const gold = readGoldSet()

test('the gold set has at least 20 documents, each with a text and a publication date', () => {
  assert.ok(gold.length >= 20, `only ${gold.length} documents`)
  for (const doc of gold) {
    assert.ok(doc.text.length > 0, doc.id)
    assert.match(doc.published, /^\d{4}-\d{2}-\d{2}$/, doc.id)
  }
})

test('every layer is annotated somewhere in the set', () => {
  for (const layer of ['entities', 'quotes', 'amounts', 'dates', 'events'] as const) {
    assert.ok(gold.reduce((n, doc) => n + doc[layer].length, 0) >= 100, `${layer} has fewer than 100 gold items`)
  }
  assert.ok(gold.some((doc) => doc.quotes.some((q) => !q.direct)), 'reported speech is annotated')
  assert.ok(gold.some((doc) => doc.events.some((e) => e.background)), 'background events are annotated')
})

for (const doc of gold) {
  test(`${doc.id}: every gold offset covers the text it names`, () => {
    const spans = [
      ...doc.entities.flatMap((e) => e.mentions),
      ...doc.quotes,
      ...doc.amounts,
      ...doc.dates,
      ...doc.events.map((e) => e.trigger),
    ]
    for (const span of spans) {
      assert.ok(span.start >= 0 && span.start < span.end && span.end <= doc.text.length, `${JSON.stringify(span.text)} at ${span.start}-${span.end}`)
      assert.equal(doc.text.slice(span.start, span.end), span.text)
    }
  })

  test(`${doc.id}: follows the annotation guide`, () => {
    assert.deepEqual(checkGold(doc), [])
  })
}
