import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { locate } from './locate.ts'
import { normalize } from './normalize.ts'
import { splitParagraphs } from './paragraphs.ts'
import { splitSentences } from './sentences.ts'
import { tokenize } from './tokenize.ts'

// Pieces that have broken tokenizers before: abbreviations, quotes, separators, emoji, marks, surrogates.
const FRAGMENTS = [
  ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\u2028', '\u2029', '\u200b', '\u0085', '\u3000', '\ufeff', '\v', '\f', '\u1680', '\u205f', '\u180e', '\u2060',
  '.', '..', '...', '…', '. . .', '?', '!', '?!', ',', ';', ':', '(', ')', '[', ']', '-', '--', '—', '–', '/', '&', '#', '@', '%', '$',
  '"', "'", '`', '``', "''", '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '「', '」',
  'Mr.', 'Dr', 'U.S.', 'U.S', 'e.g.', 'No.', 'no.', 'Jan.', 'J.', 'Inc.', 'p.m.', 'etc.', 'WARSAW', 'The', 'the', 'he said', 'said',
  '1', '1,200', '3.5', '1.200,50', '12:30', '5th', '1990s', '19-year-old', '5km', '$1.2bn', 'COVID-19', "it's", "don't", 'AT&T',
  'http://x.org/a_(b).', 'https://gov.pl?a=1', 'www.x.com', 'gov.pl', 'a@b.eu', 'x@', '@y.z',
  '🎉', '🇵🇱', '👩‍⚕️', '❤️', '👍🏽', '\u200d', '\ufe0f', '𝒳', '\ud800', '\udbff', '\udc00', '\udfff',
  'e\u0301', '\u0301', '\u0323\u0301', 'É', 'ß', 'İ', 'Ω', '\u212b', '\u1100', '\u1161', '\u11a8', '가', '。', '首相',
  '•', '1.', '- ', '\n- ', '\n1. ', 'Министр', 'Αθήνα', 'ﬁ',
]

const adversarial = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'Z', '9', '.', '’', '🎉', ' '), fc.integer({ min: 1, max: 5000 }), fc.string({ maxLength: 10 })).map(([c, n, rest]) => c.repeat(n) + rest) },
)

const RUNS = { numRuns: 600 }
const WHITESPACE_ONLY = /^[\s\u0085\u200b]*$/

test('tokens are slices of the text, in order, without whitespace, with only whitespace between', () => {
  fc.assert(
    fc.property(adversarial, (text) => {
      const tokens = tokenize(text)
      let previousEnd = 0
      for (const [k, t] of tokens.entries()) {
        assert.ok(t.start >= previousEnd && t.start < t.end && t.end <= text.length, `token ${k} at ${t.start}–${t.end}`)
        assert.equal(t.text, text.slice(t.start, t.end))
        assert.doesNotMatch(t.text, /\s/)
        assert.match(text.slice(previousEnd, t.start), WHITESPACE_ONLY)
        assert.equal(t.spaceBefore, k === 0 || t.start > previousEnd)
        assert.equal(t.lineStart, k === 0 || /[\n\r\v\f\u0085\u2028\u2029]/.test(text.slice(previousEnd, t.start)))
        previousEnd = t.end
      }
      assert.match(text.slice(previousEnd), WHITESPACE_ONLY)
    }),
    RUNS,
  )
})

test('paragraphs are trimmed, ordered spans, and every token lies in exactly one', () => {
  fc.assert(
    fc.property(adversarial, (text) => {
      const paragraphs = splitParagraphs(text)
      let previousEnd = -1
      for (const [k, p] of paragraphs.entries()) {
        assert.equal(p.index, k)
        assert.ok(p.start > previousEnd && p.start < p.end && p.end <= text.length)
        assert.doesNotMatch(text.charAt(p.start), /\s/)
        assert.doesNotMatch(text.charAt(p.end - 1), /\s/)
        previousEnd = p.end
      }
      for (const t of tokenize(text)) {
        assert.equal(paragraphs.filter((p) => p.start <= t.start && t.end <= p.end).length, 1, `token ${JSON.stringify(t.text)} at ${t.start}`)
      }
    }),
    RUNS,
  )
})

