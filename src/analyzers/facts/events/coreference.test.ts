import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { loadEventResources } from '../events.ts'
import { countedSubject } from './coreference.ts'
import { agreedToAct } from './dictionary-triggers.ts'
import { extractEvents } from './extract.ts'
import { eventContext, type ContextSpec } from './test-support/context.ts'
import { describeEvents } from './test-support/describe.ts'

const resources = loadEventResources()

function events(text: string, spec: ContextSpec = {}): string[] {
  const ctx = eventContext(text, spec)
  return describeEvents(ctx, extractEvents(ctx, resources))
}

const people = { 'Tomas Vaitkus': 'person' as const, 'Marek Zieliński': 'person' as const }

describe('a subject that counts the parties named before stands for them', () => {
  test('"The two ministers agreed to coordinate": one commitment each way between the two people named', () => {
    const text = 'Tomas Vaitkus met Marek Zieliński in Riga. The two ministers agreed to coordinate their responses.'
    const found = events(text, { entities: people }).filter((e) => e.includes('"agreed"')).map((e) => e.split(' with')[0])
    assert.deepEqual(found, ['030 "agreed" Tomas Vaitkus → Marek Zieliński', '030 "agreed" Marek Zieliński → Tomas Vaitkus'])
  })
  test('invalid: "two ministers" without "the" or "both" counts no one named', () => {
    assert.equal(countedSubject(['two', 'ministers', 'agreed'], 2), null)
    assert.equal(countedSubject(['the', 'two', 'ministers', 'agreed'], 3), 'two ministers')
    assert.equal(countedSubject(['both', 'sides', 'agreed'], 2), 'two sides')
    const found = events('Tomas Vaitkus met Marek Zieliński in Riga. Two ministers from other states agreed to coordinate their responses.', { entities: people })
    assert.ok(!found.some((e) => e.includes('"agreed"')), found.join('\n'))
  })
})

describe('agreeing to an act still to come is a commitment (030)', () => {
  test('"agreed to coordinate", "agreed to hold": 030', () => {
    assert.equal(agreedToAct(['agreed', 'to', 'coordinate'], 'agree', 1, '050'), '030')
    assert.equal(agreedToAct(['agreed', 'to', 'hold', 'talks'], 'agree', 1, '050'), '030')
  })
  test('invalid: agreeing to a thing, or agreeing it, keeps its code', () => {
    assert.equal(agreedToAct(['agreed', 'to', 'the', 'proposal'], 'agree', 1, '050'), '050')
    assert.equal(agreedToAct(['agreed', 'to', 'talks'], 'agree', 1, '050'), '050')
    assert.equal(agreedToAct(['agreed', 'its', 'mandate'], 'agree', 1, '050'), '050')
    assert.equal(agreedToAct(['pledged', 'to', 'coordinate'], 'pledge', 1, '051'), '051')
  })
})

describe('a place "on the" river or sea is where, not who', () => {
  const entities = { Danube: 'location' as const, 'European Union': 'organization' as const, Moldova: 'location' as const }
  test('"foreign armour on the Danube. Since the government signed …": the government is not the river', () => {
    const text = 'Today it is foreign armour on the Danube. Since the government signed a partnership with the European Union last year, Moldova has changed.'
    const found = events(text, { entities }).filter((e) => e.includes('"partnership"'))
    assert.deepEqual(found.map((e) => e.split(' |')[0]), ['057 "partnership" → European Union'])
  })
  test('invalid: a body named plainly before stays the antecedent', () => {
    const text = 'Moldova protested to Brussels. Since the government signed a partnership with the European Union last year, trade has grown.'
    const found = events(text, { entities: { 'European Union': 'organization', Moldova: 'location' } }).filter((e) => e.includes('"partnership"'))
    assert.deepEqual(found.map((e) => e.split(' |')[0]), ['057 "partnership" Moldova → European Union'])
  })
})

describe('"the movement" with no body named before is the movement that issued the release', () => {
  const entities = { 'National Neutrality Front': 'organization' as const, Chisinau: 'location' as const }
  test('"The movement accused Chisinau …" in the Front\'s release: the Front accuses', () => {
    const text = 'Thousands marched in the capital on Sunday. The movement accused Chisinau of hiding the truth. The National Neutrality Front will meet again.'
    const found = events(text, { entities, issuer: 'National Neutrality Front, Moldova' }).filter((e) => e.includes('"accused"'))
    assert.deepEqual(found.map((e) => e.split(' |')[0]), ['112 "accused" National Neutrality Front → Chisinau'])
  })
  test('invalid: in a release of no movement, "the movement" stays unnamed', () => {
    const text = 'Thousands marched in the capital on Sunday. The movement accused Chisinau of hiding the truth. The National Neutrality Front will meet again.'
    const found = events(text, { entities, issuer: 'news agency' }).filter((e) => e.includes('"accused"'))
    assert.ok(found.length === 1 && !found[0].includes('National Neutrality Front →'), found.join('\n'))
  })
})
