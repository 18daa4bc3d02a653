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

describe('what a speaker says in their own quoted words is their statement, not a reported action', () => {
  test('"allies can move a full brigade" inside a spokesman\'s quote codes no deployment', () => {
    const text = '“Iron Gate proved that allies can move a full brigade across the Danube in under 48 hours,” said Colonel Mark Halloran.'
    const found = events(text, {
      entities: { 'Mark Halloran': 'person', Danube: 'location', 'Iron Gate': 'other' },
      quotes: [{ text: 'Iron Gate proved that allies can move a full brigade across the Danube in under 48 hours,', speaker: 'Mark Halloran', cue: 'said' }],
    })
    assert.deepEqual(found, ['010 "said" Mark Halloran | current'])
  })
  test('a label quote, "a deliberate strike on sleeping families", is no labour strike', () => {
    const text = 'Sadyrov summoned the Tajik ambassador and called the attack "a deliberate strike on sleeping families".'
    const found = events(text, {
      entities: { Sadyrov: 'person', Tajik: 'nationality' },
      quotes: [{ text: 'a deliberate strike on sleeping families', speaker: 'Sadyrov', cue: 'called' }],
    })
    assert.ok(!found.some((e) => e.startsWith('14')), found.join('\n'))
  })
  test('the same words told by the reporter are an event', () => {
    const text = 'The alliance said Romania had moved a full brigade across the Danube.'
    const found = events(text, { entities: { Romania: 'location', Danube: 'location' }, quotes: [{ text: 'Romania had moved a full brigade across the Danube', direct: false, cue: 'said' }] })
    assert.ok(found.some((e) => e.startsWith('15') && e.includes('Romania')), found.join('\n'))
  })
  test('quoted words inside reported speech stay readable: "It said Armenian units \\"returned fire\\""', () => {
    const text = 'The ministry said Armenian units "returned fire to suppress the attack".'
    const found = events(text, {
      entities: { Armenian: 'nationality' },
      quotes: [
        { text: 'Armenian units "returned fire to suppress the attack"', direct: false, cue: 'said' },
        { text: 'returned fire to suppress the attack', direct: true, cue: 'said' },
      ],
    })
    assert.ok(found.some((e) => e.startsWith('19') && e.includes('Armenian')), found.join('\n'))
  })
})

describe('what a demand, an appeal or a threat asks for has not happened', () => {
  const entities = { Kyrgyzstan: 'location' as const, Dushanbe: 'location' as const }
  test('"demanded that Dushanbe pull its troops back": the demand, no withdrawal', () => {
    const text = 'Kyrgyzstan demanded that Dushanbe pull its troops back from the frontier.'
    const found = events(text, { entities, quotes: [{ text: 'Dushanbe pull its troops back from the frontier', speaker: 'Kyrgyzstan', cue: 'demanded', direct: false }] })
    assert.deepEqual(found.map((e) => e.split(' |')[0]), ['100 "demanded" Kyrgyzstan → Dushanbe'])
  })
  test('invalid: what a plain "said" reports happened, even when its words hold "demand"', () => {
    const text = 'Kyrgyzstan said Dushanbe pulled its troops back and would not demand talks.'
    const found = events(text, { entities, quotes: [{ text: 'Dushanbe pulled its troops back and would not demand talks', speaker: 'Kyrgyzstan', cue: 'said', direct: false }] })
    assert.ok(found.some((e) => e.startsWith('087') && e.includes('Dushanbe')), found.join('\n'))
  })
})

describe('what an accusation or a denial charges is no event of its own', () => {
  const entities = { Kyrgyzstan: 'location' as const, Tajikistan: 'location' as const }
  test('"accused Tajikistan on Wednesday of shelling a border village": the accusation, no shelling', () => {
    const found = events('Kyrgyzstan accused Tajikistan on Wednesday of shelling a border village overnight.', { entities })
    assert.ok(found.some((e) => e.startsWith('11')), found.join('\n'))
    assert.ok(!found.some((e) => e.startsWith('19')), found.join('\n'))
  })
  test('invalid: an act told on its own after the accusation stays an event', () => {
    const found = events('Kyrgyzstan accused Tajikistan of lying, and Tajikistan shelled a border village overnight.', { entities })
    assert.ok(found.some((e) => e.startsWith('19') && e.includes('Tajikistan')), found.join('\n'))
  })
})

describe('a participle that labels what the same actor has just done tells it again', () => {
  test('"rejected claims …, calling the reports “another invention”": the rejection only', () => {
    const text = 'Irina Volkova rejected claims by officials that aircraft had violated the airspace, calling the reports “another invention”.'
    const found = events(text, { entities: { 'Irina Volkova': 'person' }, quotes: [{ text: '“another invention”', speaker: 'Irina Volkova', cue: 'calling', direct: false }] })
    assert.ok(!found.some((e) => e.includes('"calling"')), found.join('\n'))
  })
  test('invalid: a finite "called" after another act is an act of its own', () => {
    const text = 'Nurbek Sadyrov summoned the ambassador and called the attack “a deliberate strike on sleeping families”.'
    const found = events(text, { entities: { 'Nurbek Sadyrov': 'person' }, quotes: [{ text: '“a deliberate strike on sleeping families”', speaker: 'Nurbek Sadyrov', cue: 'called', direct: false }] })
    assert.ok(found.some((e) => e.startsWith('111 "called" Nurbek Sadyrov')), found.join('\n'))
  })
})

describe('a future date before a reported statement belongs to what it is about', () => {
  test('"a law that had moved the election to December, ordering …": a current order', () => {
    const text = 'The Council struck down a law that had moved the election to December, ordering the authorities to hold the vote.'
    const spec = { published: '2024-02-16', entities: { Council: 'organization' as const }, dates: [{ text: 'December', resolved: '2024-12' }], quotes: [{ text: 'the authorities to hold the vote', speaker: 'Council', cue: 'ordering', direct: false }] }
    const found = events(text, spec)
    assert.ok(found.some((e) => e.startsWith('100 "ordering"') && e.includes('| current')), found.join('\n'))
  })
  test('invalid: a statement that says it will be made later stays ahead', () => {
    const text = 'The Council will order the authorities on 20 December to hold the vote.'
    const spec = { published: '2024-02-16', entities: { Council: 'organization' as const }, dates: [{ text: '20 December', resolved: '2024-12-20' }], quotes: [{ text: 'the authorities on 20 December to hold the vote', speaker: 'Council', cue: 'order', direct: false }] }
    const found = events(text, spec)
    assert.ok(!found.some((e) => e.startsWith('100') && e.includes('| current')), found.join('\n'))
  })
})
