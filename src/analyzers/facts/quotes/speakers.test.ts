import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createAnalyzer } from '../../../engine/engine.ts'
import quotesAnalyzer from '../quotes.ts'
import { entitiesFor } from '../test-support/fixed-entities.ts'

const people = createAnalyzer({
  analyzers: [
    quotesAnalyzer,
    entitiesFor([
      ['p1', 'person', 'Jonas Feldmann', ['Feldmann']],
      ['p2', 'person', 'Miriam Kohl', ['Kohl']],
      ['p3', 'person', 'Andrew Kettle', ['Kettle']],
      ['p4', 'person', 'Hendra Wibowo', ['Wibowo']],
      ['p5', 'person', 'Emily Carter', ['Carter']],
      ['p6', 'person', 'Simon Fraser', ['Fraser']],
      ['p7', 'person', 'Kadri Leppik', ['Leppik']],
      ['p8', 'person', 'Darius Vaitkus', ['Vaitkus']],
      ['p9', 'person', 'Rustam Nazarov', ['Nazarov']],
      ['p10', 'person', 'Viktor Khrenin', ['Khrenin']],
      ['o1', 'organization', 'Greens'],
      ['o2', 'organization', 'Defence Committee'],
      ['p11', 'person', 'Margaret Doyle'],
      ['o3', 'organization', 'Defence Ministry'],
      ['o4', 'organization', 'European Commission', ['Commission']],
      ['o5', 'organization', 'AfD parliamentary group'],
      ['l1', 'location', 'Beijing'],
      ['p12', 'person', 'Donald Tusk', ['Tusk']],
    ]),
  ],
})
/** [quoted words, speaker, role] of each quote. */
const said = (text: string) => people.analyze({ text, language: 'en' }).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.role ?? null])
const speakers = (text: string) => said(text).map((q) => q[1])

describe('"he said" and "she said" after someone new is named', () => {
  test('a rank between the comma and the name: "The Chief of Army, Lieutenant General NAME, attended …"', () => {
    const text = '“The landings went well,” Emily Carter said.\n\nThe Chief of Army, Lieutenant General Simon Fraser, attended the final assault on Saturday. “Our soldiers can operate anywhere,” he said.'
    assert.deepEqual(said(text).map((q) => q.slice(1)), [['Emily Carter', null], ['Simon Fraser', 'Chief of Army']])
  })
  test('a role without an article before the comma: "Commander of the task force, Brigadier General NAME, …"', () => {
    const text = 'Andrew Kettle said the exercise showed the strength of the partnership. Commander of the Indonesian task force, Brigadier General Hendra Wibowo, thanked Australia. He said 300 marines had been trained.'
    assert.deepEqual(speakers(text), ['Andrew Kettle', 'Hendra Wibowo'])
  })
  test('a possessive in the role: "The Greens’ spokesperson, NAME, disagreed"', () => {
    const text = 'Defence Minister Jonas Feldmann rejected the demand. He told reporters that a vote was not required. The Greens\' spokesperson, Miriam Kohl, disagreed with him. She said the Bundestag had the right to decide.'
    assert.deepEqual(speakers(text), ['Jonas Feldmann', 'Miriam Kohl'])
  })
  test('"she" does not go to a man the text has called "he": the last person named before speaks', () => {
    const text = 'Jonas Feldmann rejected the demand. He told reporters that a vote was not required. The Greens disagreed with him, and so did Miriam Kohl. She said the Bundestag had the right to decide.'
    assert.deepEqual(speakers(text), ['Jonas Feldmann', 'Miriam Kohl'])
    const honorific = 'Mr Feldmann said a vote was not required. The Greens disagreed with him, and so did Miriam Kohl. She said the Bundestag had the right to decide.'
    assert.deepEqual(speakers(honorific), ['Jonas Feldmann', 'Miriam Kohl'])
  })
  test('"he" does not go to a woman the sentence before opens with: the man quoted before speaks', () => {
    const text = 'Jonas Feldmann said a vote was not required. Ms Kohl disagreed on Friday. In a radio interview, he said the systems came from existing stocks.'
    assert.deepEqual(speakers(text), ['Jonas Feldmann', 'Jonas Feldmann'])
    const spokeswoman = 'Jonas Feldmann said a vote was not required. Miriam Kohl, the Greens spokeswoman, disagreed on Friday. In a radio interview, he said the systems came from existing stocks.'
    assert.deepEqual(speakers(spokeswoman), ['Jonas Feldmann', 'Jonas Feldmann'])
  })
  test('rightly kept: when nothing tells the gender, the person quoted last keeps the pronoun', () => {
    const text = 'Jonas Feldmann said a vote was not required. The Greens disagreed with him, and so did Miriam Kohl. She said the Bundestag had the right to decide.'
    assert.deepEqual(speakers(text), ['Jonas Feldmann', 'Jonas Feldmann'])
  })
  test('rightly kept: the sentence before introduces a woman, and "she" speaks for her', () => {
    const text = 'Mr Feldmann said a vote was not required. Ms Kohl disagreed on Friday. In a radio interview, she said the Bundestag had the right to decide.'
    assert.deepEqual(speakers(text), ['Jonas Feldmann', 'Miriam Kohl'])
  })
})

