import assert from 'node:assert/strict'
import { test } from 'node:test'
import { splitParagraphs, splitSentences } from './sentences.ts'
import { tokenize } from './tokenize.ts'

function sentencesOf(text: string): string[] {
  return splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end))
}

/** Each case: input text, then the sentences a reader expects. */
const CASES: Array<[string, string, string[]]> = [
  ['two plain sentences', 'The ministry met. It agreed.', ['The ministry met.', 'It agreed.']],
  ['titles do not end sentences', 'Mr. Smith met Dr. Jones. They spoke.', ['Mr. Smith met Dr. Jones.', 'They spoke.']],
  ['"U.S." inside a sentence', 'U.S. officials met Gen. Lee in the U.S. embassy.', ['U.S. officials met Gen. Lee in the U.S. embassy.']],
  ['"U.S." at the end of a sentence', 'He lives in the U.S. He works there.', ['He lives in the U.S.', 'He works there.']],
  ['company suffix at the end', 'He works for Acme Inc. The firm grew.', ['He works for Acme Inc.', 'The firm grew.']],
  ['"No." and "Art." before numbers', 'See No. 10 and Art. 5 of the treaty. It is clear.', ['See No. 10 and Art. 5 of the treaty.', 'It is clear.']],
  ['"no." as an answer', 'They said no. The talks ended.', ['They said no.', 'The talks ended.']],
  ['a party and state in brackets', 'Rep. Elena Martinez (D-N.M.) and Tom Harlan (R-Ohio) spoke. It passed.', ['Rep. Elena Martinez (D-N.M.) and Tom Harlan (R-Ohio) spoke.', 'It passed.']],
  ['a missing space after a full stop still ends the sentence', 'He left.She stayed.', ['He left.', 'She stayed.']],
  ['month abbreviation', 'It was signed on Jan. 5, 2021. It took effect.', ['It was signed on Jan. 5, 2021.', 'It took effect.']],
  ['"e.g." before a lower-case word', 'Some, e.g. this one, remain. Others go.', ['Some, e.g. this one, remain.', 'Others go.']],
  ['initials', 'J. R. R. Tolkien wrote it. He said so.', ['J. R. R. Tolkien wrote it.', 'He said so.']],
  ['an initial ends a sentence before "It"', 'Take vitamin D. It helps.', ['Take vitamin D.', 'It helps.']],
  ['clock time at the end', 'It ended at 5 p.m. The hall emptied.', ['It ended at 5 p.m.', 'The hall emptied.']],
  ['decimals and thousands', 'Growth was 3.5 percent. About 1,200 left.', ['Growth was 3.5 percent.', 'About 1,200 left.']],
  ['closing quote belongs to the sentence before', '“He said ‘no’.” Then he left.', ['“He said ‘no’.”', 'Then he left.']],
  ['straight quote after the stop', 'He said "we will win." Then he left.', ['He said "we will win."', 'Then he left.']],
  ['question inside quotes before "she asked"', '"Why?" she asked. "Now!" he said.', ['"Why?" she asked.', '"Now!" he said.']],
  ['exclamation inside quotes before a name and "said"', '“Stop!” Smith said. The crowd left.', ['“Stop!” Smith said.', 'The crowd left.']],
  ['question inside quotes before "asked the minister"', '“Who pays?” asked the minister. Nobody answered.', ['“Who pays?” asked the minister.', 'Nobody answered.']],
  ['exclamation inside a sentence', 'He shouted "Stop!" and left. Later he returned.', ['He shouted "Stop!" and left.', 'Later he returned.']],
  ['a quotation over two sentences', 'He said: “We will fight. We will win.” Then he left.', ['He said: “We will fight.', 'We will win.”', 'Then he left.']],
  ['guillemets', '«Nous refusons.» Il est parti.', ['«Nous refusons.»', 'Il est parti.']],
  ['ellipsis before a lower-case word runs on', 'We waited… and waited. Then it came.', ['We waited… and waited.', 'Then it came.']],
  ['ellipsis before a capital ends', 'We waited... Nothing came.', ['We waited...', 'Nothing came.']],
  ['spaced ellipsis', 'Wait . . . what? It is done.', ['Wait . . . what?', 'It is done.']],
  ['question and exclamation runs', 'Really?! Yes!!! Fine.', ['Really?!', 'Yes!!!', 'Fine.']],
  ['parenthesised sentence', 'He spoke (briefly). (This is an aside.) Next.', ['He spoke (briefly).', '(This is an aside.)', 'Next.']],
  ['question in parentheses mid-sentence', 'The plan (why?) was dropped. It ended.', ['The plan (why?) was dropped.', 'It ended.']],
  ['URL and e-mail at sentence ends', 'See https://gov.pl/a.b?c=1. Mail press@gov.pl. Done.', ['See https://gov.pl/a.b?c=1.', 'Mail press@gov.pl.', 'Done.']],
  ['emoji and astral characters', 'We won 🎉🇵🇱 today. Next 𝒳 round.', ['We won 🎉🇵🇱 today.', 'Next 𝒳 round.']],
  ['headline without a full stop', 'Ministry Announces New Plan\nThe ministry announced a plan.', ['Ministry Announces New Plan', 'The ministry announced a plan.']],
  ['all-caps headline', 'MINISTRY ANNOUNCES NEW PLAN\n\nThe ministry announced a plan today.', ['MINISTRY ANNOUNCES NEW PLAN', 'The ministry announced a plan today.']],
  ['dateline with a date', 'WARSAW, 5 May 2021 — The ministry said it would act.', ['WARSAW, 5 May 2021 —', 'The ministry said it would act.']],
  ['dateline with an agency', 'KYIV, Ukraine (Reuters) - Forces shelled the city.', ['KYIV, Ukraine (Reuters) -', 'Forces shelled the city.']],
  ['dateline with a weekday', 'Brussels, Tuesday, 4 May – The Commission adopted it.', ['Brussels, Tuesday, 4 May –', 'The Commission adopted it.']],
  ['an aside in dashes is not a dateline', 'NATO — the alliance — said nothing.', ['NATO — the alliance — said nothing.']],
  ['bulleted list', 'We demand:\n- fair wages\n• safe work\n* free speech', ['We demand:', '- fair wages', '• safe work', '* free speech']],
  ['numbered list', 'Steps:\n1. Register today\n2. Vote on Sunday', ['Steps:', '1. Register today', '2. Vote on Sunday']],
  ['contact block lines', 'Contact:\nJan Kowalski\nPress Officer\ntel. +48 22 123 45 67\npress@gov.pl', ['Contact:', 'Jan Kowalski', 'Press Officer', 'tel. +48 22 123 45 67', 'press@gov.pl']],
  ['a contact block inside a paragraph keeps its lines apart', 'We will act.\n\nContact:\nPress Office\ntel. +48 22 123 45 67', ['We will act.', 'Contact:', 'Press Office', 'tel. +48 22 123 45 67']],
  ['a list after a colon inside a paragraph', 'Our demands are clear.\n\nWe demand:\n- fair wages,\n- safe work.', ['Our demands are clear.', 'We demand:', '- fair wages,', '- safe work.']],
  ['dateline with a wire service', 'SAN FRANCISCO, Oct. 24, 2023 /PRNewswire/ -- Acme Corp reported results.', ['SAN FRANCISCO, Oct. 24, 2023 /PRNewswire/ --', 'Acme Corp reported results.']],
  ['CRLF line endings and blank lines', 'Line one.\r\nLine two.\r\n\r\nParagraph two.', ['Line one.', 'Line two.', 'Paragraph two.']],
  ['lone CR line endings', 'Title\rThe text starts.\r\rNext paragraph.', ['Title', 'The text starts.', 'Next paragraph.']],
  [
    'hard-wrapped text joins its lines',
    'The minister of defence said that the new\nplan would be implemented by the end of\nthe year and that no soldier would be left\nbehind in the process of modernisation. It\nwill cost 1,200 million zloty in total.',
    [
      'The minister of defence said that the new\nplan would be implemented by the end of\nthe year and that no soldier would be left\nbehind in the process of modernisation.',
      'It\nwill cost 1,200 million zloty in total.',
    ],
  ],
  [
    'hard-wrapped text keeps an all-caps headline apart',
    'MINISTRY ANNOUNCES PLAN\nThe minister of defence said that the new\nplan would be implemented by the end of\nthe year and that no soldier would be left\nbehind in the process of modernisation.',
    ['MINISTRY ANNOUNCES PLAN', 'The minister of defence said that the new\nplan would be implemented by the end of\nthe year and that no soldier would be left\nbehind in the process of modernisation.'],
  ],
  ['a line ending in a comma continues', 'We call on all citizens,\nall workers and all students to join.', ['We call on all citizens,\nall workers and all students to join.']],
  ['no terminal punctuation at all', 'a phrase without end', ['a phrase without end']],
  ['lower-case word after a stop inside a sentence', 'Version 2.0 of the file.txt was sent.', ['Version 2.0 of the file.txt was sent.']],
  ['semicolon and colon do not end', 'It rose; it fell: it ended.', ['It rose; it fell: it ended.']],
  ['CJK full stops', '首相は述べた。会議は終わった。', ['首相は述べた。', '会議は終わった。']],
]

