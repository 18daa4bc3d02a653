import assert from 'node:assert/strict'
import { test } from 'node:test'
import { goldSplit, parseGoldDocument, readGoldDocuments } from './gold.ts'

const HEADER = 'function\tcheckworthy\tsentence\n'

test('every gold sentence is found in its text, in order, with nothing left unannotated', () => {
  const docs = readGoldDocuments()
  for (const doc of docs) {
    for (const s of doc.sentences) assert.equal(doc.text.slice(s.start, s.end), s.text, doc.id)
    for (let i = 1; i < doc.sentences.length; i++) assert.ok(doc.sentences[i].start >= doc.sentences[i - 1].end, doc.id)
  }
})

test('the gold set is as large and as varied as its guide says', () => {
  const docs = readGoldDocuments()
  const sentences = docs.flatMap((d) => d.sentences)
  assert.ok(docs.length >= 12, `${docs.length} documents`)
  assert.ok(sentences.length >= 150, `${sentences.length} sentences`)
  for (const fn of ['report', 'opinion', 'call_to_action', 'quote', 'question', 'other'] as const) assert.ok(sentences.some((s) => s.function === fn), fn)
  assert.ok(sentences.some((s) => s.checkworthy) && sentences.some((s) => !s.checkworthy))
  const dev = docs.filter((d) => d.split === 'dev').length
  assert.ok(dev >= 6 && docs.length - dev >= 6, 'both splits have documents')
})

test('odd-numbered documents are dev, even-numbered ones test', () => {
  assert.equal(goldSplit('01-gov-minimum-wage'), 'dev')
  assert.equal(goldSplit('18-party-migration-pact'), 'test')
  assert.throws(() => goldSplit('gov-minimum-wage'), /must start with its number/)
})

test('a malformed annotation is refused with its file and line', () => {
  const text = 'We won. Join us.'
  assert.equal(parseGoldDocument('01-x', text, `${HEADER}report\tyes\tWe won.\ncall_to_action\tno\tJoin us.\n`).sentences.length, 2)
  assert.throws(() => parseGoldDocument('01-x', text, `${HEADER}news\tyes\tWe won.\n`), /01-x\.tsv:2: unknown function 'news'/)
  assert.throws(() => parseGoldDocument('01-x', text, `${HEADER}report\tmaybe\tWe won.\n`), /checkworthy must be yes or no/)
  assert.throws(() => parseGoldDocument('01-x', text, `${HEADER}report\tyes\tWe lost.\n`), /not in 01-x\.txt after the previous one/)
  assert.throws(() => parseGoldDocument('01-x', text, `${HEADER}call_to_action\tno\tJoin us.\n`), /text between this sentence and the previous one is not annotated/)
  assert.throws(() => parseGoldDocument('01-x', text, `${HEADER}report\tyes\tWe won.\n`), /the end of the text is not annotated/)
  assert.throws(() => parseGoldDocument('01-x', text, 'sentence\tfunction\n'), /the first line must be the header/)
})
