import assert from 'node:assert/strict'
import { test } from 'node:test'
import { splitSentences } from '../../text/sentences.ts'
import { tokenize } from '../../text/tokenize.ts'
import { hashText } from './feature-hash.ts'
import { NO_ODDS } from './lexical-odds.ts'
import { lexicalView, NAME } from './lexical-view.ts'
import { WordTable } from './word-table.ts'

const common = new Set(['the', 'said', 'news', 'is', 'back', 'in', 'why', 'we'].map(hashText))
const table = new WordTable({ ...NO_ODDS, common })

function masked(text: string): string[] {
  const tokens = tokenize(text)
  const view = lexicalView(tokens, splitSentences(text, tokens), table, true)
  return tokens.filter((_, i) => view.names[i]).map((t) => t.text)
}

test('names of people, parties and groups are masked wherever they stand', () => {
  assert.deepEqual(masked('Obama said the Democrats lied. Trump said the Republicans lied.'), ['Obama', 'Democrats', 'Trump', 'Republicans'])
})

test('capitalised common words, the pronoun I, titles and words used in lower case stay', () => {
  assert.deepEqual(masked('Why Farrakhan Is Back in the News'), ['Farrakhan'])
  assert.deepEqual(masked('I said Mr. Smith was wrong.'), ['Smith'])
  assert.deepEqual(masked('Liberty matters. We want liberty.'), [])
})

test('masked names share one lexical identity, so two texts that differ only in names read alike', () => {
  const read = (text: string) => {
    const tokens = tokenize(text)
    return [...lexicalView(tokens, splitSentences(text, tokens), table, true).lexical]
  }
  assert.deepEqual(read('Obama betrayed the nation.'), read('Trump betrayed the nation.'))
  assert.ok(read('Obama betrayed the nation.').includes(NAME))
  const unmasked = (text: string) => {
    const tokens = tokenize(text)
    return [...lexicalView(tokens, splitSentences(text, tokens), table, false).lexical]
  }
  assert.notDeepEqual(unmasked('Obama betrayed the nation.'), unmasked('Trump betrayed the nation.'))
})
