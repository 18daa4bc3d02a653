import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { createAnalyzer } from '../../engine/engine.ts'
import type { Quote } from '../../report/schema.ts'
import quotesAnalyzer from './quotes.ts'
import { entitiesFor } from './test-support/fixed-entities.ts'
import { newsLikeTexts } from './test-support/news-text.ts'

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
  // a name in quotation marks, even after a verb that may report speech
  for (const text of ['The alliance concluded the "Amber Shield 2026" exercise in the north on Thursday.', 'Both armies concluded the joint exercise "Steppe-2026" on Monday.', 'The full report, "Ready When Needed", is published online.']) {
    test(text, () => assert.deepEqual(quotesOf(text).filter((q) => q.direct), []))
  }
  test('invalid: a title-case quotation closed by a comma before a reporting verb, or opened by a colon, is speech', () => {
    assert.deepEqual(quotesOf('"Never Again," said the minister.').map((q) => q.text), ['Never Again'])
    assert.deepEqual(quotesOf('The minister said: "Victory Is Near"').map((q) => q.text), ['Victory Is Near'])
  })
})

describe('a chant and the words of a document are quotes, however short, spoken by no one named', () => {
  const direct = (text: string) => quotesOf(text).filter((q) => q.direct).map(brief)
  test('chanting, shouting and banners reading', () => {
    assert.deepEqual(direct('Protesters marched towards Parliament chanting "Reject the bill". Some set fire to tyres.'), [['Reject the bill', null, true]])
    assert.deepEqual(direct('Hundreds gathered outside the court with banners reading “Free them all”.'), [['Free them all', null, true]])
  })
  test('a bill or a law that prescribes in quoted words', () => {
    assert.deepEqual(direct('The bill requires social media platforms to take "reasonable steps" to keep children off.'), [['reasonable steps', null, true]])
  })
  test('no speaker quoted before in the paragraph is carried over to a chant', () => {
    assert.deepEqual(direct('“We will not go home,” said Faith Wanjiru. The crowd then marched on, chanting "Reject the bill".'), [
      ['We will not go home', 'Faith Wanjiru', true],
      ['Reject the bill', null, true],
    ])
  })
  test('rightly kept out: the same short words as a title, or after a subject that is no document', () => {
    assert.deepEqual(direct('The campaign, titled "Reject the bill", ran for a month.'), [])
    assert.deepEqual(direct('Platforms will take "reasonable steps" to keep children off.'), [])
  })
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
  test("the organisation's press service speaks for the organisation named before", () => {
    const [q] = quotes('The SCO ended its drills in Russia on Monday, the organisation’s press service said.')
    assert.deepEqual([q.text, q.speaker], ['The SCO ended its drills in Russia on Monday', { name: 'Shanghai Cooperation Organisation', entity: 'e2', role: 'press service' }])
    // a collective noun stands for the organisation named before, whatever its name's words
    assert.equal(quotes('The SCO ended its drills on Monday, the bloc’s spokesperson said.')[0].speaker?.entity, 'e2')
  })
  test('"according to its own figures": the figures of the organisation named before', () => {
    const [q] = quotes('The SCO ended its drills in Russia on Monday. According to its own figures, 1,200 troops took part.').filter((x) => x.text.includes('1,200'))
    assert.deepEqual(q.speaker, { name: 'Shanghai Cooperation Organisation', entity: 'e2', role: null })
  })
  test('what a parliament adopts reports speech: "The text, adopted with 444 votes in favour, says that …"', () => {
    const found = quotesOf('Parliament adopted a resolution on Thursday. The text, adopted with 444 votes in favour, says that the elections were not free.').map(brief)
    assert.deepEqual(found, [['the elections were not free', 'text', false]])
  })
  test('invalid: a text message is no speaker', () => {
    assert.deepEqual(quotesOf('She read the text on her phone and smiled.'), [])
  })
  test('"the report finds": the report of the body quoted last', () => {
    const [q] = quotes('The SCO said on Monday that its drills were over. The report finds that 1,200 troops took part.').filter((x) => x.text.includes('1,200'))
    assert.equal(q.speaker?.entity, 'e2')
  })
  test('words quoted inside reported speech are the reporter\'s speaker\'s', () => {
    const found = quotesOf('According to General Tomas Rivera, the troops "will remain as long as necessary".').map(brief)
    assert.deepEqual(found, [['the troops "will remain as long as necessary"', 'Tomas Rivera', false], ['will remain as long as necessary', 'Tomas Rivera', true]])
  })
  test('invalid: a quotation after the reported speech, with no cue of its own, is not taken into it', () => {
    const found = quotesOf('According to General Tomas Rivera, the troops will stay. Critics called it "a blunder".').map(brief)
    assert.deepEqual(found.find((q) => q[0] === 'a blunder')?.[1] ?? null, null)
  })
  test('invalid: "their backers argue" is no record of an organisation', () => {
    const [q] = quotes('The SCO ended its drills in Russia on Monday. Their backers argue that the drills were a success.')
    assert.equal(q.speaker?.entity ?? null, null)
  })
  test("invalid: an owner that no organisation named before fits keeps the phrase's own words", () => {
    assert.deepEqual(quotes('The SCO ended its drills on Monday, the company’s spokesperson said.')[0].speaker, { name: 'company’s spokesperson', entity: null, role: null })
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

describe('parliamentary and defence releases: roles, affiliations and groups', () => {
  const people = createAnalyzer({
    analyzers: [
      quotesAnalyzer,
      entitiesFor([
        ['p1', 'person', 'Lukas Berger'],
        ['p2', 'person', 'Elif Kaya'],
        ['p3', 'person', 'Marek Nowak'],
        ['p4', 'person', 'Ana Sousa'],
        ['p5', 'person', 'Piet de Vries'],
        ['p6', 'person', 'Laura Kim'],
        ['p7', 'person', 'Olav Dahl'],
        ['p8', 'person', 'Ines Moreau'],
        ['p9', 'person', 'Tarek Haddad'],
        ['p10', 'person', 'Rui Almeida'],
        ['p11', 'person', 'Hugo Lenz'],
        ['o1', 'organization', 'Armed Forces Ministry'],
      ]),
    ],
  })
  const quotes = (text: string) => people.analyze({ text, language: 'en' }).quotes
  const said = (text: string) => quotes(text).map((q) => [q.text, q.direct, q.speaker?.name ?? null, q.speaker?.role ?? null])

  describe('a lower-case role before or beside the name, an affiliation in brackets after it', () => {
    test('"said ROLE NAME (PARTY, COUNTRY)" after the quote', () => {
      assert.deepEqual(said('“The junta must free every political prisoner,” said rapporteur Lukas Berger (Renew, AT) after the debate.'), [
        ['The junta must free every political prisoner', true, 'Lukas Berger', 'rapporteur'],
      ])
    })
    test('"said ROLE NAME" without brackets, and without an entity for the name', () => {
      assert.deepEqual(said('“The drills are defensive,” said spokesman Jonas Petraitis.'), [['The drills are defensive', true, 'Jonas Petraitis', 'spokesman']])
    })
    test('"said the committee\'s rapporteur, NAME" and "said NAME, rapporteur for X,"', () => {
      assert.deepEqual(said('“We kept our promise,” said the committee’s rapporteur, Elif Kaya.'), [['We kept our promise', true, 'Elif Kaya', 'committee’s rapporteur']])
      assert.deepEqual(said('“Fishers get a fair deal,” said Marek Nowak, rapporteur for the fisheries file, after the vote.'), [
        ['Fishers get a fair deal', true, 'Marek Nowak', 'rapporteur for the fisheries file'],
      ])
    })
    test('a name after an organisation\'s role speaks even without an entity: "said Parliament\'s rapporteur NAME"', () => {
      const parliament = createAnalyzer({ analyzers: [quotesAnalyzer, entitiesFor([['o2', 'organization', 'Parliament']])] })
      const [q] = parliament.analyze({ text: '“The funds must flow,” said Parliament’s rapporteur Tomasz Wrona.', language: 'en' }).quotes
      assert.deepEqual(q.speaker, { name: 'Tomasz Wrona', entity: null, role: 'Parliament’s rapporteur' })
      const [unnamed] = parliament.analyze({ text: '“The funds must flow,” said Parliament’s rapporteur.', language: 'en' }).quotes
      assert.deepEqual(unnamed.speaker, { name: 'Parliament', entity: 'o2', role: 'rapporteur' })
    })
    test('"NAME (PARTY, COUNTRY), ROLE, said" reports speech', () => {
      assert.deepEqual(said('Ana Sousa (S&D, PT), rapporteur, said the agreement was balanced.'), [['the agreement was balanced', false, 'Ana Sousa', 'rapporteur']])
    })
    test('"ROLE of X, NAME (PARTY, COUNTRY), added that …": the clause and the words quoted in it', () => {
      assert.deepEqual(said('The chair of the Committee on Foreign Affairs, Piet de Vries (EPP, NL), added that the Parliament would “never accept a frozen conflict”.'), [
        ['the Parliament would “never accept a frozen conflict”', false, 'Piet de Vries', 'chair of the Committee on Foreign Affairs'],
        ['never accept a frozen conflict', true, 'Piet de Vries', 'chair of the Committee on Foreign Affairs'],
      ])
    })
    test('a party and state in brackets after a title and name', () => {
      assert.deepEqual(said('Sen. Laura Kim (D-Ore.) said the bill would pass.'), [['the bill would pass', false, 'Laura Kim', 'Sen.']])
    })
    test('the same construction gives the same result whichever party and country', () => {
      const a = said('Ana Sousa (ECR, PL), rapporteur, said the agreement was balanced.')
      const b = said('Ana Sousa (The Left, FR), rapporteur, said the agreement was balanced.')
      assert.deepEqual(a, b)
    })
    test('rightly not found: a bracket of lower-case words is no affiliation, and an organ without a clause reports nothing', () => {
      assert.deepEqual(said('Ana Sousa (who chairs the group) praised the vote.'), [])
      assert.deepEqual(said('The rapporteur, Elif Kaya, condemned the strikes.'), [])
    })
  })

  describe('defence releases', () => {
    test('a post between commas says more than the rank before the name', () => {
      assert.deepEqual(said('Maj. Gen. Olav Dahl, commander of the Northern Brigade, said on Wednesday that the exercise had ended.'), [
        ['the exercise had ended', false, 'Olav Dahl', 'commander of the Northern Brigade'],
      ])
    })
    test('"According to NAME, a spokesperson for X, …" reports the clause after the role', () => {
      const [q] = quotes('According to Ines Moreau, a spokesperson for the Armed Forces Ministry, the convoy will leave on Friday.')
      assert.deepEqual([q.text, q.speaker], ['the convoy will leave on Friday', { name: 'Ines Moreau', entity: 'p8', role: 'spokesperson for the Armed Forces Ministry' }])
    })
    test('"According to the X\'s spokesman, NAME, …"', () => {
      assert.deepEqual(said('According to the navy’s spokesman, Tarek Haddad, the frigate returned to port.'), [['the frigate returned to port', false, 'Tarek Haddad', 'navy’s spokesman']])
    })
    test('rightly unchanged: "according to X, the Y …" keeps the whole clause', () => {
      assert.deepEqual(said('According to Ines Moreau, the troops were tired and the convoy will leave on Friday.'), [
        ['the troops were tired and the convoy will leave on Friday', false, 'Ines Moreau', null],
      ])
    })
  })

  describe('"he said" after a sentence that introduces someone', () => {
    test('a person introduced by title and name in the sentence before speaks, not the one quoted before', () => {
      const text = '“Supplies are arriving,” Hugo Lenz said.\n\nChief of Defence Gen. Rui Almeida toured the airbase on Thursday. “The crews are ready,” he said.'
      assert.deepEqual(said(text).map((q) => q.slice(2)), [['Hugo Lenz', null], ['Rui Almeida', 'Chief of Defence']])
    })
    test('a role, then the person between commas: "The Minister of Trade, NAME, visited …"', () => {
      const text = 'Hugo Lenz said such flights were routine. The Minister of Trade, Ines Moreau, visited the base. She said exports would grow.'
      assert.deepEqual(said(text).map((q) => q.slice(2)), [['Hugo Lenz', null], ['Ines Moreau', 'Minister of Trade']])
      const possessive = '“Supplies are arriving,” Hugo Lenz said. Estonia’s foreign minister, Rui Almeida, welcomed the decision. “Every drone counts,” he wrote.'
      assert.deepEqual(said(possessive).map((q) => q.slice(2)), [['Hugo Lenz', null], ['Rui Almeida', 'Estonia’s foreign minister']])
    })
    test('rightly kept: a sentence that opens with a role and no person between commas', () => {
      const text = '“Supplies are arriving,” Hugo Lenz said. The foreign minister, in a letter, welcomed the decision. “Every drone counts,” he wrote.'
      assert.deepEqual(said(text).map((q) => q[2]), ['Hugo Lenz', 'Hugo Lenz'])
    })
    test('rightly kept: the sentence before opens with a pronoun, or quotes someone itself', () => {
      assert.deepEqual(said('“We are ready,” Hugo Lenz said. He met Rui Almeida on Monday. “It went well,” he said.').map((q) => q[2]), ['Hugo Lenz', 'Hugo Lenz'])
      assert.deepEqual(said('Rui Almeida had no part in the deal, his lawyer Hugo Lenz said. “He is innocent,” he said.').map((q) => q[2]), ['Hugo Lenz', 'Hugo Lenz'])
    })
  })

  describe('groups of people', () => {
    test('a plural speaker names the group, and a later "he said" does not speak for it', () => {
      assert.deepEqual(said('Delegates say that the ceasefire is holding. The ministers stressed that the sanctions would stay. “We will not waver,” he said.'), [
        ['the ceasefire is holding', false, 'delegates', null],
        ['the sanctions would stay', false, 'ministers', null],
        ['We will not waver', true, null, null],
      ])
    })
    test('resolutions: "MEPs note that …", "They stress that …"', () => {
      assert.deepEqual(said('MEPs note that the election was not free. They also stress that the vote must be repeated.').map((q) => q.slice(0, 3)), [
        ['the election was not free', false, 'MEPs'],
        ['the vote must be repeated', false, 'MEPs'],
      ])
    })
    test('rightly not found: speech acts without a content clause, imperatives and the noun "note"', () => {
      assert.deepEqual(said('Lawmakers condemn the strike. They call on the government to act. Take note that the office is closed. Please note that the office is closed.'), [])
      assert.deepEqual(said('A diplomatic note that arrived on Monday was rejected.'), [])
    })
  })
})

describe('roles: the post a person holds, kept over later mentions', () => {
  const people = createAnalyzer({
    analyzers: [
      quotesAnalyzer,
      entitiesFor([
        ['p1', 'person', 'Aino Virtala', ['Virtala']],
        ['p2', 'person', 'Tomas Brandt', ['Brandt']],
        ['p3', 'person', 'Mira Kovač'],
        ['p4', 'person', 'Jana Holt'],
        ['p5', 'person', 'Henrik Sallberg'],
        ['p6', 'person', 'Pavel Dorn'],
        ['p7', 'person', 'Rui Almeida'],
        ['o1', 'organization', 'Council of Northern States'],
      ]),
    ],
  })
  const roles = (text: string) => people.analyze({ text, language: 'en' }).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.role ?? null])

  describe('a later mention keeps the fullest role given before', () => {
    test('a surname after the title and name', () => {
      assert.deepEqual(roles('Finnish Prime Minister Aino Virtala had threatened to block the deal. “We remain opposed to it,” Virtala said.'), [
        ['We remain opposed to it', 'Aino Virtala', 'Finnish Prime Minister'],
      ])
    })
    test('an honorific is no role: "Mr Brandt said" after "Defence Minister Tomas Brandt"', () => {
      assert.deepEqual(roles('Defence Minister Tomas Brandt visited the troops on Tuesday. Mr Brandt said: “Our support is firm.”'), [
        ['Our support is firm.', 'Tomas Brandt', 'Defence Minister'],
      ])
    })
    test('a role between commas before the name', () => {
      assert.deepEqual(roles('The Minister of Trade, Aino Virtala, opened the fair. “Exports are up,” Virtala said.'), [['Exports are up', 'Aino Virtala', 'Minister of Trade']])
    })
    test('rightly none: an honorific with no role before it, and a role the quote gives itself is kept', () => {
      assert.deepEqual(roles('Mr Brandt said: “Our support is firm.”'), [['Our support is firm.', 'Tomas Brandt', null]])
      assert.deepEqual(roles('Defence Minister Tomas Brandt visited the troops. Deputy leader Brandt said: “Our support is firm.”'), [
        ['Our support is firm.', 'Tomas Brandt', 'Deputy leader'],
      ])
    })
  })

  describe('a description between a comma and the end of the sentence', () => {
    test('"said NAME, a 41-year-old nurse from …"', () => {
      assert.deepEqual(roles('“They will not poison our wells,” said Mira Kovač, a 41-year-old nurse from the village of Dolina.'), [
        ['They will not poison our wells', 'Mira Kovač', '41-year-old nurse from the village of Dolina'],
      ])
    })
    test('a post with a list: "the assistant secretary of the Navy for research, development and acquisition"', () => {
      assert.deepEqual(roles('“The award restores our stocks,” said Pavel Dorn, the assistant secretary of the Navy for research, development and acquisition.'), [
        ['The award restores our stocks', 'Pavel Dorn', 'assistant secretary of the Navy for research, development and acquisition'],
      ])
    })
    test('rightly unchanged: what follows a post is no part of it', () => {
      assert.deepEqual(roles('“The award restores our stocks,” said Pavel Dorn, the assistant secretary of the Navy, on Monday in Kiel.'), [
        ['The award restores our stocks', 'Pavel Dorn', 'assistant secretary of the Navy'],
      ])
    })
  })

  describe('the post, not the rank or the last word only', () => {
    test('a rank after the post is left out', () => {
      assert.deepEqual(roles('Air Command spokesperson Lieutenant Colonel Jana Holt said such flights were routine.'), [['such flights were routine', 'Jana Holt', 'Air Command spokesperson']])
      assert.deepEqual(roles('Chief of Staff Gen. Rui Almeida said the drills had ended.'), [['the drills had ended', 'Rui Almeida', 'Chief of Staff']])
    })
    test('a rank alone is no role', () => {
      assert.deepEqual(roles('Lt. Gen. Rui Almeida said the drills had ended.'), [['the drills had ended', 'Rui Almeida', null]])
    })
    test('lower-case words before the title belong to it: "EU foreign policy chief NAME"', () => {
      assert.deepEqual(roles('EU foreign policy chief Henrik Sallberg said Brussels was concerned by the reports.'), [['Brussels was concerned by the reports', 'Henrik Sallberg', 'EU foreign policy chief']])
    })
    test('"observers from X said": the observers, without the preposition', () => {
      assert.deepEqual(roles('Election observers from the Council of Northern States said on Sunday that the vote was marred by pressure.'), [
        ['the vote was marred by pressure', 'Council of Northern States', 'Election observers'],
      ])
    })
  })
})
