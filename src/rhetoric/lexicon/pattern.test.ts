import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isGap, parsePattern, parseTerm, type Step } from './pattern.ts'

/** Each alternative as a readable string: token key sets joined, gaps as {min,max}. */
const show = (alternatives: Step[][]) => alternatives.map((steps) => steps.map((s) => (isGap(s) ? `{${s.min},${s.max}}` : [...s.keys].sort().join('|'))).join(' '))

test('alternatives of one word fold into one step; optional groups add an alternative without them', () => {
  assert.deepEqual(show(parsePattern('the only (way|option) [forward] is')), ['the only option|way forward is', 'the only option|way is'])
})

test('a gap is written … or {m,n} and never begins or ends a pattern', () => {
  assert.deepEqual(show(parsePattern('either … or')), ['either {1,10} or'])
  assert.deepEqual(show(parsePattern('make {1,3} great again')), ['make {1,3} great again'])
  assert.throws(() => parsePattern('… or'), /Pattern "… or": a gap cannot begin or end a pattern/)
})

test('words are tokenized like text: contractions split, hyphenated words stay whole', () => {
  assert.deepEqual(show(parsePattern("(it is|it's) what it is")), ['it is what it is', "it 's what it is"])
  assert.deepEqual(show(parsePattern('so-called')), ['so-called'])
})

test('word~ adds inflections; @class expands to the words of a class', () => {
  assert.deepEqual(show(parsePattern('regime~')), ['regime|regimed|regimes|regiming'])
  const classes = new Map([['demonym', ['russian', 'south african']]])
  assert.deepEqual(show(parsePattern('the @demonym people', classes)), ['the russian people', 'the south african people'])
  assert.deepEqual(show(parsePattern('anti-@demonym', classes)), ['anti-russian', 'anti-south african'])
  assert.throws(() => parsePattern('the @nation people', classes), /unknown word class in '@nation'; known classes: demonym/)
})

test('broken patterns say what is wrong', () => {
  assert.throws(() => parsePattern('(a|b'), /'\(' is never closed with '\)'/)
  assert.throws(() => parsePattern('a ) b'), /unexpected '\)'/)
  assert.throws(() => parsePattern('a {3,1} b'), /gap \{3,1\} needs/)
})

test('a term inflects its last word as a noun, its first as a verb, and matches hyphenated words written apart', () => {
  assert.deepEqual(show(parseTerm('witch hunt', 'noun')), ['witch hunt', 'witch hunts'])
  assert.deepEqual(show(parseTerm('wipe out', 'verb')), ['wipe out', 'wipes out', 'wiped out', 'wiping out'])
  assert.deepEqual(show(parseTerm('far-right', 'none')), ['far-right', 'far right'])
})
