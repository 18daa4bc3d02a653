import assert from 'node:assert/strict'
import { test } from 'node:test'
import { matchCues } from '../lexicon/index.ts'
import { splitParagraphs } from '../../text/paragraphs.ts'
import { splitSentences } from '../../text/sentences.ts'
import { tokenize } from '../../text/tokenize.ts'
import { documentView } from './document-view.ts'
import { ScoreSink } from './feature-sink.ts'
import { loadRhetoricModel } from './model-file.ts'
import { extractTaggingFeatures } from './token-features.ts'

const TEXTS = [
  'The so-called "peace plan" is a sham. Minister Jane Doe said: "We will never surrender to these criminals!"\n\nTHE PEOPLE DEMAND JUSTICE. Why do they lie? Why?',
  'NATO said on Monday that 1,200 troops from France, Germany and Poland had finished an exercise in Lithuania.',
  'Shame!',
  '',
  'Only the brave, only the free — only us. Enough is enough; the regime must fall, and it will fall.',
]

test('the span scorer gives every token the same scores as summing its features one by one', () => {
  const { tagger } = loadRhetoricModel()
  for (const text of TEXTS) {
    const tokens = tokenize(text)
    const sentences = splitSentences(text, tokens, splitParagraphs(text))
    for (const maskNames of [true, false]) {
      const doc = documentView(tokens, sentences, tagger.words, maskNames, matchCues(text, tokens))
      const tokenRows = new ScoreSink(tagger.weights, tokens.length)
      const sentenceRows = new ScoreSink(tagger.weights, sentences.length)
      extractTaggingFeatures(doc, tagger.weights.bits, tokenRows, sentenceRows)
      const expected = tokenRows.scores
      const classes = tagger.weights.classes
      for (let i = 0; i < tokens.length; i++) {
        const s = doc.tokenSentence[i]
        if (s >= 0) for (let c = 0; c < classes; c++) expected[i * classes + c] += sentenceRows.scores[s * classes + c]
      }
      const actual = tagger.scorer.tokenScores(doc)
      assert.equal(actual.length, expected.length)
      for (let k = 0; k < expected.length; k++) assert.ok(Math.abs(actual[k] - expected[k]) < 1e-9, `${JSON.stringify(text.slice(0, 20))} score ${k}: ${actual[k]} against ${expected[k]}`)
    }
  }
})
