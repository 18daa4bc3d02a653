import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../../text/tokenize.ts'
import { Vocabulary } from '../../text/vocabulary.ts'
import { compileFunctionCues } from './function.ts'
import { CAPITALISED, CLITIC, ED, EVALUATIVE, I_WORD, LETTER } from './function-words.ts'

const cues = compileFunctionCues()

function words(text: string) {
  const tokens = tokenize(text)
  const sw = cues.words.wordsOf(tokens, 0, tokens.length, text)
  return Array.from({ length: sw.count }, (_, i) => ({ word: sw.ids[i] === -1 ? null : cues.words.dictionary.words[sw.ids[i]], bits: sw.bits[i], token: tokens[sw.tokenOf[i]].text }))
}

test('words are found by their normal form; punctuation is left out; clitics join the word before', () => {
  const read = words('Let’s sign, NOW! Poland’s reckless 12 İstanbul')
  assert.deepEqual(read.map((w) => [w.word, w.token]), [["let's", 'Let'], ['sign', 'sign'], ['now', 'NOW'], [null, 'Poland'], ['reckless', 'reckless'], [null, '12'], [null, 'İstanbul']])
  assert.ok(read[0].bits & CAPITALISED && read[2].bits & CAPITALISED && !(read[1].bits & CAPITALISED))
  assert.ok(read[4].bits & EVALUATIVE && read[4].bits & LETTER)
  assert.ok(!(read[5].bits & LETTER) && read[6].bits & LETTER && read[6].bits & CAPITALISED)
})

test('spelling bits come with words the rules do not name, and with words joined from two tokens', () => {
  const [audited, i, editors] = words("audited I editor's")
  assert.ok(audited.bits & ED)
  assert.ok(i.bits & I_WORD && i.bits & CAPITALISED)
  assert.equal(editors.word, "editor's")
  assert.ok(!(editors.bits & CLITIC))
})

test('phrases are found over the ids of the words', () => {
  const text = 'We call on the government, and we urge you to act now.'
  const tokens = tokenize(text)
  const sw = cues.words.wordsOf(tokens, 0, tokens.length, text)
  const hits = cues.phrases.find(sw.ids, sw.count)
  assert.deepEqual(hits.calls, [0, 6, 10])
  assert.deepEqual(hits.urgency, [11])
  assert.deepEqual(hits.addressees, [8])
  assert.deepEqual(hits.boilerplate, [])
})

test('words read by their ids in a vocabulary are the words read off the text', () => {
  const vocabulary = new Vocabulary()
  for (const text of ['Let’s sign, NOW! Poland’s reckless 12 İstanbul', "audited I editor's ΣΟΦΙΑ we’re DON'T", 'By Jan Kowalski, Tel. +44 20 7783 1000']) {
    const tokens = tokenize(text)
    const words = vocabulary.read(tokens)
    const read = (ids?: typeof words) => {
      const sw = cues.words.wordsOf(tokens, 0, tokens.length, text, ids)
      return { ids: Array.from(sw.ids.subarray(0, sw.count)), bits: Array.from(sw.bits.subarray(0, sw.count)), tokenOf: Array.from(sw.tokenOf.subarray(0, sw.count)) }
    }
    assert.deepEqual(read(words), read(), text)
  }
})
