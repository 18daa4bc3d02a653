import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from '../../text/tokenize.ts'
import { clauseAround } from './clause.ts'

function clause(text: string, cue: string): string {
  const tokens = tokenize(text)
  const words = tokenize(cue).length
  const first = tokens.findIndex((t, i) => tokens.slice(i, i + words).map((x) => x.text).join(' ') === tokenize(cue).map((x) => x.text).join(' '))
  const [from, to] = clauseAround(tokens, first, first + words)
  return text.slice(tokens[from].start, tokens[to - 1].end)
}

test('a clause runs from the previous comma, dash or sentence start to the next one', () => {
  assert.equal(clause('Frankly, there is no alternative but war. Peace is near.', 'no alternative'), 'there is no alternative but war')
  assert.equal(clause('They said — what about Libya? — and left.', 'what about'), 'what about Libya')
  assert.equal(clause('"What about the bombing of Belgrade," he asked.', 'What about'), 'What about the bombing of Belgrade')
})

test('a clause never crosses a line break', () => {
  assert.equal(clause('Headline here\nwhat about the others\nNext line', 'what about'), 'what about the others')
})

test('a clause starts after a reporting frame, so it holds what was said', () => {
  assert.equal(clause('The minister said that there is no alternative to the reforms.', 'no alternative'), 'there is no alternative to the reforms')
  assert.equal(clause('The president said everyone knows the vote was fair.', 'everyone knows'), 'everyone knows the vote was fair')
  assert.equal(clause('The opposition accused the government of double standards.', 'double standards'), 'The opposition accused the government of double standards')
})

test('a condition and its consequence make one clause, whichever half holds the cue', () => {
  assert.equal(clause('If nothing is done, violence will spread to the valley.', 'nothing is done'), 'If nothing is done, violence will spread to the valley')
  assert.equal(clause('The council said that if the dam fails, the town will flood.', 'will flood'), 'if the dam fails, the town will flood')
  assert.equal(clause('Unless we act, the plan fails.', 'the plan fails'), 'Unless we act, the plan fails')
})

test('a clause after a comma that opens no condition stays on its own', () => {
  assert.equal(clause('As the minister put it, the plan fails.', 'the plan fails'), 'the plan fails')
  assert.equal(clause('If asked\nthe plan fails.', 'the plan fails'), 'the plan fails')
})
