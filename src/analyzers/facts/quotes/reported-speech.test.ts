import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createAnalyzer } from '../../../engine/engine.ts'
import type { Quote } from '../../../report/schema.ts'
import quotesAnalyzer from '../quotes.ts'
import { entitiesFor } from '../test-support/fixed-entities.ts'

const plain = createAnalyzer({ analyzers: [quotesAnalyzer] })
const reported = (text: string) => plain.analyze({ text, language: 'en' }).quotes.filter((q) => !q.direct)
const who = (q: Quote) => q.speaker?.name ?? null
/** [reported words, speaker, reporting word] of each piece of reported speech. */
const brief = (text: string) => reported(text).map((q) => [q.text, who(q), q.cue])

describe('a reporting verb with a that-clause or a bare clause', () => {
  const cases: [text: string, clause: string, speaker: string, cue: string][] = [
    ['The Ministry of Energy said that fuel prices would stay frozen until March.', 'fuel prices would stay frozen until March', 'Ministry of Energy', 'said'],
    ['Opposition leader Marta Silva said the budget ignored rural schools.', 'the budget ignored rural schools', 'Marta Silva', 'said'],
    ['The army said on Sunday its units had pushed back an attack near the river.', 'its units had pushed back an attack near the river', 'army', 'said'],
    ['The union said in a statement on Friday that 3,000 workers had joined the strike.', '3,000 workers had joined the strike', 'union', 'said'],
    ['The regulator said about 40,000 households were still without power.', 'about 40,000 households were still without power', 'regulator', 'said'],
    ['A company spokeswoman told reporters the plant would reopen next week.', 'the plant would reopen next week', 'company spokeswoman', 'told'],
    ['General Okafor told Reuters on Monday that the offensive had stalled.', 'the offensive had stalled', 'Okafor', 'told'],
    ['The rebel commander warned that the ceasefire could collapse within days.', 'the ceasefire could collapse within days', 'rebel commander', 'warned'],
    ['The coalition warned Brussels that it would block the trade deal.', 'it would block the trade deal', 'coalition', 'warned'],
    ['The embassy denied that its staff had met the protesters.', 'its staff had met the protesters', 'embassy', 'denied'],
    ['The audit committee found that the agency had overspent by 12 per cent.', 'the agency had overspent by 12 per cent', 'audit committee', 'found'],
    ['The committee recommended that the vote be postponed until autumn.', 'the vote be postponed until autumn', 'committee', 'recommended'],
    ['The high court ruled that the dismissals were unlawful.', 'the dismissals were unlawful', 'high court', 'ruled'],
    ['Party members insist the leadership contest was fair.', 'the leadership contest was fair', 'Party members', 'insist'],
    ['Doctors are warning that the outbreak will spread.', 'the outbreak will spread', 'doctors', 'warning'],
    ['The movement’s spokesman pointed out that no talks had been scheduled.', 'no talks had been scheduled', 'movement’s spokesman', 'pointed out'],
  ]
  for (const [text, clause, speaker, cue] of cases) {
    test(text, () => assert.deepEqual(brief(text), [[clause, speaker, cue]]))
  }
})

describe('a plural subject and a present verb make a bare clause, whatever the verb', () => {
  test('"said the figures suggest …", "said the talks signal …"', () => {
    assert.deepEqual(brief('The ministry said the figures suggest a slowdown in the second half.'), [['the figures suggest a slowdown in the second half', 'ministry', 'said']])
    assert.deepEqual(brief('Analysts said the talks signal a thaw between the two capitals.'), [['the talks signal a thaw between the two capitals', 'analysts', 'said']])
  })
  test('rightly kept out: a noun after a plural noun, with no object after it, is no verb', () => {
    assert.deepEqual(brief('Figures on the arms trade, the ministry said.'), [])
    assert.deepEqual(brief('The minister told reporters the weapons depot near the border.'), [])
  })
})

