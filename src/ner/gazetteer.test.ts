import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Gazetteer, GAZETTEER_CATEGORIES, gazetteerKey, MARK_BEGIN, MARK_INSIDE, MARK_SINGLE, nameWords, normalizeLists, normalizeName } from './gazetteer.ts'

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
