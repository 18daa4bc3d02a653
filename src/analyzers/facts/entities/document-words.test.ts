import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadKnowledgeBase } from '../../../knowledge/load-kb.ts'
import { tokenKey } from '../../../knowledge/token-key.ts'
import { splitSentences } from '../../../text/sentences.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { readWordIds, Vocabulary } from '../../../text/vocabulary.ts'
import { DocumentWords } from './document-words.ts'
import { CAPITALISED, RUN_WORD, tokenClasses, WORD } from './token-classes.ts'
import { COMMON_WORD, MONTH, ORGANISATION_HEAD, TITLE } from './word-facts.ts'

const kb = loadKnowledgeBase()

function read(text: string) {
  const tokens = tokenize(text)
  const sentences = splitSentences(text, tokens)
  return { tokens, sentences, doc: new DocumentWords(tokens, sentences, kb) }
}

test('each token gets the key, classes and facts of its word', () => {
  const { tokens, doc } = read('President Macron met the U.S. Defence Ministry in May.')
  const at = (text: string) => tokens.findIndex((t) => t.text === text)
  assert.deepEqual(tokens.map((_, i) => doc.key(i)), tokens.map((t) => tokenKey(t.text)))
  assert.deepEqual([...doc.classes], [...tokenClasses(tokens)])
  assert.ok(doc.facts[at('President')] & TITLE)
  assert.ok(doc.isTitleAt(at('President')))
  assert.ok(doc.facts[at('Ministry')] & ORGANISATION_HEAD)
  assert.ok(doc.facts[at('May')] & MONTH)
  assert.ok(doc.facts[at('met')] & COMMON_WORD)
  assert.equal(doc.classes[at('Macron')] & (WORD | CAPITALISED | RUN_WORD), WORD | CAPITALISED | RUN_WORD)
  assert.equal(doc.key(at('U.S.')), 'us')
})

test('a token is looked up in the name trie by its key, and only words and numbers may start a name', () => {
  const { tokens, doc } = read('NATO and nato, (NATO).')
  const trie = kb.names.trie
  tokens.forEach((t, i) => assert.equal(doc.names[i], trie.word(tokenKey(t.text)), t.text))
  assert.deepEqual([...doc.starts], tokens.map((t) => (t.kind === 'word' && /^[A-Z]/.test(t.text) ? 1 : 0)))
})

test('the same word reads the same in every document, also with word ids the engine gave', () => {
  const text = 'Officials in Kyiv said Kyiv would wait.'
  const tokens = tokenize(text)
  const sentences = splitSentences(text, tokens)
  const mine = new DocumentWords(tokens, sentences, kb)
  const given = new DocumentWords(tokens, sentences, kb, readWordIds(tokens))
  assert.deepEqual([...given.facts], [...mine.facts])
  assert.deepEqual([...given.names], [...mine.names])
  const kyiv = tokens.findIndex((t) => t.text === 'Kyiv')
  assert.equal(mine.facts[kyiv], mine.facts[tokens.findLastIndex((t) => t.text === 'Kyiv')])
})

test('sentences: their casing, and whether a token opens one', () => {
  const { sentences, doc } = read('UN SAYS AID REACHED HAITI. "Officials said," he added. Defence Minister Announces New Funding')
  assert.deepEqual(sentences.map((s) => doc.sentenceCase(s)), ['upper', 'mixed', 'title'])
  const quoted = sentences[1]
  assert.equal(doc.isSentenceInitial(quoted, quoted.tokenStart + 1), true, 'after the opening quote mark')
  assert.equal(doc.isSentenceInitial(quoted, quoted.tokenStart + 2), false)
  // A sentence that is not one of the document's own is read afresh.
  const copy = { ...quoted }
  assert.equal(doc.sentenceCase(copy), 'mixed')
  assert.equal(doc.isSentenceInitial(copy, copy.tokenStart + 1), true)
})

test('word ids of other tokens, or of a vocabulary that has started again, are refused', () => {
  const { tokens, sentences } = read('Kyiv said so.')
  assert.throws(() => new DocumentWords(tokens, sentences, kb, readWordIds(tokens.slice(1))), /word ids are of 3 tokens; the document has 4/)
  const vocabulary = new Vocabulary(4)
  const stale = vocabulary.read(tokens)
  vocabulary.read(tokenize('Other words entirely'))
  assert.throws(() => new DocumentWords(tokens, sentences, kb, stale), /started again/)
})