test('sentences cover every token exactly once, in order, each inside one paragraph', () => {
  fc.assert(
    fc.property(adversarial, (text) => {
      const tokens = tokenize(text)
      const paragraphs = splitParagraphs(text)
      const sentences = splitSentences(text, tokens, paragraphs)
      let next = 0
      for (const [k, s] of sentences.entries()) {
        assert.equal(s.index, k)
        assert.equal(s.tokenStart, next)
        assert.ok(s.tokenEnd > s.tokenStart)
        assert.equal(s.start, tokens[s.tokenStart].start)
        assert.equal(s.end, tokens[s.tokenEnd - 1].end)
        const p = paragraphs[s.paragraph]
        assert.ok(p.start <= s.start && s.end <= p.end, `sentence ${k} lies inside paragraph ${s.paragraph}`)
        next = s.tokenEnd
      }
      assert.equal(next, tokens.length)
    }),
    RUNS,
  )
})

test('normalize maps every normalised character back to the original character it came from', () => {
  fc.assert(
    fc.property(adversarial, (original) => {
      const n = normalize(original)
      const length = n.text.length
      assert.equal(n.toOriginal(length), original.length)
      let previous = 0
      for (let k = 0; k <= length; k++) {
        const o = n.toOriginal(k)
        assert.ok(o >= previous && o <= original.length, `toOriginal(${k}) = ${o} after ${previous}`)
        previous = o
      }
      for (let k = 0; k < length; k++) {
        const from = n.toOriginal(k)
        let k2 = k + 1
        while (k2 < length && n.toOriginal(k2) === from) k2++
        const source = original.slice(from, n.toOriginal(k2))
        const ch = n.text[k]
        const explained = ch === ' ' ? /^[\s\u0085\u200b]+$/.test(source) : source.includes(ch) || source.normalize('NFC').includes(ch) || normalize(source).text.includes(ch)
        assert.ok(explained, `normalised ${JSON.stringify(ch)} at ${k} does not come from ${JSON.stringify(source)}`)
      }
      assert.equal(n.text.normalize('NFC'), n.text)
      assert.doesNotMatch(n.text, /[\s\u0085\u200b]{2}|[“”‘’«»—–…]/)
    }),
    RUNS,
  )
})

test('normalize rejects offsets outside the normalised text', () => {
  const n = normalize('a  b')
  assert.equal(n.text, 'a b')
  assert.throws(() => n.toOriginal(4), /outside the normalised text/)
  assert.throws(() => n.toOriginal(-1), /outside the normalised text/)
})

test('normalize straightens quotes and dashes, composes accents and keeps the map', () => {
  const original = '“Cafe\u0301” — ok…'
  const n = normalize(original)
  assert.equal(n.text, '"Café" - ok...')
  assert.equal(original.slice(n.toOriginal(1), n.toOriginal(5)), 'Cafe\u0301')
  assert.equal(original.slice(n.toOriginal(9), n.toOriginal(14)), 'ok…')
})

test('locate turns every offset into a point and back', () => {
  fc.assert(
    fc.property(adversarial, (text) => {
      const where = locate(text)
      for (let offset = 0; offset <= text.length; offset++) {
        const point = where.toPoint(offset)
        assert.ok(point.line >= 1 && point.column >= 1)
        assert.equal(where.toOffset(point), offset)
      }
    }),
    { numRuns: 300 },
  )
})

test('locate counts LF, CRLF and lone CR as line ends and rejects points outside the text', () => {
  const where = locate('ab\r\ncd\re\nf')
  assert.deepEqual(where.toPoint(4), { line: 2, column: 1 })
  assert.deepEqual(where.toPoint(7), { line: 3, column: 1 })
  assert.deepEqual(where.toPoint(10), { line: 4, column: 2 })
  assert.throws(() => where.toPoint(11), /outside the text/)
  assert.throws(() => where.toOffset({ line: 5, column: 1 }), /Line 5 is outside/)
  assert.throws(() => where.toOffset({ line: 1, column: 9 }), /Column 9 is outside line 1/)
})
