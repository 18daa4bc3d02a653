import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../../text/tokenize.ts'
import { readWordIds } from '../../text/vocabulary.ts'
import { compileLexicon } from './compile.ts'
import { toLexiconEntry } from './entry.ts'

const entries = [
  toLexiconEntry('test', { id: 'test.either-or', pattern: 'either … or', technique: 'black_and_white', rationale: 'two options.' }),
  toLexiconEntry('test', { id: 'test.flood', pattern: '(flood|wave) of', technique: 'appeal_to_fear', rationale: 'a disaster.' }),
  toLexiconEntry('test', { id: 'test.flood-of-migrants', pattern: 'flood of (migrants|refugees)', technique: 'appeal_to_fear', rationale: 'people as a disaster.' }),
  toLexiconEntry('test', { id: 'test.sham', term: 'sham', technique: 'loaded_language', rationale: 'fake.' }),
]
const lexicon = compileLexicon(entries)

function found(text: string): string[] {
  const tokens = tokenize(text)
  return lexicon.match(tokens).map((m) => `${m.entry.id}: ${text.slice(tokens[m.first].start, tokens[m.last - 1].end)}`)
}

test('every entry that matches is reported, nested ones too, in text order', () => {
  assert.deepEqual(found('A flood of migrants and two shams.'), ['test.flood: flood of', 'test.flood-of-migrants: flood of migrants', 'test.sham: shams'])
})

test('matching ignores case and typographic apostrophes and dashes', () => {
  assert.deepEqual(found('A WAVE OF refugees. A Sham.'), ['test.flood: WAVE OF', 'test.sham: Sham'])
})

test('a gap stays inside its sentence and takes the nearest continuation', () => {
  assert.deepEqual(found('Either we act now, or we lose, or worse.'), ['test.either-or: Either we act now, or'])
  assert.deepEqual(found('Either way. We lose or win.'), [])
  assert.deepEqual(found('Either way\nwe lose or win'), [])
})

test('matches keep the token runs of their cue words apart from the gap', () => {
  const tokens = tokenize('Either we act, or we lose.')
  assert.deepEqual(lexicon.match(tokens)[0].parts, [[0, 1], [4, 5]])
})

test('an entry whose pattern does not compile names itself', () => {
  const bad = toLexiconEntry('test', { id: 'test.bad', pattern: '(a|b', technique: 'doubt', rationale: 'x.' })
  assert.throws(() => compileLexicon([bad]), /Lexicon entry 'test\.bad': Pattern "\(a\|b": '\(' is never closed/)
})

test('entries that share words match only their own word sequences', () => {
  const shared = compileLexicon([
    toLexiconEntry('test', { id: 'test.many', pattern: '(mass|huge|vast) (wave|flood) of', technique: 'appeal_to_fear', rationale: 'a disaster.' }),
    toLexiconEntry('test', { id: 'test.huge-wave', pattern: 'huge wave', technique: 'loaded_language', rationale: 'big.' }),
    toLexiconEntry('test', { id: 'test.vast-flood-migrants', pattern: 'vast flood of migrants', technique: 'appeal_to_fear', rationale: 'people as a disaster.' }),
  ])
  const ids = (text: string) => shared.match(tokenize(text)).map((m) => `${m.entry.id} ${m.first}-${m.last}`)
  assert.deepEqual(ids('a huge wave of anger'), ['test.huge-wave 1-3', 'test.many 1-4'])
  assert.deepEqual(ids('a mass wave came'), [])
  assert.deepEqual(ids('a mass flood of migrants'), ['test.many 1-4'])
  assert.deepEqual(ids('a vast flood of migrants'), ['test.many 1-4', 'test.vast-flood-migrants 1-5'])
})

test('matching by the tokens\' ids in the shared vocabulary finds what matching the tokens alone finds', () => {
  const text = 'Either we act now, or the flood of refugees and the sham go on. A WAVE OF shams.'
  const tokens = tokenize(text)
  assert.deepEqual(lexicon.match(tokens, readWordIds(tokens)), lexicon.match(tokens))
  assert.throws(() => lexicon.match(tokens, readWordIds(tokens.slice(1))), /word ids for/)
})