describe('"the ambassador said" after the holder of that post was named', () => {
  test('a post named with its holder between commas, who was not quoted before', () => {
    const text = 'The Committee took evidence from ministers and the Estonian Ambassador, Kadri Leppik. The Ambassador said her country was grateful for British support.'
    assert.deepEqual(said(text), [['her country was grateful for British support', 'Kadri Leppik', 'Estonian Ambassador']])
  })
  test('"the minister said" after "The Minister of National Defence, NAME, visited …" and another sentence', () => {
    const text = 'The Lithuanian Minister of National Defence, Darius Vaitkus, visited the troops on Thursday. He praised their professionalism. “We are grateful to every ally who came,” the minister said.'
    assert.deepEqual(said(text), [['We are grateful to every ally who came', 'Darius Vaitkus', 'Lithuanian Minister of National Defence']])
  })
  test('rightly unlinked: no one named holds the post, or the holder was named for another post', () => {
    assert.deepEqual(said('Rustam Nazarov met the Russian ambassador on Friday. The Ambassador said Moscow would send more instructors.'), [
      ['Moscow would send more instructors', 'Ambassador', null],
    ])
    assert.deepEqual(said('Defence Committee chair Kadri Leppik met the minister on Friday. The minister said the plan was ready.'), [['the plan was ready', 'minister', null]])
    assert.deepEqual(said('In a letter to the minister, Kadri Leppik asked for more aircraft. The minister said the plan was ready.'), [['the plan was ready', 'minister', null]])
  })
})

describe('a role between commas is a post, not the sentence going on', () => {
  test('"Our chairman, NAME, met the Russian ambassador on Friday." gives the post "chairman"', () => {
    const text = 'Our chairman, Rustam Nazarov, met the Russian ambassador on Friday. The Ambassador said Moscow would send more instructors. Nazarov said the alliance was strong.'
    assert.deepEqual(said(text), [
      ['Moscow would send more instructors', 'Ambassador', null],
      ['the alliance was strong', 'Rustam Nazarov', 'chairman'],
    ])
  })
  test('rightly kept: a post after the name, with or without an article', () => {
    assert.deepEqual(said('Rustam Nazarov, chairman of the Front, met the ambassador. Nazarov said the alliance was strong.').map((q) => q[2]), ['chairman of the Front'])
    assert.deepEqual(said('Rustam Nazarov, the chairman of the Front, met the ambassador. Nazarov said the alliance was strong.').map((q) => q[2]), ['chairman of the Front'])
  })
})

describe('"said the ROLE, NAME." at the end of the sentence', () => {
  test('a capitalised post before the name: the person speaks, the post is the role', () => {
    assert.deepEqual(said('“The exercise was purely defensive,” said the Belarusian Defence Minister, Viktor Khrenin.'), [
      ['The exercise was purely defensive', 'Viktor Khrenin', 'Belarusian Defence Minister'],
    ])
    assert.deepEqual(said('“Our pilots are doing a superb job,” said the Committee’s Chair, Margaret Doyle MP.'), [['Our pilots are doing a superb job', 'Margaret Doyle', 'Committee’s Chair']])
  })
  test('rightly kept: an organisation before a place name speaks itself', () => {
    assert.deepEqual(said('“No,” said the Defence Ministry, Moscow.').map((q) => q[1]), ['Defence Ministry'])
  })
})