describe('a role word capitalised only because it opens the sentence is a description, not a name', () => {
  test('"Diplomats in New York said …" gives "diplomats"', () => {
    assert.deepEqual(brief('Diplomats in New York said the meeting could take place on Friday.'), [['the meeting could take place on Friday', 'diplomats', 'said']])
  })
  test('rightly kept: "MEPs" as written, and a capitalised word that is no role word', () => {
    assert.deepEqual(brief('MEPs said the meeting could take place on Friday.'), [['the meeting could take place on Friday', 'MEPs', 'said']])
    assert.deepEqual(brief('Gazprom said the meeting could take place on Friday.'), [['the meeting could take place on Friday', 'Gazprom', 'said']])
  })
})

describe('a group of people and the place they are in: the place is no speaker', () => {
  test('"local officials on both sides said", "officials on the ground said"', () => {
    assert.deepEqual(brief('They signed a treaty in March, and local officials on both sides said roads in the area had reopened.'), [['roads in the area had reopened', 'local officials', 'said']])
    assert.deepEqual(brief('Officials on the ground said the convoy had arrived.'), [['the convoy had arrived', 'officials', 'said']])
  })
  test('rightly kept: an organisation, a workplace after "at" or a post after "of" stays in the phrase', () => {
    assert.deepEqual(brief('Officials at the ministry said the convoy had arrived.'), [['the convoy had arrived', 'Officials at the ministry', 'said']])
    assert.deepEqual(brief('Officials at the hospital said the convoy had arrived.'), [['the convoy had arrived', 'Officials at the hospital', 'said']])
    assert.deepEqual(brief('The mayor of the town said the convoy had arrived.'), [['the convoy had arrived', 'mayor of the town', 'said']])
  })
})

describe('an attribution that closes the sentence', () => {
  const cases: [text: string, clause: string, speaker: string, cue: string][] = [
    ['Two soldiers were wounded in the shelling, the military said.', 'Two soldiers were wounded in the shelling', 'military', 'said'],
    ['The mine will close by 2030, said the company.', 'The mine will close by 2030', 'company', 'said'],
    ['Talks with the employers broke down overnight, union leader Dara Quinn told reporters.', 'Talks with the employers broke down overnight', 'Dara Quinn', 'told'],
    ['The convoy reached the town at dawn, the rebels said in a statement posted online.', 'The convoy reached the town at dawn', 'rebels', 'said'],
    ['Inflation fell to 4 per cent in May, the central bank reported.', 'Inflation fell to 4 per cent in May', 'central bank', 'reported'],
  ]
  for (const [text, clause, speaker, cue] of cases) {
    test(text, () => assert.deepEqual(brief(text), [[clause, speaker, cue]]))
  }
  test('a dateline is no part of the reported clause', () => {
    assert.deepEqual(brief('KHARTOUM (wire report) — Fighting resumed in the east on Monday, the army said.'), [['Fighting resumed in the east on Monday', 'army', 'said']])
  })
  test('a dateline of two cities is no speaker: the subject after the dash demands', () => {
    assert.deepEqual(brief('BISHKEK/DUSHANBE (news agency) — Kyrgyzstan accused Tajikistan of shelling a village and demanded that Dushanbe pull its troops back.'), [
      ['Dushanbe pull its troops back', 'Kyrgyzstan', 'demanded'],
    ])
  })
  test('rightly kept: a capital that opens the sentence speaks for its government', () => {
    assert.deepEqual(brief('Bishkek accused Tajikistan of shelling a village and demanded that Dushanbe pull its troops back.'), [['Dushanbe pull its troops back', 'Bishkek', 'demanded']])
  })
  test('a clause joined by ", and" after the attribution is reported too', () => {
    assert.deepEqual(brief('Three lorries were stopped at the border, the customs agency said, and their drivers were questioned.'), [
      ['Three lorries were stopped at the border', 'customs agency', 'said'],
      ['their drivers were questioned', 'customs agency', 'said'],
    ])
  })
  test('a clause with a reporting verb of its own after ", and" is reported by that verb', () => {
    assert.deepEqual(brief('Nine people were hurt, a hospital official said, and the city council said it would pay for repairs.'), [
      ['Nine people were hurt', 'hospital official', 'said'],
      ['it would pay for repairs', 'city council', 'said'],
    ])
  })
  test('an attribution in the middle of the sentence reports the main clause after it', () => {
    assert.deepEqual(brief('When the vote was called, she said, the opposition walked out.'), [['the opposition walked out', null, 'said']])
  })
})

