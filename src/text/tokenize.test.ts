import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from './tokenize.ts'

/** Each case: input text, then the tokens a reader expects, joined by " | ". */
const CASES: Array<[string, string, string]> = [
  ['titles keep their stop', 'Mr. Smith met Dr. Jones and Gen. Lee.', 'Mr. | Smith | met | Dr. | Jones | and | Gen. | Lee | .'],
  ['dotted country initials', 'It happened in the U.S. and the U.K.', 'It | happened | in | the | U.S. | and | the | U.K.'],
  ['latin abbreviations', 'Some states, e.g. Poland, i.e. members.', 'Some | states | , | e.g. | Poland | , | i.e. | members | .'],
  ['"No." before a number', 'Resolution No. 5 passed.', 'Resolution | No. | 5 | passed | .'],
  ['"no." as a word ends a sentence', 'They said no. Talks ended.', 'They | said | no | . | Talks | ended | .'],
  ['month abbreviation before a day', 'On Jan. 5, 2021 it rained.', 'On | Jan. | 5 | , | 2021 | it | rained | .'],
  ['"Sun." is a word when no date follows', 'He read the Sun. Then he left.', 'He | read | the | Sun | . | Then | he | left | .'],
  ['initials', 'J. R. R. Tolkien wrote it.', 'J. | R. | R. | Tolkien | wrote | it | .'],
  ['run-together initials', 'J.R.R. Tolkien', 'J.R.R. | Tolkien'],
  ['clock times', 'at 5 p.m. on Friday', 'at | 5 | p.m. | on | Friday'],
  ['decimal', 'Growth was 3.5 percent.', 'Growth | was | 3.5 | percent | .'],
  ['thousands separator', 'More than 1,200 troops.', 'More | than | 1,200 | troops | .'],
  ['continental number', 'It cost 1.200,50 euros.', 'It | cost | 1.200,50 | euros | .'],
  ['clock and fraction', 'At 12:30, 3/4 of them left.', 'At | 12:30 | , | 3/4 | of | them | left | .'],
  ['ordinals and decades', 'The 5th time since the 1990s.', 'The | 5th | time | since | the | 1990s | .'],
  ['number then unit', 'A $1.2bn deal, 5km away.', 'A | $ | 1.2 | bn | deal | , | 5 | km | away | .'],
  ['digits inside a name', 'COVID-19 and F-16 jets, 5G and 3D.', 'COVID-19 | and | F-16 | jets | , | 5G | and | 3D | .'],
  ['hyphenated age', 'A 19-year-old soldier.', 'A | 19-year-old | soldier | .'],
  ['percent and currency', 'Up 4% to €30.', 'Up | 4 | % | to | € | 30 | .'],
  ['straight quotes', 'He said "no" twice.', 'He | said | " | no | " | twice | .'],
  ['curly nested quotes', '“He said ‘no’.”', '“ | He | said | ‘ | no | ’ | . | ”'],
  ['guillemets', '«Nous refusons», a-t-il dit.', '« | Nous | refusons | » | , | a-t-il | dit | .'],
  ['low-high quotes', '„Nein“, sagte er.', '„ | Nein | “ | , | sagte | er | .'],
  ['possessive and contraction', "Poland's plan: it's ours, don't stop.", "Poland | 's | plan | : | it | 's | ours | , | don't | stop | ."],
  ['curly possessive', 'NATO’s summit', 'NATO | ’s | summit'],
  ['plural possessive keeps the apostrophe apart', "the members' votes", "the | members | ' | votes"],
  ['ellipsis character and three dots', 'Wait… what... no.', 'Wait | … | what | ... | no | .'],
  ['question and exclamation runs', 'Really?! Yes!!!', 'Really | ?! | Yes | !!!'],
  ['dashes', 'WARSAW — The plan -- as agreed – works.', 'WARSAW | — | The | plan | -- | as | agreed | – | works | .'],
  ['brackets', 'The Ministry (MoD) [sic] {x}', 'The | Ministry | ( | MoD | ) | [ | sic | ] | { | x | }'],
  ['url with trailing stop', 'See https://gov.pl/news?id=5&x=1.', 'See | https://gov.pl/news?id=5&x=1 | .'],
  ['url with balanced parentheses', '(see https://en.wikipedia.org/wiki/Foo_(bar))', '( | see | https://en.wikipedia.org/wiki/Foo_(bar) | )'],
  ['www address and bare domain', 'Visit www.nato.int or gov.pl/en today.', 'Visit | www.nato.int | or | gov.pl/en | today | .'],
  ['email', 'Write to press@mon.gov.pl.', 'Write | to | press@mon.gov.pl | .'],
  ['emoji, flag and joined emoji', 'We won 🎉🇵🇱 👩‍⚕️ ❤️!', 'We | won | 🎉 | 🇵🇱 | 👩‍⚕️ | ❤️ | !'],
  ['astral letters are word characters', 'The 𝒳 factor', 'The | 𝒳 | factor'],
  ['combining marks stay in the word', 'Cafe\u0301 Zu\u0308rich', 'Cafe\u0301 | Zu\u0308rich'],
  ['Cyrillic and Greek words', 'Министр сказал: «Нет». Αθήνα', 'Министр | сказал | : | « | Нет | » | . | Αθήνα'],
  ['no-break and thin spaces separate tokens', '1\u00a0200\u2009troops', '1 | 200 | troops'],
  ['hashtag and mention', '#StandWithUkraine @NATO', '# | StandWithUkraine | @ | NATO'],
  ['company suffixes', 'Acme Corp. and Smith & Co. Ltd.', 'Acme | Corp. | and | Smith | & | Co. | Ltd.'],
  ['ampersand inside a name', 'AT&T and R&D', 'AT&T | and | R&D'],
  ['CJK full stop', '首相は述べた。', '首相は述べた | 。'],
]