describe('"according to figures released by X": the body that published them speaks', () => {
  test('figures released by a body', () => {
    assert.deepEqual(said('According to figures released by the Commission last week, EUR 42 million was spent on drones.'), [
      ['EUR 42 million was spent on drones', 'European Commission', null],
    ])
  })
  test('rightly kept: a body named whole speaks under its own words', () => {
    assert.deepEqual(said('According to the European Commission, EUR 42 million was spent on drones.').map((q) => q[1]), ['European Commission'])
  })
})

describe('a label in quotation marks is the labeller’s speech: "called the measure “too little and too late”"', () => {
  test('the subject of "called" or "described … as" speaks, the verb is the cue', () => {
    const quotes = (text: string) => people.analyze({ text, language: 'en' }).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue ?? null])
    assert.deepEqual(quotes('Donald Tusk described the controls as “unacceptable”.'), [['unacceptable', 'Donald Tusk', 'described']])
    assert.deepEqual(quotes('The tariffs came after the vote, a decision Beijing has called “unfair and unreasonable”.'), [['unfair and unreasonable', 'Beijing', 'called']])
  })
  test('a verb joined by "but" shares the subject that opens the sentence, past a dateline', () => {
    const text = 'Berlin, 12 September 2024 – The AfD parliamentary group has welcomed the decision, but called the measure “too little and too late”.'
    assert.deepEqual(said(text), [['too little and too late', 'AfD parliamentary group', null]])
  })
  test('a verb of judgement with "as", and a participle after a comma sharing the sentence’s subject', () => {
    const quotes = (text: string) => people.analyze({ text, language: 'en' }).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue ?? null])
    assert.deepEqual(quotes('Miriam Kohl condemned the measures as “illegal and inhuman”.'), [['illegal and inhuman', 'Miriam Kohl', 'condemned']])
    assert.deepEqual(quotes('The Greens rejected the claims, calling the reports “another invention”.'), [['another invention', 'Greens', 'calling']])
  })
  test('rightly none: a verb of judgement without "as" before a quoted term', () => {
    assert.deepEqual(said('Miriam Kohl condemned the “special operation” in the east.'), [])
  })
  test('rightly none: a term inside the label, an unnamed labeller, a passive, and "so-called"', () => {
    assert.deepEqual(said('They called it a “special operation” in every statement.'), [])
    assert.deepEqual(said('Tusk praised the talks. Critics called it “a blunder”.').filter((q) => q[1] !== null), [])
    assert.deepEqual(said('“For years we were called “extremists” for it,” Tusk said.').map((q) => q[1]), ['Donald Tusk'])
    assert.deepEqual(said('Tusk met the so-called “peacekeepers” in Beijing.'), [])
  })
})

const bodies = createAnalyzer({
  analyzers: [
    quotesAnalyzer,
    entitiesFor([
      ['o1', 'organization', 'Environment, Food and Rural Affairs Committee'],
      ['o2', 'organization', 'Environment Agency'],
      ['o3', 'organization', 'Environment Ministry'],
      ['o4', 'organization', 'Ministry of Defence'],
      ['o5', 'organization', 'Agency'],
      ['p1', 'person', 'Harriet Colby'],
      ['p2', 'person', 'Ben Key'],
    ]),
  ],
})
/** [quoted words, speaker, role] of each quote, with the issuer given. */
const saidBy = (text: string, issuer: string | null = null) => bodies.analyze({ text, language: 'en', issuer }).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.role ?? null])

describe('a committee whose name lists fields: "The Environment, Food and Rural Affairs Committee"', () => {
  test('the whole name speaks, and "the report" after it is the committee’s', () => {
    const text = 'The Environment, Food and Rural Affairs Committee today publishes its report, warning that repairs have fallen behind. The report finds that the budget has been eroded.'
    assert.deepEqual(saidBy(text).map((q) => q[1]), ['Environment, Food and Rural Affairs Committee', 'Environment, Food and Rural Affairs Committee'])
  })
  test('rightly not one name: items with their own head word, or no head word at all', () => {
    assert.notEqual(saidBy('The Foreign Office, Treasury and Home Office said that the rules would change.')[0][1], 'Foreign Office, Treasury and Home Office')
    assert.notEqual(saidBy('Estonia, Latvia and Lithuania said that the border would close.')[0][1], 'Estonia, Latvia and Lithuania')
  })
})