describe('"according to" and "as X said"', () => {
  test('"According to X, …" and "…, according to X"', () => {
    assert.deepEqual(brief('According to the electoral commission, turnout reached 61 per cent.'), [['turnout reached 61 per cent', 'electoral commission', 'according to']])
    assert.deepEqual(brief('Turnout reached 61 per cent, according to the electoral commission.'), [['Turnout reached 61 per cent', 'electoral commission', 'according to']])
  })
  test('an adverb before "according to" is not the reported clause', () => {
    assert.deepEqual(brief('Indeed, according to the charity, the shelter has run out of beds.'), [['the shelter has run out of beds', 'charity', 'according to']])
  })
  test('"as X announced" at the end and at the start of a sentence', () => {
    assert.deepEqual(brief('The factory closed its doors on Friday, as the owners had announced.'), [['The factory closed its doors on Friday', 'owners', 'announced']])
    assert.deepEqual(brief('As the central bank said last month, interest rates will rise in June.'), [['interest rates will rise in June', 'central bank', 'said']])
  })
})

describe('the speaker of a verb that shares its subject', () => {
  test('", saying that …" speaks for the subject of the sentence', () => {
    assert.deepEqual(brief('The dockers’ union called a strike, saying that wages had fallen for three years.'), [['wages had fallen for three years', 'dockers’ union', 'saying']])
  })
  test('"… and warned that …" shares the subject of the first verb', () => {
    assert.deepEqual(brief('The defence ministry condemned the raid on Tuesday and warned that it would respond.'), [['it would respond', 'defence ministry', 'warned']])
  })
  test('", adding that …" after a quotation speaks for the one who said it', () => {
    assert.deepEqual(brief('“No one will topple us,” President Ana Petrović said, adding that the mine would open only if it was safe.'), [['the mine would open only if it was safe', 'Ana Petrović', 'adding']])
    assert.deepEqual(brief('“No one will topple us,” said President Ana Petrović, adding that the mine would open only if it was safe.'), [['the mine would open only if it was safe', 'Ana Petrović', 'adding']])
  })
  test('rightly none: ", adding that …" after a quotation with no one who said it', () => {
    assert.deepEqual(brief('“No one will topple us,” the banner read, adding that the mine would close.').map((q) => q[1]), [null])
  })
  test('a long role between commas before the verb', () => {
    assert.deepEqual(brief('Lena Voss, the deputy head of the Commission’s directorate for trade and security, said the talks had failed.'), [['the talks had failed', 'Lena Voss', 'said']])
  })
  test('a name and a verb after "said" open the reported clause, not a speaker after the verb', () => {
    assert.deepEqual(brief('Tomas Reyes said Washington wanted peace.'), [['Washington wanted peace', 'Tomas Reyes', 'said']])
    assert.deepEqual(brief('Tomas Reyes said Washington had asked for talks.'), [['Washington had asked for talks', 'Tomas Reyes', 'said']])
  })
  test('rightly unchanged: "…, said X." after a clause still names the speaker after the verb', () => {
    assert.deepEqual(brief('The talks had failed, said Lena Voss.'), [['The talks had failed', 'Lena Voss', 'said']])
  })
  test('a relative clause between the speaker and the verb is passed over', () => {
    assert.deepEqual(brief('The mining company, which employs 4,000 people in the region, said the smelter would close.'), [['the smelter would close', 'mining company', 'said']])
  })
  test('a participle clause between the speaker and the verb is passed over', () => {
    assert.deepEqual(brief('General Amir Haddad, speaking at a briefing in the capital, said the border was calm.'), [['the border was calm', 'Amir Haddad', 'said']])
  })
  test('"X, who said …, …": the relative clause ends at its comma', () => {
    assert.deepEqual(brief('The mayor, who said the budget was balanced, resigned a week later.'), [['the budget was balanced', 'mayor', 'said']])
  })
  test('what an unnamed source is familiar with is not the speaker', () => {
    assert.deepEqual(brief('A diplomat briefed on the negotiations said the two sides remained far apart.'), [['the two sides remained far apart', 'diplomat', 'said']])
    assert.deepEqual(brief('Two officials familiar with the plan said the vote would be delayed.'), [['the vote would be delayed', 'Two officials', 'said']])
  })
  test('"which she said had …" reports the rest of the relative clause', () => {
    assert.deepEqual(brief('She praised the agency, which she said had cleared the backlog, and the new director.'), [['had cleared the backlog', null, 'said']])
  })
  test('a passive "it was announced that" names no speaker', () => {
    assert.deepEqual(brief('It was announced that the summit would move to Nairobi.'), [['the summit would move to Nairobi', null, 'announced']])
  })
})

