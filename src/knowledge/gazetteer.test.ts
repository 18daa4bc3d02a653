import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../text/tokenize.ts'
import { createGazetteer, mayStartName, type GazetteerPhrase } from './gazetteer.ts'
import { nameKeys } from './name-keys.ts'
import { tokenKey, tokenKeys } from './token-key.ts'
import { AliasFlag } from './types.ts'

const NAMES = ['United States', 'US', 'United Nations', 'UN', 'United Nations Security Council', 'Turkey', 'Republic of the Congo', 'al-Qaeda', 'Gulf', 'Idlib province']
const FLAGS: Record<string, number> = { US: AliasFlag.exactCase, UN: AliasFlag.exactCase, Gulf: AliasFlag.needsArticle }
const phrases: GazetteerPhrase[] = NAMES.map((name, value) => ({ keys: nameKeys(name), value, flags: FLAGS[name] ?? 0 }))
const gazetteer = createGazetteer(phrases)

/** The names found in a text, as written there. */
function found(text: string): string[] {
  const tokens = tokenize(text)
  return gazetteer.match(tokens).map((hit) => `${text.slice(tokens[hit.start].start, tokens[hit.end - 1].end)} → ${NAMES[hit.candidates[0].value]}`)
}

test('the longest name starting first wins', () => {
  assert.deepEqual(found('The United Nations Security Council met; the United Nations did not.'), [
    'United Nations Security Council → United Nations Security Council',
    'United Nations → United Nations',
  ])
})

test('acronyms match in capitals only: the US, not us', () => {
  assert.deepEqual(found('The US told us that the U.S. and the UN would not un-do it.'), ['US → US', 'U.S. → US', 'UN → UN'])
})

test('names need their capitals, except small words inside them', () => {
  assert.deepEqual(found('turkey is served; Turkey said; the republic of the congo; the Republic of the Congo'), ['Turkey → Turkey', 'Republic of the Congo → Republic of the Congo'])
})

test('capitals throughout a headline still match', () => {
  assert.deepEqual(found('TURKEY AND THE UNITED NATIONS'), ['TURKEY → Turkey', 'UNITED NATIONS → United Nations'])
})

test('a name may open with a lower-case particle', () => {
  assert.deepEqual(found('Members of al-Qaeda fled.'), ['al-Qaeda → al-Qaeda'])
})

test('generic place words may stay lower case inside a name', () => {
  assert.deepEqual(found('Fighting in Idlib province went on.'), ['Idlib province → Idlib province'])
})

test('an alias that needs "the" is only found after it, and "the" is not part of it', () => {
  assert.deepEqual(found('Gulf states and the Gulf'), ['Gulf → Gulf'])
})

test('lookup finds every value stored under a name, whatever its case', () => {
  assert.deepEqual(gazetteer.lookup(nameKeys('us')).map((c) => NAMES[c.value]), ['US'])
  assert.deepEqual(gazetteer.lookup(nameKeys('Atlantis')), [])
})

test('phrases of ordinary words match in any case when names are not asked for', () => {
  const roles = createGazetteer([{ keys: nameKeys('foreign minister'), value: 0, flags: 0 }], { properNames: false })
  const tokens = tokenize('The Foreign Minister and the foreign minister')
  assert.deepEqual(roles.match(tokens).map((h) => [h.start, h.end]), [[1, 3], [5, 7]])
})

test('what the caller knows of the tokens changes nothing found', () => {
  const text = 'The United Nations Security Council met in Idlib province; the Gulf and al-Qaeda, Turkey and turkey.'
  const tokens = tokenize(text)
  const keys = tokenKeys(tokens)
  const words = tokens.map((t) => gazetteer.trie.word(tokenKey(t.text)))
  const starts = tokens.map((t) => ((t.kind === 'word' || t.kind === 'number') && mayStartName(t.text) ? 1 : 0))
  const plain = gazetteer.match(tokens)
  assert.ok(plain.length >= 4)
  assert.deepEqual(gazetteer.match(tokens, 0, tokens.length, { keys, words, starts }), plain)
  assert.deepEqual(gazetteer.match(tokens, 0, tokens.length, { words }), plain)
  assert.deepEqual(gazetteer.match(tokens, 2, 5, { keys, words, starts }), gazetteer.match(tokens, 2, 5))
})

test('lookup by the keys’ ids in the trie finds what lookup by keys finds', () => {
  const ids = (name: string) => nameKeys(name).map((key) => gazetteer.trie.word(key))
  for (const name of ['United Nations', 'us', 'Republic of the Congo', 'Atlantis', 'Nations United']) {
    const words = ids(name)
    assert.deepEqual(gazetteer.lookupWords(words, 0, words.length), gazetteer.lookup(nameKeys(name)), name)
  }
  assert.deepEqual(gazetteer.lookupWords([-1], 0, 1), [])
})

test('names start at capitals, digits and a few lower-case particles', () => {
  assert.deepEqual(['NATO', 'Öcalan', '9/11', 'al-Assad', 'el', 'ash-Sham', 'al', 'said', 'alone', 'über', '"'].map(mayStartName), [true, true, true, true, true, true, true, false, false, false, false])
})

test('a name that needs "the" may have a position word after it ("the central Mediterranean"), no other word', () => {
  assert.deepEqual(found('Ships sailed in the eastern Gulf.'), ['Gulf → Gulf'])
  assert.deepEqual(found('Ships sailed in the new Gulf.'), [])
})
