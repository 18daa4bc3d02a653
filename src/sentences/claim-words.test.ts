import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { hashString } from '../models/hashing.ts'
import * as W from './claim-words.ts'

/** The traits as the claim shape first read them, off the strings. */
function referenceTraits(text: string): number {
  const raw = text.includes('’') ? text.replace(/’/g, "'") : text
  const word = raw.toLowerCase()
  const bits = W.cueBits(word)
  let capitals = 0
  for (let i = 0; i < raw.length && capitals < 2; i++) if (raw.charCodeAt(i) !== word.charCodeAt(i)) capitals++
  const ed = word.length >= 5 && word.endsWith('ed') && (bits & W.NOT_PAST_ED) === 0
  let traits = 0
  if (raw.charCodeAt(0) !== word.charCodeAt(0)) traits |= W.UPPER
  if (word === 'i' || word.startsWith("i'")) traits |= W.I_WORD
  if (raw.length >= 2 && capitals >= 2 && raw === raw.toUpperCase()) traits |= W.ACRONYM
  if (ed) traits |= W.ED
  if (word.endsWith("'ve")) traits |= W.ENDS_VE
  if (word.endsWith("'ll")) traits |= W.ENDS_LL
  if (word.length > 4 && word.endsWith('er') && (bits & W.NOT_COMPARATIVE) === 0) traits |= W.COMPARATIVE_ER
  if (word.length >= 5 && word.endsWith('est') && (bits & W.NOT_SUPERLATIVE) === 0) traits |= W.SUPERLATIVE_EST
  if (bits !== 0 || ed || word.endsWith('er') || word.endsWith('est') || word.endsWith("'ll")) traits |= W.TELLING
  return traits
}

const PIECES = ['I', "I'm", 'I’ve', 'we’ll', 'They', 'NATO', 'GDP', 'U.S.', 'İstanbul', 'ÉTÉ', 'per', 'higher', 'other', 'Fell', 'DOUBLED', 'need', 'INTEREST', 'protested', 'best', 'Record', 'SAID', "'ve", "'LL", 'x', 'Ed', 'ed', 'er', 'est', 'Σ', '5th', 'AT&T', 'co-op']

test('a word token reads the same off its characters as off its lower-case string', () => {
  const reader = new W.ClaimWordReader()
  const words = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: fc.constantFrom(...'aAeEdDrRsStTlLvVIi’\'-.Éé'.split('')), minLength: 1, maxLength: 9 }))
  fc.assert(
    fc.property(words, fc.string({ maxLength: 3 }), (word, padding) => {
      const text = padding + word + padding
      reader.read(text, padding.length, padding.length + word.length)
      const normal = (word.includes('’') ? word.replace(/’/g, "'") : word).toLowerCase()
      assert.equal(reader.hash, hashString(normal), word)
      assert.equal(reader.cues, W.cueBits(normal), word)
      assert.equal(reader.traits, referenceTraits(word), word)
    }),
    { numRuns: 3000 },
  )
})

test('numbers stand in as years, decimals or plain numbers', () => {
  assert.deepEqual(['2019', '1850', '2101', '4.2', '1,200', '3,14', '12'].map(W.numberWord), ['#year', '#year', '#number', '#decimal', '#number', '#decimal', '#number'])
})
