import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Entity } from '../../../report/schema.ts'
import { splitParagraphs, tokenize } from '../../../text/index.ts'
import { transcriptTurns } from './transcript-turns.ts'

/** Every occurrence of each name is a mention of one entity of that type. */
function entities(text: string, names: Record<string, Entity['type']>): Entity[] {
  return Object.entries(names).map(([name, type], k) => ({
    id: `e${k + 1}`, type, name, aliases: [], kb: null, confidence: 0.9,
    mentions: [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name })),
  })) as unknown as Entity[]
}

function turns(text: string, names: Record<string, Entity['type']>): string[] {
  const tokens = tokenize(text)
  return transcriptTurns(tokens, splitParagraphs(text), entities(text, names)).map((t) => `${t.speaker.name}: ${text.slice(t.start, t.end)}`)
}

const transcript = [
  'Spokesperson Lin Jian’s Regular Press Conference',
  'Reuters: What is your response to the report?',
  'Lin Jian: We urge the Philippines to stop its provocation.',
  'AFP: Do you have any comment on the drills?',
  'Spokesperson Lin Jian: We have noted the reports.',
].join('\n\n')

test('each paragraph a named person opens with a colon is that person speaking; titles may come first', () => {
  assert.deepEqual(turns(transcript, { 'Lin Jian': 'person', Reuters: 'organization', AFP: 'organization' }), [
    'Lin Jian: We urge the Philippines to stop its provocation.',
    'Lin Jian: We have noted the reports.',
  ])
})

test('invalid: labels that are no person, a name that goes on with a verb, and a lone headline give no turns', () => {
  assert.deepEqual(turns('Background: The talks began in May.\n\nQuote: It was a good day.', { Background: 'organization' }), [])
  assert.deepEqual(turns('Anna Berg said: We will win.\n\nAnna Berg added: It is certain.', { 'Anna Berg': 'person' }), [])
  assert.deepEqual(turns('Dana Fisher: It is Okay to Boycott Plays\n\nThe latest outbreak comes from Dana Fisher.', { 'Dana Fisher': 'person' }), [])
})
