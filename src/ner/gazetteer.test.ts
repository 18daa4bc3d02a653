import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Gazetteer, GAZETTEER_CATEGORIES, gazetteerKey, MARK_BEGIN, MARK_INSIDE, MARK_SINGLE, nameWords, NO_NAME_WORD, normalizeLists, normalizeName, SPACED_WORD } from './gazetteer.ts'

const bit = (category: (typeof GAZETTEER_CATEGORIES)[number], position: number): number => 1 << (GAZETTEER_CATEGORIES.indexOf(category) * 3 + position)

const gazetteer = new Gazetteer(
  normalizeLists([
    { category: 'city', source: 'test', names: ['New York', 'York', 'Zürich'] },
    { category: 'organisation', source: 'test', names: ['New York Times', 'United Nations'] },
    { category: 'country', source: 'test', names: ['United States'] },
  ]),
)

test('names are compared without case or diacritics, split as a news tokenizer splits them', () => {
  assert.equal(gazetteerKey('BRUSSELS'), 'brussels')
  assert.equal(gazetteerKey('Zürich'), 'zurich')
  assert.deepEqual(nameWords('Washington, D.C. (city)'), ['Washington', ',', 'D.C.', 'city'])
  assert.equal(normalizeName("Côte  d'Ivoire"), "cote d'ivoire")
  assert.equal(gazetteer.size, 6)
})

test('marks the longest name of each category at each start', () => {
  const marks = gazetteer.marks(['the', 'new', 'york', 'times', 'in', 'zurich'])
  assert.equal(marks[0], 0)
  assert.equal(marks[1], bit('city', MARK_BEGIN) | bit('organisation', MARK_BEGIN))
  // "york" is inside New York (city) and New York Times, and a city name of its own.
  assert.equal(marks[2], bit('city', MARK_INSIDE) | bit('organisation', MARK_INSIDE) | bit('city', MARK_SINGLE))
  assert.equal(marks[3], bit('organisation', MARK_INSIDE))
  assert.equal(marks[5], bit('city', MARK_SINGLE))
})

test('a prefix of a name is no match, and names at the end of a sentence are found', () => {
  assert.deepEqual([...gazetteer.marks(['united'])], [0])
  assert.deepEqual([...gazetteer.marks(['united', 'states'])], [bit('country', MARK_BEGIN), bit('country', MARK_INSIDE)])
})

test('an unknown category is refused with the list it came from', () => {
  assert.throws(() => new Gazetteer([{ category: 'planet' as never, source: 'sky.txt', names: ['Mars'] }]), /Unknown gazetteer category 'planet' in list from sky\.txt/)
})

test('names followed by word ids mark the same words as names followed by text', () => {
  const sentences = [
    ['the', 'new', 'york', 'times', 'in', 'zurich'],
    ['united', 'states', 'and', 'united', 'nations', 'in', 'new', 'york'],
    ['new', 'new', 'york', 'united'],
    ['united'],
    [],
  ]
  for (const keys of sentences) {
    const words = keys.map((key) => gazetteer.wordOf(key))
    const entries = keys.map((key) => gazetteer.entryOf(key))
    assert.deepEqual([...gazetteer.marks(keys, entries, undefined, words)], [...gazetteer.marks(keys)], keys.join(' '))
  }
})

test('word ids: none for a word no name holds, and text matching for a key with a space', () => {
  assert.ok(gazetteer.wordOf('york') >= 0)
  assert.equal(gazetteer.wordOf('york'), gazetteer.wordOf('york'))
  assert.equal(gazetteer.wordOf('paris'), NO_NAME_WORD)
  assert.equal(gazetteer.wordOf('new york'), SPACED_WORD)
  // A key that holds a whole name still matches it, by its text.
  const keys = ['in', 'new york', 'times']
  const words = keys.map((key) => gazetteer.wordOf(key))
  assert.deepEqual([...gazetteer.marks(keys, undefined, undefined, words)], [...gazetteer.marks(keys)])
  assert.equal(gazetteer.marks(keys)[1], bit('city', MARK_SINGLE) | bit('organisation', MARK_BEGIN))
})
