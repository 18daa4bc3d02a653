import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { hashString } from '../models/hashing.ts'
import { avalanche, fnv1a, isPlain, normaliseWord, plainCharAt, plainFnv1a, WordDictionary } from './word-forms.ts'

const WORDS = ['The', 'the', 'NATO', 'Let’s', "let's", 'I’ve', 'İstanbul', 'Straße', 'ΣΟΦΙΑ', 'e\u0301', '𝒳', '5th', 'COVID-19', 'AT&T', '']

test('avalanche(fnv1a(s)) is hashString(s), which the shipped weights were trained with', () => {
  for (const w of WORDS) assert.equal(avalanche(fnv1a(w)), hashString(w), w)
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => avalanche(fnv1a(s)) === hashString(s)))
})

test('the normal form is lower case with straight apostrophes', () => {
  assert.equal(normaliseWord('Let’s'), "let's")
  assert.equal(normaliseWord('NATO'), 'nato')
  assert.equal(normaliseWord('İ'), 'i\u0307')
})

test('a plain text is read off character by character as its normal form', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'aZ09’\'-&.Éé𝒳'.split('')), maxLength: 12 }), (s) => {
      if (!isPlain(s)) return !/^[\x00-\x7f’]*$/.test(s)
      const normal = normaliseWord(s)
      assert.equal(normal.length, s.length)
      for (let i = 0; i < s.length; i++) assert.equal(plainCharAt(s, i), normal.charCodeAt(i))
      assert.equal(plainFnv1a(s), fnv1a(normal))
      return true
    }),
  )
})

test('a dictionary finds the normal form of a token, inside a longer text too', () => {
  const dictionary = new WordDictionary(['we', "let's", 'i\u0307stanbul', 'straße', 'we'])
  assert.deepEqual(dictionary.words, ['we', "let's", 'i\u0307stanbul', 'straße'])
  assert.equal(dictionary.find('We'), 0)
  assert.equal(dictionary.find('Let’s'), 1)
  assert.equal(dictionary.find('İstanbul'), 2)
  assert.equal(dictionary.find('STRASSE'), -1)
  assert.equal(dictionary.find('Straße'), 3)
  assert.equal(dictionary.find('wee'), -1)
  assert.equal(dictionary.find(''), -1)
  const text = 'So LET’S go'
  assert.equal(dictionary.findPlain(text, 3, 8, plainFnv1a(text, 3, 8)), 1)
  assert.equal(dictionary.idOf("let's"), 1)
  assert.equal(dictionary.idOf('Let’s'), -1)
})

test('a dictionary tells every listed word from every other', () => {
  const words = Array.from({ length: 2000 }, (_, i) => `w${i.toString(36)}`)
  const dictionary = new WordDictionary(words)
  words.forEach((w, i) => assert.equal(dictionary.find(w.toUpperCase()), i))
  for (let i = 0; i < 2000; i++) assert.equal(dictionary.find(`x${i.toString(36)}`), -1)
})
