import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { loadEventResources } from '../events.ts'
import { extractEvents } from './extract.ts'
import { eventContext, type ContextSpec } from './test-support/context.ts'
import { describeEvents } from './test-support/describe.ts'

const resources = loadEventResources()

function events(text: string, spec: ContextSpec = {}): string[] {
  const ctx = eventContext(text, spec)
  return describeEvents(ctx, extractEvents(ctx, resources))
}

describe('a consultation held "with" someone is mutual', () => {
  const entities = { 'Tomas Vaitkus': 'person' as const, 'Marek Zieliński': 'person' as const }
  test('"discussed the measures in a telephone conversation with X": one event each way', () => {
    const found = events('On Wednesday Tomas Vaitkus discussed the measures in a telephone conversation with Marek Zieliński.', { entities }).filter((e) => e.startsWith('04'))
    assert.equal(found.length, 2, found.join('\n'))
    assert.ok(found.some((e) => e.includes('Tomas Vaitkus → Marek Zieliński')), found.join('\n'))
    assert.ok(found.some((e) => e.includes('Marek Zieliński → Tomas Vaitkus')), found.join('\n'))
  })
  test('invalid: a consultation aimed at someone without "with" stays one event', () => {
    const found = events('On Wednesday Tomas Vaitkus consulted Marek Zieliński about the measures.', { entities }).filter((e) => e.startsWith('04'))
    assert.ok(found.length === 1 && found[0].includes('Tomas Vaitkus → Marek Zieliński'), found.join('\n'))
  })
})

describe('a nationality that opens a person\'s title describes the person', () => {
  test('"with Polish Foreign Minister Marek Zieliński": the minister is the party, not "Polish"', () => {
    const entities = { 'Tomas Vaitkus': 'person' as const, Polish: 'nationality' as const, 'Marek Zieliński': 'person' as const }
    const found = events('Tomas Vaitkus discussed the measures in a telephone conversation with Polish Foreign Minister Marek Zieliński.', { entities }).filter((e) => e.startsWith('04'))
    assert.ok(found.some((e) => e.includes('Tomas Vaitkus → Marek Zieliński')), found.join('\n'))
    assert.ok(!found.some((e) => e.includes('Polish')), found.join('\n'))
  })
  test('invalid: a nationality with no person after its noun stays the party', () => {
    const entities = { 'Tomas Vaitkus': 'person' as const, Polish: 'nationality' as const }
    const found = events('Tomas Vaitkus held talks with Polish officials on Monday.', { entities }).filter((e) => e.startsWith('04'))
    assert.ok(found.some((e) => e.includes('→ Polish')), found.join('\n'))
  })
})

describe('an act named only as the purpose of something else is no act', () => {
  test('"called on the authorities to investigate the killings": the appeal, no investigation', () => {
    const found = events('Human Rights Watch called on the authorities to investigate the killings.', { entities: { 'Human Rights Watch': 'organization' } })
    assert.ok(found.some((e) => e.startsWith('02')), found.join('\n'))
    assert.ok(!found.some((e) => e.includes('"investigate"')), found.join('\n'))
  })
  test('invalid: an infinitive after a verb of intent keeps its reading', () => {
    const found = events('North Korea threatened to strike Guam.', { entities: { 'North Korea': 'location', Guam: 'location' } })
    assert.ok(found.some((e) => e.includes('"strike"')), found.join('\n'))
  })
})
