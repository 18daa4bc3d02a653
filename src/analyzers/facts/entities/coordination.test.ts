import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { loadKnowledgeBase } from '../../../knowledge/load-kb.ts'
import { splitSentences } from '../../../text/sentences.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { DocumentWords } from './document-words.ts'
import { splitCoordinated } from './coordination.ts'

const kb = loadKnowledgeBase()

/** The pieces a whole text, read as one run of words, is cut into. */
function pieces(text: string): string[] {
  const tokens = tokenize(text)
  const doc = new DocumentWords(tokens, splitSentences(text, tokens), kb)
  return splitCoordinated(doc, 0, tokens.length).map(([from, to]) => tokens.slice(from, to).map((t) => t.text).join(' '))
}

describe('splitCoordinated', () => {
  test('two bodies joined by "and" are cut apart', () => {
    assert.deepEqual(pieces('Tribunal and Member States'), ['Tribunal', 'Member States'])
    assert.deepEqual(pieces('Ministry of Energy and Ministry of Justice'), ['Ministry of Energy', 'Ministry of Justice'])
    assert.deepEqual(pieces('Coast Guard Command Lagos and Naval Forces West'), ['Coast Guard Command Lagos', 'Naval Forces West'])
  })

  test('one name with "and" inside is left whole', () => {
    assert.deepEqual(pieces('Committee on Agriculture and Rural Affairs'), ['Committee on Agriculture and Rural Affairs'])
    assert.deepEqual(pieces('Energy and Climate Committee'), ['Energy and Climate Committee'])
    assert.deepEqual(pieces('Department of Health and Social Services'), ['Department of Health and Social Services'])
  })
})