describe('where the reported clause ends', () => {
  test('before "and" with the speaker’s next act', () => {
    assert.deepEqual(brief('The nurses’ union said the offer was too low and called on members to reject it.'), [['the offer was too low', 'nurses’ union', 'said']])
  })
  test('before "and ordered": a court’s order is its next act', () => {
    assert.deepEqual(brief('The tribunal ruled that the dismissal was unlawful and ordered the firm to pay damages.'), [['the dismissal was unlawful', 'tribunal', 'ruled']])
  })
  test('a second verb of the reported clause’s own subject stays in it', () => {
    assert.deepEqual(brief('The navy said its ships had intercepted two boats and detained their crews.'), [['its ships had intercepted two boats and detained their crews', 'navy', 'said']])
  })
  test('"and that …" belongs to the same reported speech', () => {
    assert.deepEqual(brief('The minister said exports had doubled and that the port would open in May.'), [['exports had doubled and that the port would open in May', 'minister', 'said']])
  })
  test('before ", adding that …", which reports a clause of its own', () => {
    assert.deepEqual(brief('The minister said exports had doubled, adding that the port would open in May.'), [
      ['exports had doubled', 'minister', 'said'],
      ['the port would open in May', 'minister', 'adding'],
    ])
  })
  test('before ", but" and another speaker’s account', () => {
    assert.deepEqual(brief('Police said they had found no evidence of arson, but residents said otherwise.'), [['they had found no evidence of arson', 'police', 'said']])
  })
  test('at a semicolon', () => {
    assert.deepEqual(brief('The government says the levy is needed to pay debts; critics disagree.'), [['the levy is needed to pay debts', 'government', 'says']])
  })
})

describe('reporting nouns', () => {
  test('"X’s claim that …" stops where the sentence’s own verb comes back', () => {
    assert.deepEqual(brief('The ministry’s claim that no civilians were hurt was disputed by local doctors.'), [['no civilians were hurt', 'ministry', 'claim']])
  })
  test('"reports that …" names no speaker', () => {
    assert.deepEqual(brief('Shares fell after reports that the chief executive would resign.'), [['the chief executive would resign', null, 'reports']])
  })
  test('after an adjective the word is the noun, not a verb with the adjective as its speaker', () => {
    assert.deepEqual(brief('The channel repeated the false claim that the vote was rigged.'), [['the vote was rigged', null, 'claim']])
  })
  test('a relative "that" after the noun is no reported speech', () => {
    assert.deepEqual(brief('The statement that the ministry issued on Monday was short.'), [])
    assert.deepEqual(brief('The statement that was read out on Monday was short.'), [])
  })
})

describe('quoted words inside reported speech', () => {
  test('both the clause, marks included, and the quoted words are found, with one speaker', () => {
    const quotes = plain.analyze({ text: 'The minister said the report was “deeply flawed” and would be withdrawn.', language: 'en' }).quotes
    assert.deepEqual(
      quotes.map((q) => [q.text, q.direct, who(q)]),
      [
        ['the report was “deeply flawed” and would be withdrawn', false, 'minister'],
        ['deeply flawed', true, 'minister'],
      ],
    )
  })
  test('a clause that is all one quotation is only the direct quote', () => {
    assert.deepEqual(reported('“The drills were routine,” the ministry said.'), [])
    assert.deepEqual(reported('The ministry said: “The drills were routine.”'), [])
  })
})

