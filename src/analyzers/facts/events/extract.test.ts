import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { loadEventResources } from '../events.ts'
import { extractEvents } from './extract.ts'
import { eventContext } from './test-support/context.ts'

const resources = loadEventResources()

const WORDS = [
  'Russia', 'NATO', 'Kyiv', 'the', 'a', 'troops', 'forces', 'shelled', 'attacked', 'held', 'drills', 'sanctions', 'imposed', 'on',
  'in', 'near', 'and', ',', ';', 'said', 'will', 'not', 'could', 'if', 'talks', 'with', 'accused', 'of', 'deployed', '1,200',
  'to', 'the exercise', 'air strikes', 'had', 'previously', 'protested', 'thousands', '“We will respond,”', 'by', 'was', '.', '?',
]

test('whatever the words, every event points at exact, valid spans and known codes', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }), (words) => {
      const text = words.join(' ')
      const present = (name: string) => new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(text)
      const entities = Object.fromEntries((['Russia', 'Kyiv'] as const).filter(present).map((n) => [n, 'location' as const]))
      if (present('NATO')) Object.assign(entities, { NATO: 'organization' as const })
      const ctx = eventContext(text, { entities, amounts: present('1,200') ? [{ text: '1,200', value: 1200 }] : [] })
      const ids = new Set(ctx.findings.entities.map((e) => e.id))
      for (const e of extractEvents(ctx, resources)) {
        assert.equal(e.text, text.slice(e.start, e.end))
        assert.ok(e.start < e.end)
        if (e.trigger) assert.ok(e.start <= e.trigger.start && e.trigger.end <= e.end && e.trigger.text === text.slice(e.trigger.start, e.trigger.end))
        assert.equal(resources.codebook.get(e.cameo)?.label, e.label)
        for (const id of [e.actor, e.target, e.location, ...e.participants]) if (id !== null) assert.ok(ids.has(id), id)
        if (e.amount !== null) assert.ok(e.amount >= 0 && e.amount < ctx.findings.amounts.length)
        assert.ok(e.confidence! >= 0 && e.confidence! <= 1)
      }
    }),
    { numRuns: 300 },
  )
})

test('a document with no words has no events', () => {
  assert.deepEqual(extractEvents(eventContext(' \n '), resources), [])
  assert.deepEqual(extractEvents(eventContext('…'), resources), [])
})
