import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../../text/tokenize.ts'
import { readWordIds, Vocabulary } from '../../text/vocabulary.ts'
import { findRepetitions } from './repetition.ts'
import { loadRepetitionSettings, type RepetitionSettings } from './repetition-settings.ts'

const settings: RepetitionSettings = { ...loadRepetitionSettings(), minWordCount: 3, wordRatio: 1, minCueWordCount: 2, minPhraseCount: 2, minCuePhraseCount: 2, maxPhraseTokens: 5, minWordLength: 4 }

function repeats(text: string, s = settings, context = {}): string[] {
  const tokens = tokenize(text)
  return findRepetitions(tokens, s, context).map((r) => `${r.kind} ${r.occurrence}/${r.count} ${text.slice(tokens[r.first].start, tokens[r.last - 1].end)}`)
}

test('a repeated phrase is marked from its second occurrence on, and its words are not marked again', () => {
  assert.deepEqual(repeats('Illegal aliens came. Illegal aliens stayed. Then illegal aliens left.'), ['phrase 2/3 Illegal aliens', 'phrase 3/3 illegal aliens'])
})

test('a content word repeated beyond the document average is marked; stop words never are', () => {
  assert.deepEqual(repeats('Autonomy matters. They want autonomy now. Autonomy is the goal.'), ['word 2/3 autonomy', 'word 3/3 Autonomy'])
  assert.deepEqual(repeats('They said they would. They said so. They said it again.'), [])
})

test('names of the main entities are left out', () => {
  const text = 'Lavrov spoke. Lavrov left. Lavrov returned.'
  assert.deepEqual(repeats(text).length, 2)
  assert.deepEqual(repeats(text, settings, { excluded: Uint8Array.from(tokenize(text), (t) => (t.text === 'Lavrov' ? 1 : 0)) }), [])
})

test('a word that is a lexicon cue counts from its second occurrence', () => {
  const text = 'It was a sham vote. The sham goes on.'
  assert.deepEqual(repeats(text), [])
  assert.deepEqual(repeats(text, settings, { cue: Uint8Array.from(tokenize(text), (t) => (t.text === 'sham' ? 1 : 0)) }), ['cue-word 2/2 sham'])
})

test('a phrase must recur more often than a word pair to count, unless it holds a cue', () => {
  const strict = { ...settings, minPhraseCount: 4, wordRatio: 9 }
  assert.deepEqual(repeats('Human rights matter. Human rights win.', strict), [])
  const text = 'Muslim invaders came. Muslim invaders left.'
  assert.deepEqual(repeats(text, strict, { cue: Uint8Array.from(tokenize(text), (t) => (t.text === 'invaders' ? 1 : 0)) }), ['cue-phrase 2/2 Muslim invaders'])
})

test('lines repeated word for word are page furniture, not repetition', () => {
  assert.deepEqual(repeats('Hide caption for photo\nThe ministry spoke.\nHide caption for photo\nThe army spoke.\nHide caption for photo'), [])
})

test('the same repetitions are found from the tokens\' ids in any vocabulary', () => {
  const text = 'Illegal aliens came. Autonomy matters. Illegal aliens stayed. They want autonomy. Illegal aliens left. Autonomy now.'
  const tokens = tokenize(text)
  const alone = findRepetitions(tokens, settings)
  assert.deepEqual(findRepetitions(tokens, settings, { words: readWordIds(tokens) }), alone)
  const small = new Vocabulary(tokens.length)
  small.read(tokenize('Unrelated words fill the vocabulary first.'))
  assert.deepEqual(findRepetitions(tokens, settings, { words: small.read(tokens) }), alone)
  assert.equal(alone.length, 4)
  assert.throws(() => findRepetitions(tokens, settings, { words: readWordIds(tokens.slice(2)) }), /word ids for/)
})