for (const [name, text, expected] of CASES) {
  test(`splitSentences: ${name}`, () => {
    assert.deepEqual(sentencesOf(text), expected)
  })
}

test('splitSentences gives token ranges that cover every token once, and paragraph indexes', () => {
  const text = 'Title\n\nFirst one. Second one.\n\nThird paragraph.'
  const tokens = tokenize(text)
  const sentences = splitSentences(text, tokens)
  assert.deepEqual(
    sentences.map((s) => [s.index, s.tokenStart, s.tokenEnd, s.paragraph]),
    [[0, 0, 1, 0], [1, 1, 4, 1], [2, 4, 7, 1], [3, 7, 10, 2]],
  )
})

test('splitSentences returns nothing for a text without tokens', () => {
  assert.deepEqual(splitSentences('  \n ', tokenize('  \n ')), [])
})

test('splitParagraphs splits at blank lines, or at every line when there are none', () => {
  const spans = (text: string) => splitParagraphs(text).map((p) => text.slice(p.start, p.end))
  assert.deepEqual(spans('  Title \n\n First line.\nSecond line. \n \t\n Last.  '), ['Title', 'First line.\nSecond line.', 'Last.'])
  assert.deepEqual(spans('One\nTwo\r\nThree'), ['One', 'Two', 'Three'])
  assert.deepEqual(spans(' \n\n '), [])
})

test('splitParagraphs finds paragraphs in hard-wrapped text by indentation and short last lines', () => {
  const text = [
    'The minister of defence said that the new',
    'plan would be implemented by the end of',
    'the year and that no soldier would be left',
    'behind in the process.',
    '    The opposition said the plan was late',
    'and that the ministry had ignored its own',
    'experts for the third year in a row.',
  ].join('\n')
  const paragraphs = splitParagraphs(text).map((p) => text.slice(p.start, p.end))
  assert.equal(paragraphs.length, 2)
  assert.ok(paragraphs[0].endsWith('behind in the process.'))
  assert.ok(paragraphs[1].startsWith('The opposition said'))
})
