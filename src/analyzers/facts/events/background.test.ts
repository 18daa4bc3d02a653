import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { DateFinding } from '../../../report/schema.ts'
import { tokenize } from '../../../text/tokenize.ts'
import { backgroundCue, dateBackground } from './background.ts'

/** The cue for the word `head` in `text`, read as a verb. */
function cue(text: string, head: string): string | null {
  const tokens = tokenize(text)
  const lower = tokens.map((t) => t.text.toLowerCase())
  const at = lower.indexOf(head)
  return backgroundCue({ tokens, lower, from: 0, to: tokens.length, sentenceStart: 0, sentenceEnd: tokens.length }, at, at + 1, true)
}

test('what is reported as happening has no background cue', () => {
  assert.equal(cue('Russia attacked Ukraine.', 'attacked'), null)
  assert.equal(cue('Russian forces began to shell the city.', 'shell'), null)
  assert.equal(cue('Earlier on Monday, Israeli jets struck Gaza.', 'struck'), null)
})

test('negated, hypothetical, conditional, future and earlier events', () => {
  assert.deepEqual(
    [
      cue('Russia did not attack Ukraine.', 'attack'),
      cue("Russia didn't attack Ukraine.", 'attack'),
      cue('Russia denied attacking Ukraine.', 'attacking'),
      cue('NATO called off the drills.', 'drills'),
      cue('Brussels could impose sanctions.', 'impose'),
      cue('If Russia attacks, …', 'attacks'),
      cue('Russia will attack.', 'attack'),
      cue('NATO plans to hold drills.', 'hold'),
      cue('They agreed to hold talks.', 'hold'),
      cue('Turkey had bombed the village.', 'bombed'),
      cue('Turkey previously bombed the village.', 'bombed'),
      cue('Turkey bombed the village years ago.', 'bombed'),
      cue('Will China invade Taiwan?', 'invade'),
    ],
    ['negated', 'negated', 'negated', 'negated', 'hypothetical', 'conditional', 'future', 'intent', 'intent', 'earlier', 'earlier', 'earlier', 'future'],
  )
})

test('a past perfect after "said" only shifts the tense back', () => {
  assert.equal(cue('The ministry said Armenian forces had first shelled the village.', 'shelled'), null)
  assert.equal(cue('Armenian forces had shelled the village before the talks.', 'shelled'), 'earlier')
})

test('a date more than a year before publication is history; one after it is a plan', () => {
  const date = (resolved: string): DateFinding => ({ start: 0, end: 1, text: 'x', resolved })
  assert.equal(dateBackground(date('2014'), '2021-05-05'), 'historical date')
  assert.equal(dateBackground(date('2020-03'), '2021-05-05'), 'historical date')
  assert.equal(dateBackground(date('2020'), '2021-05-05'), null)
  assert.equal(dateBackground(date('2021-05-04'), '2021-05-05'), null)
  assert.equal(dateBackground(date('2021-05-12'), '2021-05-05'), 'future date')
  assert.equal(dateBackground(date('2021-05-12'), null), null)
})

test('a month named two months before publication is an earlier phase; last month is not', () => {
  const date = (resolved: string): DateFinding => ({ start: 0, end: 1, text: 'x', resolved })
  // "They signed a treaty … in March this year" in a report of 11 June.
  assert.equal(dateBackground(date('2025-03'), '2025-06-11'), 'historical date')
  assert.equal(dateBackground(date('2025-04-02'), '2025-06-11'), 'historical date')
  // "last month" and "on 20 May" stay with the news.
  assert.equal(dateBackground(date('2025-05'), '2025-06-11'), null)
  assert.equal(dateBackground(date('2025-05-20'), '2025-06-11'), null)
})

test('a simple past after "since" is the act a state of things dates from', () => {
  assert.equal(cue('Since the government signed a partnership with the EU, Moldova has changed.', 'signed'), 'earlier')
  assert.equal(cue('Fighting has raged since the army launched an offensive.', 'launched'), 'earlier')
})

test('invalid: "since then" and a perfect after "since" tell no earlier act of their own', () => {
  assert.equal(cue('Since then the army shelled the town twice.', 'shelled'), null)
  assert.equal(cue('Since March troops have shelled the town.', 'shelled'), null)
})
