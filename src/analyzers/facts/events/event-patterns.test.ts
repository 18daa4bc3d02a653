import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import { loadCameoModel } from '../../../knowledge/cameo/model.ts'
import { EVENT_PATTERNS } from './event-patterns.ts'

test('every hand-written pattern names a codebook code, a way to be found, and why', () => {
  const { codebook } = loadCameoModel()
  const ids = new Set<string>()
  for (const pattern of EVENT_PATTERNS) {
    assert.ok(!ids.has(pattern.id), `duplicate pattern id ${pattern.id}`)
    ids.add(pattern.id)
    assert.ok(codebook.has(pattern.cameo), `${pattern.id}: ${pattern.cameo} is not in the codebook`)
    if (pattern.intentCode) assert.ok(codebook.has(pattern.intentCode), `${pattern.id}: ${pattern.intentCode} is not in the codebook`)
    assert.ok((pattern.nouns?.length ?? 0) + (pattern.verbs?.length ?? 0) > 0, `${pattern.id} has neither nouns nor verbs`)
    if (pattern.nouns?.length) assert.ok(pattern.with?.length || pattern.standalone, `${pattern.id}: a noun needs governing verbs or to stand alone`)
    assert.ok(pattern.rationale.length > 20, `${pattern.id} says why`)
    for (const word of [...(pattern.nouns ?? []), ...(pattern.with ?? []), ...(pattern.verbs ?? [])]) assert.equal(word, word.toLowerCase(), `${pattern.id}: '${word}' is lower-case`)
  }
})

test('a shared noun goes to the first pattern whose conditions hold: aimed strikes are attacks, others labour strikes', () => {
  const order = EVENT_PATTERNS.map((p) => p.id)
  assert.ok(order.indexOf('strike-on') < order.indexOf('labour-strike'))
  assert.ok(order.indexOf('sanctions') < order.indexOf('sanctions-eased'))
})

const DOCS = new URL('../../../../docs/events.md', import.meta.url)

test('docs/events.md lists every hand-written pattern with its code', { skip: !existsSync(DOCS) && 'docs/events.md is not there' }, () => {
  const docs = readFileSync(DOCS, 'utf8')
  for (const pattern of EVENT_PATTERNS) assert.match(docs, new RegExp(`\\| ${pattern.id} \\| ${pattern.cameo}[ |]`), `docs/events.md has no row for ${pattern.id}`)
})
