import assert from 'node:assert/strict'
import { test } from 'node:test'
import { InputError } from './input-error.ts'
import { parseJsonlLine } from './jsonl.ts'

const line = (value: unknown) => JSON.stringify(value)

function reasonOf(text: string, lineNumber = 7): string {
  try {
    parseJsonlLine(text, 'batch.jsonl', lineNumber)
  } catch (error) {
    assert.ok(error instanceof InputError)
    assert.equal(error.source, 'batch.jsonl')
    assert.equal(error.line, lineNumber)
    return error.message
  }
  assert.fail('expected an InputError')
}

test('a line with every field', () => {
  const doc = parseJsonlLine(line({
    id: 'a1', text: 'NATO troops arrived on Monday.', title: 'Troops arrive', issuer: 'NATO', published: '2021-05-05', url: 'https://nato.example/a1',
  }), 'batch.jsonl', 3)
  assert.deepEqual(doc, {
    id: 'a1', text: 'NATO troops arrived on Monday.', title: 'Troops arrive', issuer: 'NATO', published: '2021-05-05',
    url: 'https://nato.example/a1', source: 'batch.jsonl:3',
  })
})

test('missing fields are read from the text, then the fallback date applies', () => {
  const text = 'Troops arrive\n\nWARSAW, 5 May 2021 — NATO troops arrived on Monday.\n\nIssued by the Press Office of the Ministry of National Defence'
  const doc = parseJsonlLine(line({ id: 7, text }), 'batch.jsonl', 1, { published: '2020-01-01' })
  assert.equal(doc.id, '7')
  assert.equal(doc.title, 'Troops arrive')
  assert.equal(doc.issuer, 'Press Office of the Ministry of National Defence')
  assert.equal(doc.published, '2021-05-05')
  assert.equal(parseJsonlLine(line({ id: 'b', text: 'No date here.' }), 'batch.jsonl', 2, { published: '2020-01-01' }).published, '2020-01-01')
})

test('an ISO timestamp as published keeps its date', () => {
  assert.equal(parseJsonlLine(line({ id: 'a', text: 'x', published: '2021-05-05T23:00:00Z' }), 'b.jsonl', 1).published, '2021-05-05')
})

test('bad lines say which line and what is wrong', () => {
  assert.match(reasonOf('{"id": "a1", "text": '), /^batch\.jsonl:7: invalid JSON \(.+\); each line must be one JSON object like \{"id": "a1", "text": "…"\}/)
  assert.match(reasonOf('["a1", "text"]'), /^batch\.jsonl:7: expected a JSON object, got an array;/)
  assert.match(reasonOf('"just a string"'), /got a string;/)
  assert.equal(reasonOf(line({ text: 'x' })), 'batch.jsonl:7: "id" is missing')
  assert.equal(reasonOf(line({ id: 'a1' })), 'batch.jsonl:7: "text" is missing')
  assert.equal(reasonOf(line({ id: 'a1', text: '   ' })), 'batch.jsonl:7: "text" is empty')
  assert.equal(reasonOf(line({ id: 'a1', text: 42 })), 'batch.jsonl:7: "text" must be a string')
  assert.equal(reasonOf(line({ id: true, text: 'x' })), 'batch.jsonl:7: "id" must be a string or an integer')
  assert.equal(reasonOf(line({ id: 'a1', text: 'x', published: '5 May 2021' })), 'batch.jsonl:7: "published" must be a date written YYYY-MM-DD (got "5 May 2021")')
  assert.equal(reasonOf(line({ id: 'a1', text: 'x', published: '2021-02-30' })), 'batch.jsonl:7: "published" must be a date written YYYY-MM-DD (got "2021-02-30")')
  assert.equal(reasonOf(line({ id: 'a1', text: 'x', title: ['a'] })), 'batch.jsonl:7: "title" must be a string or null')
  assert.equal(reasonOf(line({ text: 5 })), 'batch.jsonl:7: "id" is missing; "text" must be a string')
})