describe('no reported speech', () => {
  const texts = [
    'The president said nothing about the strike.',
    'She said goodbye to her staff.',
    'He refused to say whether the talks had failed.',
    'The said agreement expired in May.',
    'The minister announced the decision on Monday.',
    'The company confirmed the layoffs.',
    'Member states that take in more refugees will get extra funds.',
    'The attack claimed the lives of twelve people.',
    'The rules that came into force in May are strict.',
    'Officials said in a statement.',
    'The rebels warned of new attacks.',
    'He said so.',
    'The party accused the mayor of hiding the audit.',
    'Protesters called on the government to resign.',
    'The envoy urged both sides to return to talks.',
  ]
  for (const text of texts) test(text, () => assert.deepEqual(reported(text), []))
})

describe('from every side', () => {
  const cases: [text: string, clause: string, speaker: string][] = [
    ['The Interior Ministry said police had arrested 14 people after the march.', 'police had arrested 14 people after the march', 'Interior Ministry'],
    ['Opposition lawmakers argued the new law would silence independent media.', 'the new law would silence independent media', 'Opposition lawmakers'],
    ['The Workers’ Front, an armed movement in the north, claimed its fighters had seized two villages.', 'its fighters had seized two villages', 'Workers’ Front'],
    ['Climate activists said the pipeline would cross three protected wetlands.', 'the pipeline would cross three protected wetlands', 'Climate activists'],
    ['The air force said its jets had struck a depot near the coast.', 'its jets had struck a depot near the coast', 'air force'],
    ['The carmaker said sales in Europe had dropped by a fifth.', 'sales in Europe had dropped by a fifth', 'carmaker'],
    ['The foreign ministry of Ruritania said that the ambassador had been summoned.', 'the ambassador had been summoned', 'foreign ministry of Ruritania'],
  ]
  for (const [text, clause, speaker] of cases) test(text, () => assert.deepEqual(brief(text).map(([c, s]) => [c, s]), [[clause, speaker]]))
})

describe('speakers of reported speech link to entities', () => {
  const linked = createAnalyzer({
    analyzers: [
      quotesAnalyzer,
      entitiesFor([
        ['e1', 'organization', 'Ruritanian Air Force'],
        ['e2', 'organization', 'Embassy of Freedonia'],
        ['e3', 'person', 'Ana Kovač'],
        ['e4', 'location', 'Freedonia'],
        ['e5', 'location', 'Lakeside'],
        ['e6', 'organization', 'MSA'],
        ['e7', 'organization', 'Office of Export Control'],
        ['e8', 'organization', 'St Anne Hospital'],
        ['e9', 'person', 'Tomas Reyes'],
      ]),
    ],
  })
  const quotes = (text: string) => linked.analyze({ text, language: 'en' }).quotes.filter((q) => !q.direct)
  test('"the air force" is the air force named before', () => {
    const [, q] = quotes('The Ruritanian Air Force said it had shot down six drones. Debris fell on a farm, the air force said.')
    assert.deepEqual([q.text, q.speaker], ['Debris fell on a farm', { name: 'Ruritanian Air Force', entity: 'e1', role: null }])
  })
  test('an embassy in a city speaks for the embassy', () => {
    const [q] = quotes('The Embassy of Freedonia in Lakeside said the report was groundless.')
    assert.equal(q.speaker?.entity, 'e2')
  })
  test('a role before the name between commas is the role of the person named', () => {
    const [q] = quotes('The party’s housing spokeswoman, Dr Ana Kovač, said rents had risen by a third.')
    assert.deepEqual(q.speaker, { name: 'Ana Kovač', entity: 'e3', role: 'party’s housing spokeswoman' })
  })
  test('an acronym in brackets after the speaker names it', () => {
    const [q] = quotes('The Maritime Safety agency (MSA) said a tanker had run aground.')
    assert.deepEqual(q.speaker, { name: 'Maritime Safety agency', entity: 'e6', role: null })
  })
  test('after a possessive, the organisation that speaks is the one owned', () => {
    const [q] = quotes('Freedonia’s Office of Export Control said the licences had been revoked.')
    assert.equal(q.speaker?.entity, 'e7')
  })
  test('an unnamed official speaks for the organisation the title names', () => {
    const [q] = quotes('Twelve people were treated at St Anne Hospital, a hospital official said.')
    assert.deepEqual(q.speaker, { name: 'St Anne Hospital', entity: 'e8', role: 'hospital official' })
  })
  test('"according to the statement" is the organisation quoted last', () => {
    const found = quotes('The Ruritanian Air Force said in a statement that six drones were shot down. Two pilots were unhurt, according to the statement.')
    assert.deepEqual(found.map((q) => q.speaker?.entity), ['e1', 'e1'])
  })
  test('a title before the name between commas at the start of the sentence', () => {
    const [q] = quotes('The Minister for Housing, Tomas Reyes, rejected the plan, saying rents would fall.')
    assert.deepEqual([q.text, q.speaker?.entity, q.speaker?.role], ['rents would fall', 'e9', 'Minister for Housing'])
  })
  test('a pronoun is the speaker named before', () => {
    const found = quotes('Ana Kovač said rents had risen. She added that 2,000 families had been evicted.')
    assert.deepEqual(found.map((q) => q.speaker?.entity), ['e3', 'e3'])
  })
})