describe('"the Agency", "the Committee": a head word on its own is the organisation named before', () => {
  test('"the Agency’s chief executive" after "the Environment Agency"', () => {
    const text = 'The Environment Agency published its figures on Monday. The Agency’s chief executive told MPs that the backlog was manageable.'
    assert.deepEqual(saidBy(text), [['the backlog was manageable', 'Environment Agency', 'chief executive']])
  })
  test('rightly kept: no organisation named before ends in the word', () => {
    const text = 'The Environment Ministry published its figures on Monday. The Agency’s chief executive told MPs that the backlog was manageable.'
    assert.deepEqual(saidBy(text), [['the backlog was manageable', 'Agency', 'chief executive']])
  })
})

describe('titles before a name', () => {
  test('an honorific after the post is no part of it: "Committee Chair Dame NAME MP"', () => {
    assert.deepEqual(saidBy('Committee Chair Dame Harriet Colby MP said the plan was late.'), [['the plan was late', 'Harriet Colby', 'Committee Chair']])
  })
  test('rightly kept: "Lord" that ends a post, with a rank and an honorific after it', () => {
    assert.deepEqual(saidBy('First Sea Lord Admiral Sir Ben Key said the fleet was ready.'), [['the fleet was ready', 'Ben Key', 'First Sea Lord']])
  })
  test('"Our spokesperson" speaks for the issuer, with the post "spokesperson"', () => {
    assert.deepEqual(saidBy('Our spokesperson said the figures would be published.', 'Ministry of Defence'), [['the figures would be published', 'Ministry of Defence', 'spokesperson']])
  })
  test('rightly unlinked: "Our spokesperson" with no issuer given names no one', () => {
    assert.deepEqual(saidBy('Our spokesperson said the figures would be published.'), [['the figures would be published', 'Our spokesperson', null]])
  })
})

describe('"…, the alliance said": a collective noun on its own', () => {
  test('speaks for the organisation named last before it in the paragraph', () => {
    assert.deepEqual(said('The Greens left the talks on Sunday after the vote, the coalition said.').map((q) => q[1]), ['Greens'])
  })
  test('rightly unlinked: the organisation was named in an earlier paragraph', () => {
    assert.deepEqual(said('The Greens left the talks on Sunday.\n\nThe vote was close, the coalition said.').map((q) => q[1]), ['coalition'])
  })
})

describe('quoted words inside what a directive asks for are the directing speaker’s', () => {
  test('"called on X to stop “…”" and "…, ruling that … and ordering X to hold the vote “…”"', () => {
    assert.deepEqual(said('Miriam Kohl said the rules were fair. She called on the opposition to stop “spreading fear about a ban that does not exist”.')[1], ['spreading fear about a ban that does not exist', 'Miriam Kohl', null])
    const ruling = 'The Greens on Thursday won the case, ruling that the delay was unlawful and ordering the authorities to hold the vote “as soon as possible”.'
    assert.deepEqual(said(ruling).map((q) => q.slice(0, 2)), [['the delay was unlawful', 'Greens'], ['as soon as possible', 'Greens']])
  })
  test('the verb before "and called on" names the speaker when the sentence’s first words do not', () => {
    const text = 'The Estonian farming union Greens said the measures would hurt farmers and called on Berlin to “find a negotiated solution without delay”.'
    const [clause, words] = said(text)
    assert.equal(words[0], 'find a negotiated solution without delay')
    assert.equal(words[1], clause[1])
    assert.match(String(words[1]), /Greens$/)
  })
  test('rightly unattributed: a directive with no "to" before the quotation does not speak its words', () => {
    assert.deepEqual(said('Miriam Kohl ordered the release of the activists, who had chanted “free speech for all citizens now”.'), [['free speech for all citizens now', null, null]])
  })
})
