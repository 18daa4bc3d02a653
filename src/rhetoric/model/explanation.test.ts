import assert from 'node:assert/strict'
import { test } from 'node:test'
import { explainTechnique } from './explanation.ts'

test('names the words that made the call and what the technique is', () => {
  assert.equal(
    explainTechnique({ technique: 'loaded_language', words: ['ruthless', 'barbaric'], repeats: 1, text: 'ruthless and barbaric' }),
    '‘ruthless’ and ‘barbaric’ point to loaded language: words or phrases with strong emotional implications used to influence the audience.',
  )
  assert.equal(
    explainTechnique({ technique: 'doubt', words: ['really'], repeats: 1, text: 'Is it really' }),
    '‘really’ points to doubt: questioning the credibility of someone or something.',
  )
})

test('repetition names how often the wording occurs', () => {
  assert.equal(
    explainTechnique({ technique: 'repetition', words: [], repeats: 3, text: 'build the wall' }),
    '“build the wall” occurs 3 times in the text; repeating the same message so the audience comes to accept it is repetition.',
  )
})

test('without telling words, says the passage resembles annotated examples', () => {
  assert.match(explainTechnique({ technique: 'causal_oversimplification', words: [], repeats: 1, text: '…' }), /^The wording and place of this passage resemble causal oversimplification in the annotated training articles: assuming a single cause/)
})
