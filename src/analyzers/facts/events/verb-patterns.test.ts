import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadCameoModel } from '../../../knowledge/cameo/model.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { indexMentions } from './mentions.ts'
import { compileVerbDictionary, lookupKeys } from './verb-dictionary.ts'
import { bestPattern, wordMatches } from './verb-patterns.ts'

test('a dictionary word matches its regular inflections unless marked exact', () => {
  assert.deepEqual(['troop', 'troops', "troop's"].map((t) => wordMatches(t, 'troop', false)), [true, true, true])
  assert.equal(wordMatches('raising', 'raise', false), true)
  assert.equal(wordMatches('studies', 'study', false), true)
  assert.equal(wordMatches('security', 'security', true), true)
  assert.equal(wordMatches('securities', 'security', true), false)
  assert.equal(wordMatches('aide', 'aid', false), false)
  assert.deepEqual(lookupKeys('troops'), ['troops', 'troop'])
})

test('the most specific pattern written for the verb codes it', () => {
  const dictionary = compileVerbDictionary(loadCameoModel().verbs)
  const code = (text: string, verb: string) => {
    const tokens = tokenize(text)
    const lower = tokens.map((t) => t.text.toLowerCase())
    const at = lower.indexOf(verb)
    const entry = dictionary.forms.get(verb)!.find((e) => e.words.length === 1)!
    const scope = { tokens, lower, keys: (i: number) => lookupKeys(lower[i]), mentions: indexMentions(tokens, []), clauseStart: 0, clauseEnd: tokens.length }
    const match = bestPattern(entry.block, entry.verb.lemma, scope, at, at + 1)
    if (!match) return null
    const { code, reverse } = match.pattern
    return code === null && reverse === null ? '---' : (code ?? `:${reverse}`)
  }
  assert.equal(code('The army deployed troops', 'deployed'), '154')
  assert.equal(code('They expressed concern', 'expressed'), '012')
  assert.equal(code('The mayor is battling with corruption', 'battling'), '---')
  assert.equal(code('He appeared before the court', 'appeared'), ':173')
  assert.equal(code('He attacked Trump over his tax plan', 'attacked'), null)
})