describe('quoted words inside reported speech are the reporting speaker’s', () => {
  /** [words, direct, speaker] of every quote. */
  const all = (text: string) => plain.analyze({ text, language: 'en' }).quotes.map((q) => [q.text, q.direct, who(q)])
  test('a short quotation in a clause after ", adding that" is kept, and "adding" takes no subject after it', () => {
    assert.deepEqual(all('The ministry said its forces were “ready”, adding that the drills were “purely defensive” and would end on Friday.'), [
      ['its forces were “ready”', false, 'ministry'],
      ['ready', true, 'ministry'],
      ['the drills were “purely defensive” and would end on Friday', false, 'ministry'],
      ['purely defensive', true, 'ministry'],
    ])
  })
  test('rightly none: a short quotation outside any reported clause is a scare quote', () => {
    assert.deepEqual(all('The drills were “purely defensive” and ended on Friday.'), [])
  })
  test('rightly none: a term after "so-called" is no one’s words, even inside reported speech', () => {
    assert.deepEqual(all('Critics said the so-called “peacekeepers” had left.'), [['the so-called “peacekeepers” had left', false, 'Critics']])
    assert.deepEqual(all('Critics said the troops were “peacekeepers in name only”.'), [
      ['the troops were “peacekeepers in name only”', false, 'Critics'],
      ['peacekeepers in name only', true, 'Critics'],
    ])
  })
})

describe('a count between the article and the speaker: "The three governments note that …"', () => {
  test('the counted speaker speaks', () => {
    assert.deepEqual(brief('The three governments note that, after 49 years, the bloc has moved away from its ideals.'), [['after 49 years, the bloc has moved away from its ideals', 'three governments', 'note']])
    assert.deepEqual(brief('The 27 member states said that the pact would enter into force in June.'), [['the pact would enter into force in June', '27 member states', 'said']])
  })
  test('rightly none: a count with no article before it, before "said to be"', () => {
    assert.deepEqual(brief('Talks between three governments said to be close to a deal resumed on Monday.'), [])
  })
})

describe('"NAME, who … and said …": the relative clause’s antecedent speaks', () => {
  test('a reporting verb joined by "and" inside a relative clause', () => {
    const text = 'Vaitkus spoke with Foreign Minister Marek Zielinski, who expressed full solidarity and said Warsaw was considering similar steps.'
    assert.deepEqual(brief(text), [['Warsaw was considering similar steps', 'Marek Zielinski', 'said']])
  })
  test('rightly the sentence’s subject: the relative clause closes with a comma before "and said"', () => {
    assert.deepEqual(brief('The minister met the envoy, who is from Oslo, and said the talks would resume.'), [['the talks would resume', 'minister', 'said']])
  })
})

describe('a bare clause whose only verb is a plural present: "said the figures ignore …"', () => {
  test('the verb after a plural subject makes the clause', () => {
    assert.deepEqual(brief('Arjun Mehta said the figures ignore vacancies in government jobs.'), [['the figures ignore vacancies in government jobs', 'Arjun Mehta', 'said']])
    assert.deepEqual(brief('The minister said the rules lack teeth.'), [['the rules lack teeth', 'minister', 'said']])
  })
  test('rightly none: the same word as a noun after a determiner', () => {
    assert.deepEqual(brief('Lavrov told reporters the lack of progress.'), [])
  })
})
