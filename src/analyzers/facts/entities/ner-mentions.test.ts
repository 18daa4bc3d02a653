import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadKnowledgeBase } from '../../../knowledge/load-kb.ts'
import { splitSentences } from '../../../text/sentences.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { DocumentWords } from './document-words.ts'
import { decode, tagRuns, type NameTagger } from './ner-mentions.ts'

test('IOB2 tags become spans with their mean score', () => {
  assert.deepEqual(decode(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'B-ORG'], [0.8, 0.6, 1, 0.9, 0.5, 0.7]), [
    { start: 0, end: 2, label: 'PER', score: 0.7 },
    { start: 3, end: 4, label: 'LOC', score: 0.9 },
    { start: 4, end: 5, label: 'ORG', score: 0.5 },
    { start: 5, end: 6, label: 'ORG', score: 0.7 },
  ])
})

test('the tagger reads small windows around the runs, in one call, and names come back to their places', () => {
  const text = 'Yesterday in the morning the envoy Anna Kovac met officials. Later the minister flew to Rivia quickly.'
  const tokens = tokenize(text)
  const sentences = splitSentences(text, tokens)
  const calls: string[][] = []
  // A tagger that calls every capitalised word after the first of a window a person.
  const tagger: NameTagger = {
    tagWithScores(words) {
      calls.push([...words])
      const tags = words.map((w, i) => (i > 0 && /^[A-Z]/.test(w) && w !== 'Later' ? (/^[A-Z]/.test(words[i - 1]) && words[i - 1] !== '.' ? 'I-PER' : 'B-PER') : 'O'))
      return { tags, scores: words.map(() => 0.9) }
    },
  }
  const annaStart = tokens.findIndex((t) => t.text === 'Anna')
  const rivia = tokens.findIndex((t) => t.text === 'Rivia')
  const names = tagRuns(tagger, new DocumentWords(tokens, sentences, loadKnowledgeBase()), [
    { start: annaStart, end: annaStart + 2, sentence: 0, titled: false, initial: false },
    { start: rivia, end: rivia + 1, sentence: 1, titled: false, initial: false },
  ])
  assert.deepEqual(calls, [['the', 'envoy', 'Anna', 'Kovac', 'met', 'officials', '.', 'flew', 'to', 'Rivia', 'quickly', '.']])
  assert.deepEqual(names.map((n) => tokens.slice(n.start, n.end).map((t) => t.text).join(' ')), ['Anna Kovac', 'Rivia'])
})
