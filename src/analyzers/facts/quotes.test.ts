import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { createAnalyzer } from '../../engine/engine.ts'
import { defineAnalyzer } from '../../engine/types.ts'
import type { Entity, EntityType, Quote } from '../../report/schema.ts'
import quotesAnalyzer from './quotes.ts'
import { newsLikeTexts } from './test-support/news-text.ts'

/** Entities for the tests: every occurrence of each listed name is a mention. */
function entitiesFor(list: [id: string, type: EntityType, name: string, aliases?: string[]][]) {
  return defineAnalyzer({
    id: 'test/entities',
    description: 'fixed entities',
    needs: [],
    produces: 'entities',
    run(ctx): Entity[] {
      return list.flatMap(([id, type, name, aliases = []]) => {
        const mentions = [name, ...aliases].flatMap((n) => [...ctx.text.matchAll(new RegExp(`\\b${n}\\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + n.length, text: n })))
        return mentions.length ? [{ id, type, name, aliases, kb: null, mentions }] : []
      })
    },
  })
}

const plain = createAnalyzer({ analyzers: [quotesAnalyzer] })
const quotesOf = (text: string, issuer: string | null = null) => plain.analyze({ text, issuer, language: 'en' }).quotes
const who = (q: Quote) => q.speaker?.name ?? null
const brief = (q: Quote) => [q.text, who(q), q.direct]

test('the analyzer declares what it reads and produces', () => {
  assert.equal(quotesAnalyzer.id, 'facts/quotes')
  assert.equal(quotesAnalyzer.produces, 'quotes')
  assert.ok(quotesAnalyzer.needs.includes('entities'))
})

describe('every common quote style; the span is the text inside the marks', () => {
  const cases: [string, string][] = [
    ['“We will not back down,” Lavrov said.', 'curly double'],
    ['"We will not back down," Lavrov said.', 'straight double'],
    ['‘We will not back down,’ Lavrov said.', 'curly single as main marks'],
    ["'We will not back down,' Lavrov said.", 'straight single as main marks'],
    ['«We will not back down», Lavrov said.', 'guillemets'],
    ['« We will not back down », Lavrov said.', 'guillemets with French spacing'],
    ['„We will not back down“, Lavrov said.', 'German low-high'],
  ]
  for (const [text, style] of cases) {
    test(style, () => {
      const [q] = quotesOf(text)
      assert.deepEqual(brief(q), ['We will not back down', 'Lavrov', true])
      assert.equal(text.slice(q.start, q.end), q.text)
    })
  }
})

describe('apostrophes are not quote marks', () => {
  test('contractions, possessives and decades', () => {
    assert.deepEqual(quotesOf('Russia’s army doesn’t accept the allies’ view of the ’90s, as the minister’s aides say.').filter((q) => q.direct), [])
  })
  test('a plural possessive inside single quotes does not close them', () => {
    assert.deepEqual(quotesOf('‘We respect our allies’ position and their concerns,’ the minister said.').map((q) => q.text), ['We respect our allies’ position and their concerns'])
  })
  test('nested quotes stay inside the outer quote', () => {
    assert.deepEqual(quotesOf('“They told us ‘no’ three times,” Lavrov said.').map((q) => q.text), ['They told us ‘no’ three times'])
  })
})

describe('quotes over several sentences and paragraphs', () => {
  test('several sentences inside one pair of marks', () => {
    assert.deepEqual(quotesOf('“We are ready. We have trained for months. Nobody should doubt it,” the general said.').map(brief), [
      ['We are ready. We have trained for months. Nobody should doubt it', 'general', true],
    ])
  })
  test('a quote running on into the next paragraph keeps its speaker in every part', () => {
    const text = 'Defence Minister Anna Kowalska said the drills were over.\n\n“We trained for weeks.\n\n“We are ready,” Kowalska said.'
    assert.deepEqual(quotesOf(text).map(brief), [
      ['the drills were over', 'Anna Kowalska', false],
      ['We trained for weeks.', 'Anna Kowalska', true],
      ['We are ready', 'Anna Kowalska', true],
    ])
  })
})

describe('attribution', () => {
  const explicit: [string, string, string][] = [
    ['“The drills are over,” Lavrov said.', 'Lavrov', 'said'],
    ['“The drills are over,” said Lavrov.', 'Lavrov', 'said'],
    ['“The drills are over,” Lavrov says.', 'Lavrov', 'says'],
    ['“The drills are over,” according to Lavrov.', 'Lavrov', 'according to'],
    ['Lavrov told reporters: “The drills are over.”', 'Lavrov', 'told'],
    ['Lavrov added: “The drills are over.”', 'Lavrov', 'added'],
    ['Lavrov stressed, “The drills are over.”', 'Lavrov', 'stressed'],
    ['Lavrov noted in a statement: “The drills are over.”', 'Lavrov', 'noted'],
    ['Lavrov wrote on social media: “The drills are over.”', 'Lavrov', 'wrote'],
    ['Zhang Ming stated when talking about the summit: ‘The drills are over.’', 'Zhang Ming', 'stated'],
  ]
  for (const [text, name, cue] of explicit) {
    test(text, () => {
      const [q] = quotesOf(text)
      assert.equal(who(q), name)
      assert.equal(q.cue, cue)
    })
  }
  test('title and name are told apart', () => {
    const [q] = quotesOf('The Secretary-General of the SCO Zhang Ming stated: “The exercise shows our unity.”')
    assert.deepEqual(q.speaker, { name: 'Zhang Ming', entity: null, role: 'Secretary-General of the SCO' })
  })
  test('a role in an appositive', () => {
    const [q] = quotesOf('“No deal,” said Ursula von der Leyen, the Commission’s president.')
    assert.deepEqual(q.speaker, { name: 'Ursula von der Leyen', entity: null, role: 'Commission’s president' })
  })
  test('a pronoun speaker is the most recent person quoted before', () => {
    const text = 'Foreign Minister Sergei Lavrov said: “We are ready.” The talks went on. “We will not leave,” he added.'
    assert.deepEqual(quotesOf(text).map((q) => [q.text, q.speaker]), [
      ['We are ready.', { name: 'Sergei Lavrov', entity: null, role: 'Foreign Minister' }],
      ['We will not leave', { name: 'Sergei Lavrov', entity: null, role: 'Foreign Minister' }],
    ])
  })
  test('an interrupted quote has one speaker', () => {
    assert.deepEqual(quotesOf('“We will fight,” Lavrov said, “and we will win.”').map(brief), [
      ['We will fight', 'Lavrov', true],
      ['and we will win.', 'Lavrov', true],
    ])
  })
  test('"X also added" and a following quote paragraph continue the same speaker', () => {
    const text = 'The Secretary-General of the SCO Zhang Ming stated: ‘The exercise shows our unity.’ He also added, ‘It is aimed at no one.’\n\n‘We will meet again next year.’'
    assert.deepEqual(quotesOf(text).map(who), ['Zhang Ming', 'Zhang Ming', 'Zhang Ming'])
  })
  test('"X said:" at the end of a paragraph introduces the quotation that opens the next', () => {
    const text = 'Party leader Joan Marsh said:\n\n“We will win this seat.\n\n“We have the best candidates.”'
    assert.deepEqual(quotesOf(text).map(brief), [
      ['We will win this seat.', 'Joan Marsh', true],
      ['We have the best candidates.', 'Joan Marsh', true],
    ])
  })
  test('a quote with no attributable speaker has speaker null', () => {
    assert.deepEqual(quotesOf('The statement ended there. “Peace is the only way forward for all of us.”').map(brief), [['Peace is the only way forward for all of us.', null, true]])
  })
  test('"we" in a press release is its issuer', () => {
    assert.equal(who(quotesOf('“Our forces are ready to respond,” we said.', 'Ministry of Defence')[0]), 'Ministry of Defence')
  })
})

describe('scare quotes are not quotes', () => {
  for (const text of ['The so-called ‘peacekeepers’ arrived at dawn.', 'They called it a “special operation” in every statement.', 'The “Peace Through Strength Initiative” was launched.']) {
    test(text, () => assert.deepEqual(quotesOf(text).filter((q) => q.direct), []))
  }
})

describe('reported speech', () => {
  const cases: [string, string, string | null, string][] = [
    ['Lavrov claimed that the drills were defensive.', 'the drills were defensive', 'Lavrov', 'claimed'],
    ['The ministry said that 1,200 troops had arrived.', '1,200 troops had arrived', 'ministry', 'said'],
    ['The ministry said on Tuesday that the troops had left.', 'the troops had left', 'ministry', 'said'],
    ['According to the UN, 40 people died.', '40 people died', 'UN', 'according to'],
    ['Forty people died, according to the UN.', 'Forty people died', 'UN', 'according to'],
  ]
  for (const [text, clause, name, cue] of cases) {
    test(text, () => {
      const [q] = quotesOf(text)
      assert.deepEqual([q.text, who(q), q.direct, q.cue], [clause, name, false, cue])
    })
  }
  test('"as they had announced" reports the main clause', () => {
    const text = 'The alliance said its ships would leave. The ships left on Friday, as they had announced.'
    const last = quotesOf(text).at(-1)!
    assert.deepEqual([last.text, last.cue, last.direct], ['The ships left on Friday', 'announced', false])
  })
  test('"accused X of …" has no content clause, so it reports no speech', () => {
    assert.deepEqual(quotesOf('Kyiv accused Moscow of shelling the plant.'), [])
  })
  test('a passive "it was said that" reports speech without a speaker; an infinitive reports none', () => {
    assert.deepEqual(quotesOf('It was said that the war had ended. He refused to say that it had.').map(brief), [['the war had ended', null, false]])
  })
})

describe('speakers link to entities', () => {
  const linked = createAnalyzer({
    analyzers: [
      quotesAnalyzer,
      entitiesFor([
        ['e1', 'person', 'Sergei Lavrov'],
        ['e2', 'organization', 'Shanghai Cooperation Organisation', ['SCO']],
        ['e3', 'person', 'Zhang Ming'],
        ['e4', 'location', 'Russia'],
      ]),
    ],
  })
  const quotes = (text: string) => linked.analyze({ text, language: 'en' }).quotes
  test('by mention overlap, with the role the text gives', () => {
    assert.deepEqual(quotes('The Secretary-General of the SCO Zhang Ming stated: “The exercise shows our unity.”')[0].speaker, {
      name: 'Zhang Ming', entity: 'e3', role: 'Secretary-General of the SCO',
    })
  })
  test('by surname', () => {
    assert.deepEqual(quotes('Sergei Lavrov arrived. “We are ready,” Lavrov said.')[0].speaker, { name: 'Sergei Lavrov', entity: 'e1', role: null })
  })
  test('an organisation speaking through a role', () => {
    assert.deepEqual(quotes('“Drills are routine,” a spokesperson for the SCO said.')[0].speaker, { name: 'Shanghai Cooperation Organisation', entity: 'e2', role: 'spokesperson' })
  })
  test('an organisation found in pieces is named by the whole phrase', () => {
    const pieces = createAnalyzer({ analyzers: [quotesAnalyzer, entitiesFor([['e7', 'organization', 'Kyrgyz Ministry'], ['e8', 'organization', 'Defence']])] })
    const [q] = pieces.analyze({ text: 'According to the Kyrgyz Ministry of Defence, the drills ended.', language: 'en' }).quotes
    assert.deepEqual([q.text, q.speaker], ['the drills ended', { name: 'Kyrgyz Ministry of Defence', entity: 'e7', role: null }])
  })
  test('a country speaking as its government', () => {
    assert.deepEqual(quotes('Russia said that the drills were over.')[0].speaker, { name: 'Russia', entity: 'e4', role: null })
  })
})

test('quotes come out in text order, each text the slice it points at, with a confidence', () => {
  const text = '“We are ready,” Lavrov said. NATO said that it would respond. “It is a test,” he added.'
  const found = quotesOf(text)
  assert.deepEqual(found.map((q) => q.text), ['We are ready', 'it would respond', 'It is a test'])
  for (const q of found) {
    assert.equal(text.slice(q.start, q.end), q.text)
    assert.ok(q.confidence! > 0 && q.confidence! <= 1)
  }
  assert.equal(who(found[2]), 'Lavrov')
})

describe('on any text', () => {
  const texts = newsLikeTexts
  const analyzer = createAnalyzer({ analyzers: [quotesAnalyzer] })
  test('findings stay inside the text, equal their slice, and nothing is dropped or thrown', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const report = analyzer.analyze({ text, language: 'en', published: '2021-05-12' })
        assert.deepEqual(report.problems, [])
        const found = report.quotes
        for (const f of found) assert.equal(text.slice(f.start, f.end), f.text)
        for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].start, 'quotes are in text order')
      }),
      { numRuns: 300 },
    )
  })
})
