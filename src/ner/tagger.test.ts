import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { isAllowedAfter, NER_LABELS } from './labels.ts'
import { DEFAULT_NER_MODEL, loadNerTagger } from './load.ts'
import { Vocabulary } from '../text/vocabulary.ts'

const tagger = loadNerTagger()

function show(words: string[]): string {
  const tags = tagger.tag(words)
  return words.map((w, i) => (tags[i] === 'O' ? w : `${w}/${tags[i]}`)).join(' ')
}

test('the shipped model tags people, organisations, places and nationalities', () => {
  assert.equal(
    show(['NATO', 'Secretary-General', 'Jens', 'Stoltenberg', 'met', 'German', 'officials', 'in', 'Brussels', '.']),
    'NATO/B-ORG Secretary-General Jens/B-PER Stoltenberg/I-PER met German/B-MISC officials in Brussels/B-LOC .',
  )
  assert.equal(show(['The', 'European', 'Union', 'sent', 'aid', 'to', 'Somalia', '.']), 'The European/B-ORG Union/I-ORG sent aid to Somalia/B-LOC .')
  assert.equal(show(['The', 'Ministry', 'of', 'Defence', 'said', 'on', 'Monday', '.']), 'The Ministry/B-ORG of/I-ORG Defence/I-ORG said on Monday .')
})

test('all-capital headlines are tagged too', () => {
  assert.equal(show(['RUSSIA', 'AND', 'CHINA', 'SIGN', 'TRADE', 'DEAL', 'IN', 'BEIJING']), 'RUSSIA/B-LOC AND CHINA/B-LOC SIGN TRADE DEAL IN BEIJING/B-LOC')
  assert.equal(show(['UN', 'SAYS', 'FRENCH', 'AID', 'REACHED', 'HAITI']), 'UN/B-ORG SAYS FRENCH/B-MISC AID REACHED HAITI/B-LOC')
})

test('each tag comes with a probability; clear cases are confident', () => {
  const { tags, scores } = tagger.tagWithScores(['Angela', 'Merkel', 'visited', 'Paris', 'on', 'Tuesday', '.'])
  assert.deepEqual(tags, ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'O'])
  assert.equal(scores.length, tags.length)
  for (const s of scores) assert.ok(s > 0.8 && s <= 1, `score ${s}`)
})

test('an empty sentence has no tags', () => {
  assert.deepEqual(tagger.tag([]), [])
  assert.deepEqual(tagger.tagWithScores([]), { tags: [], scores: [] })
})

test('any words get valid IOB2 tags and probabilities in [0, 1]', () => {
  const word = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('Paris', 'NATO', 'of', 'the', 'Mr.', '.', ',', 'Smith', 'SAID', '1996'))
  fc.assert(
    fc.property(fc.array(word, { maxLength: 30 }), (words) => {
      const { tags, scores } = tagger.tagWithScores(words)
      assert.equal(tags.length, words.length)
      tags.forEach((tag, i) => {
        assert.ok((NER_LABELS as readonly string[]).includes(tag))
        assert.ok(isAllowedAfter(i === 0 ? null : tags[i - 1], tag), `${tags[i - 1]} then ${tag}`)
        assert.ok(scores[i] >= 0 && scores[i] <= 1 + 1e-9)
      })
      assert.deepEqual(tagger.tag(words), tags)
    }),
    { numRuns: 200 },
  )
})

test('a model file is loaded once per path', () => {
  assert.equal(loadNerTagger(DEFAULT_NER_MODEL), tagger)
  assert.equal(loadNerTagger(DEFAULT_NER_MODEL.pathname), tagger)
  assert.throws(() => loadNerTagger('/nonexistent/ner.bin'), /ENOENT/)
})

test('words given with their ids in a vocabulary get the same tags and probabilities', () => {
  const vocabulary = new Vocabulary()
  const sentences = [
    ['NATO', 'Secretary-General', 'Jens', 'Stoltenberg', 'met', 'German', 'officials', 'in', 'Brussels', '.'],
    ['Stoltenberg', 'left', 'Brussels', 'for', 'Kyiv', '.'],
    ['UN', 'SAYS', 'FRENCH', 'AID', 'REACHED', 'HAITI'],
  ]
  for (const words of sentences) {
    const ids = vocabulary.read(words.map((text) => ({ text })))
    assert.deepEqual(tagger.tagWithScores(words, ids), tagger.tagWithScores(words))
    assert.deepEqual(tagger.tagWithScores(words, ids), tagger.tagWithScores(words), 'again, now that the words are known')
    assert.deepEqual(tagger.tagWordIds(ids), tagger.tagWithScores(words), 'by the ids alone')
  }
  assert.deepEqual(tagger.tagWordIds(vocabulary.read([])), { tags: [], scores: [] })
  const unseen = new Vocabulary().read([{ text: 'Merkel' }, { text: 'spoke' }])
  assert.deepEqual(tagger.tagWordIds(unseen), tagger.tagWithScores(['Merkel', 'spoke']), 'words the tagger meets first by id')
  const words = ['Paris', '.']
  assert.throws(() => tagger.tagWithScores(words, vocabulary.read([{ text: 'Paris' }])), /1 word ids were given for 2 words/)
})
