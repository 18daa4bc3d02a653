import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { loadKnowledgeBase } from '../../../knowledge/load-kb.ts'
import { splitSentences } from '../../../text/sentences.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { DocumentWords } from './document-words.ts'
import { lowerCaseHeadNames } from './lower-case-heads.ts'

const kb = loadKnowledgeBase()

/** The names found, as "text → entry id". */
function names(text: string): string[] {
  const tokens = tokenize(text)
  const sentences = splitSentences(text, tokens)
  const doc = new DocumentWords(tokens, sentences, kb)
  return sentences.flatMap((s) => lowerCaseHeadNames(kb, doc, s).map((m) => `${text.slice(tokens[m.start].start, tokens[m.end - 1].end)} → ${kb.entry(m.entries[0]).id}`))
}

describe('known organisations with their head noun in lower case', () => {
  test('found: the longest known name ending at the head', () => {
    assert.deepEqual(names('Ministers of the North Atlantic alliance met; the Atlantic alliance agreed.'), ['North Atlantic alliance → petrarch:IGOWSTNAT', 'Atlantic alliance → petrarch:IGOWSTNAT'])
    assert.deepEqual(names('Members of the Shanghai Cooperation organisation signed.'), ['Shanghai Cooperation organisation → petrarch:IGOCAS'])
  })

  test('not found: words no organisation is named by, a name going on after "of", words that name the entry alone', () => {
    assert.deepEqual(names('The ruling party and the Pacific Islands alliance met.'), [])
    assert.deepEqual(names('The Democratic party of Serbia won.'), [])
    assert.deepEqual(names('The Houthi movement fired.'), [])
  })

  test('not found: heads of institutions, which follow a country\'s name', () => {
    assert.deepEqual(names('The Russian army and the Chinese government replied.'), [])
  })
})