for (const [name, text, expected] of CASES) {
  test(`tokenize: ${name}`, () => {
    assert.equal(tokenize(text).map((t) => t.text).join(' | '), expected)
  })
}

test('tokenize marks abbreviations, kinds, line starts and spacing', () => {
  const tokens = tokenize('Dr. Lee, 1,200 km.\nSee https://x.org or a@b.eu ✓')
  assert.deepEqual(
    tokens.map((t) => [t.text, t.kind, t.abbr === true, t.spaceBefore, t.lineStart]),
    [
      ['Dr.', 'word', true, true, true],
      ['Lee', 'word', false, true, false],
      [',', 'punct', false, false, false],
      ['1,200', 'number', false, true, false],
      ['km', 'word', false, true, false],
      ['.', 'punct', false, false, false],
      ['See', 'word', false, true, true],
      ['https://x.org', 'url', false, true, false],
      ['or', 'word', false, true, false],
      ['a@b.eu', 'email', false, true, false],
      ['✓', 'symbol', false, true, false],
    ],
  )
})

test('tokenize treats CRLF, lone CR and Unicode line separators as line breaks', () => {
  const tokens = tokenize('One\r\nTwo\rThree\u2028Four')
  assert.deepEqual(tokens.map((t) => t.lineStart), [true, true, true, true])
})

test('tokenize keeps lone surrogates as one-unit symbols', () => {
  const text = 'a \ud800 b \udc00c'
  assert.deepEqual(tokenize(text).map((t) => [t.text, t.kind]), [['a', 'word'], ['\ud800', 'symbol'], ['b', 'word'], ['\udc00', 'symbol'], ['c', 'word']])
})

test('tokenize returns nothing for empty or blank text', () => {
  assert.deepEqual(tokenize(''), [])
  assert.deepEqual(tokenize(' \n\t\u00a0\r\n'), [])
})

test('tokenize keeps a very long word in one token', () => {
  const word = 'x'.repeat(100_000)
  const tokens = tokenize(`a ${word} b`)
  assert.equal(tokens.length, 3)
  assert.equal(tokens[1].text.length, 100_000)
})
