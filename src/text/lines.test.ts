import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { isLineBreak, isSpace, startsLower } from './chars.ts'
import { isHardWrapped, splitLines, type Line } from './lines.ts'

/** Lines as a plain scan of every character finds them. */
function referenceLines(text: string): Line[] {
  const lines: Line[] = []
  let i = 0
  while (i <= text.length) {
    let j = i
    while (j < text.length && !isLineBreak(text.charCodeAt(j))) j++
    let start = i
    while (start < j && isSpace(text.charCodeAt(start))) start++
    let end = j
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    lines.push({ start, end, indented: start > i && end > start })
    if (j >= text.length) break
    i = text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1
  }
  return lines
}

/** Hard wrapping as the regular expressions over cut-out slices first decided it. */
function referenceWrapped(text: string): boolean {
  const lines = referenceLines(text)
  let breaks = 0
  let inside = 0
  for (let k = 1; k < lines.length; k++) {
    const [previous, line] = [lines[k - 1], lines[k]]
    if (line.start === line.end || previous.start === previous.end) continue
    breaks++
    if (previous.end - previous.start < 30 || !startsLower(text.slice(line.start, line.start + 2))) continue
    if (!/[.!?…:;]["'”’»)\]]*$/u.test(text.slice(Math.max(previous.start, previous.end - 4), previous.end))) inside++
  }
  return breaks >= 3 && inside / breaks > 0.25
}

const PARTS = ['\n', '\n\n', '\r\n', '\r', '\u2028', '\u0085', '\v', ' ', '  ', '\t', 'word', 'The line goes on and on for a while', 'and then it', 'ends here.', 'ends.”', 'ok:', 'ẞtraße', 'über', '𝒳', '\ud835']

test('lines are found the same way whatever line breaks a text uses', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
      assert.deepEqual(splitLines(text), referenceLines(text))
      assert.equal(isHardWrapped(text), referenceWrapped(text))
    }),
    { numRuns: 2000 },
  )
})

test('a text wrapped inside its sentences is hard-wrapped', () => {
  const wrapped = 'The minister said on Monday that the plan\nwould be presented to parliament in the\nautumn, after talks with the unions and\nthe employers had come to an end.'
  assert.equal(isHardWrapped(wrapped), true)
  assert.equal(isHardWrapped(wrapped.replace(/\n/g, '\r\n')), true)
  assert.equal(isHardWrapped('One line.\nAnother line.\nA third one.\nA fourth.'), false)
})
