import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createAnalyzer } from '../../engine/engine.ts'
import type { SentenceFunction } from '../../report/schema.ts'
import sentenceFunction from './function.ts'
import { sentenceAnalyzers } from './index.ts'

const unspun = createAnalyzer({ analyzers: [sentenceFunction] })

/** Each sentence of `text` as "function: sentence". */
function label(text: string, issuer: string | null = null): string[] {
  const report = unspun.analyze({ text, issuer, language: 'en' })
  assert.deepEqual(report.problems, [])
  return report.sentences.map((s) => `${s.function}: ${text.slice(s.start, s.end)}`)
}

/**
 * Per function: `invalid` sentences must get it, `valid` ones must not. Each case stands alone as
 * a one-sentence text, so the cues are checked one at a time; duplicate cases are rejected.
 */
const CASES: Record<SentenceFunction, { invalid: string[]; valid: string[] }> = {
  report: {
    invalid: [
      'The Ministry of National Defence on Monday signed a contract for 250 tanks.',
      'The committee adopted a report calling on the government to act.',
      'Over the past day, the Armed Forces repelled 71 attacks near the city.',
      'Acme Corp today announced revenue of $4.2 billion for the third quarter.',
      'More than two million people in 150 countries walked out of schools on Friday.',
      'The opposition said the plan was reckless and must be withdrawn.',
      'According to the police, 40 people were detained.',
      'The minister urged citizens to vote.',
      'The party called on the government to resign.',
      'The agency raised the terrorism threat level on Monday after two arrests.',
    ],
    valid: ['We believe the plan is reckless.', 'Join us on Saturday.', 'Why was the plan delayed?'],
  },
  opinion: {
    invalid: [
      'We believe that a strong army is the best guarantee of peace.',
      'If we stay silent today, tomorrow our cities will burn.',
      'The warmongers in the capital are rehearsing a war on our doorstep.',
      'These so-called advisers are nothing but the occupiers of tomorrow.',
      'Either we act together now, or tomorrow we will all pay.',
      'This reckless government has failed an entire generation.',
      'The opposition must stop playing politics with security.',
      'The government should resign.',
      'Families deserve better than broken promises.',
      'Rather than protecting profits, leaders should protect our future.',
      'Our defenders are showing extraordinary courage.',
      'In our view, the ruling is unjust.',
      'It is clear that the regime lies.',
      'The fossil fuel industry is destroying our planet, and politicians are doing nothing.',
      'Affordable housing is a right, not a privilege.',
      'Politicians keep making promises and then break them.',
      'Cheap public transport is the surest way to clean air.',
      'The Alliance condemns the arrests in the strongest terms.',
      'The Union welcomes the ruling, but it comes years too late.',
      'There is no other way to see it: the regime has rehearsed an invasion.',
      'For a decade the ministry lied to us about the costs.',
      'The deployment shows our unwavering commitment to our allies.',
      'If the capital stays silent, our villages will burn.',
      'The Kremlin is run by war criminals.',
      'The United States is not a defensive power.',
      'Tirol is Austria!',
      'Faith, Homeland, Freedom!',
      'Make no mistake: this pact is a dagger at the heart of our valley.',
      'Freedom for the valley!',
      'If they ever come back, they will take away every right we fought for.',
      'It will tie our children to a single supplier for a generation.',
    ],
    valid: [
      'The minister said the decision was unacceptable.',
      'The tanks will arrive in 2022.',
      'Parliament adopted the budget on 5 May by 230 votes to 190.',
      'Air defence units destroyed 14 drones overnight.',
      'Gas bills for an average family have nearly doubled.',
      'Auditors reviewed the accounts and found no errors.',
      'In the autumn the ministry will present a plan to build twelve new schools.',
      'Violating the embargo is a criminal offence punishable by up to ten years in prison.',
      'The minister condemned the attack on Monday.',
      'It will be held in Geneva on 12 May.',
      'They will arrive in two groups of 400 soldiers.',
      'The Gazette had to publish an apology.',
      'We won 12 seats!',
      'The department did not respond.',
    ],
  },
  call_to_action: {
    invalid: [
      'Join us at the parade on Saturday!',
      // An imperative after a colon, from either side.
      "Our message is simple: defend the border and expel Moscow's propagandists now.",
      'The choice is clear: stop the base and send the troops home.',
      'We call on all citizens to support our soldiers.',
      'Tell your MP to back our housing bill.',
      'The government must act now.',
      'Sign the petition at www.climatestrike.org.',
      "Don't let them steal our future.",
      'Together we can win this.',
      'It is our duty to defend our homeland.',
      'It is our sacred duty to defend our land!',
      'Vote for change on 5 May.',
      'Citizens should stay in shelters during air raid alerts.',
      'Please update your software today.',
      'Let us stand together against hatred.',
      'The union calls on employers to raise wages.',
      'Glory to Ukraine!',
      // a chant opener calls where it opens the sentence
      'Down with the new toll!',
      'When the siren sounds, go straight to the nearest shelter.',
      'Bring sandwiches, a raincoat and your neighbours.',
      'The federation is calling on ministers to reopen the talks.',
      'Update your browser to stay safe.',
      'Please, please sign the petition.',
      '- publish clear guidance, in plain language, on what is allowed;',
      'We also urge the authorities to free every detained reporter.',
      'We therefore call on the Council to suspend the agreement.',
      'The Committee recommends that the Department publish its stockpile plan.',
      'Visitors who wish to attend must register with the press office by Friday.',
      'Residents are asked to keep their windows closed.',
      'The Front demands the immediate return of conscription.',
    ],
    valid: [
      'Support for the plan grew in May.',
      'The party called on voters to back the bill.',
      'Stopping the war was the aim of the talks, officials said.',
      'We welcome the decision.',
      'The service streams films and calls on its network of partners, which has 2 million users.',
      'Fund managers said the market fell.',
      'Help arrived late in the evening.',
      'Many families are leaving the region to join the march.',
      // inside a sentence the chant words are a phrasal verb or an answer
      'The ministers sat down with the unions on Monday.',
      'Voters said no to the plan in a referendum in May.',
    ],
  },
  quote: {
    invalid: [
      '“This is a historic day for the Polish army,” said Minister Mariusz Błaszczak.',
      '"We delivered an outstanding quarter, and we are proud of our team," said Jane Doe, CEO of Acme.',
      '“Who will pay for this?” asked the minister.',
      '«We will not give in», the minister declared.',
      '“We will fight for every worker in this country and we will not rest,” she said.',
      '“This is a historic day for the army,” said Jan Kowalski, the Minister of National Defence of the Republic of Poland, at a press conference in Warsaw.',
      'The spokesman said: “We have no comment at this time.”',
      '"Never again," said the minister at a ceremony in the capital on Monday attended by hundreds of veterans.',
    ],
    valid: ['The minister called the decision “a historic mistake”.', 'He said he would resign.', 'The so-called “reform” failed.'],
  },
  question: {
    invalid: ['Why did the previous government cut the budget?', 'Is this what the Conservatives call leadership?', 'Who benefits from this war?!'],
    valid: ['“Why?” she asked.', 'He asked why the budget was cut.'],
  },
  other: {
    invalid: ['MINISTRY OF DEFENCE ANNOUNCES NEW RECRUITMENT PLAN', 'Contact: Jan Kowalski', 'About: The union represents dock workers.', 'press@mon.gov.pl', 'By Greta Example', 'For more information, visit www.acme.com.', '###', 'Tel. +48 22 123 45 67', 'Notes to editors', 'The full study is available at www.example.org/study.', 'The full study is available on the institute’s website.'],
    valid: ['The ministry announced a new plan.', 'Contact your MP today.', 'Read the full study at www.example.org/study.', 'About 2,500 soldiers from five countries took part.'],
  },
}

test('the function analyzer is registered with the built-in sentence analyzers', () => {
  assert.ok(sentenceAnalyzers.includes(sentenceFunction))
  assert.equal(sentenceFunction.id, 'sentences/function')
  assert.equal(sentenceFunction.produces, 'sentences')
})

test('function cases are unique', () => {
  const all = Object.values(CASES).flatMap((c) => [...c.invalid, ...c.valid])
  assert.equal(new Set(all).size, all.length)
})

for (const [fn, { invalid, valid }] of Object.entries(CASES)) {
  test(`sentences/function labels ${fn}`, () => {
    for (const text of invalid) assert.deepEqual(label(text), [`${fn}: ${text}`], `expected ${fn}`)
  })
  test(`sentences/function does not label these ${fn}`, () => {
    for (const text of valid) {
      const labelled = label(text)
      assert.ok(!labelled.some((l) => l.startsWith(`${fn}:`)), `${JSON.stringify(text)} should not be ${fn}: ${labelled.join(' | ')}`)
    }
  })
}

test('a government press release', () => {
  const text = [
    'MINISTRY OF DEFENCE ANNOUNCES NEW TANK CONTRACT',
    '',
    'WARSAW, 5 May 2021 — The Ministry of National Defence on Monday signed a contract for 250 tanks worth 4.75 billion dollars.',
    '',
    '“This is a historic day for the Polish army,” said Minister Mariusz Błaszczak. The tanks will arrive in 2022.',
    '',
    'We believe that a strong army is the best guarantee of peace. Why did the previous government cut the budget?',
    '',
    'Contact:',
    'Press Office',
    'tel. +48 22 123 45 67',
    'press@mon.gov.pl',
  ].join('\n')
  assert.deepEqual(label(text, 'Ministry of National Defence'), [
    'other: MINISTRY OF DEFENCE ANNOUNCES NEW TANK CONTRACT',
    'other: WARSAW, 5 May 2021 —',
    'report: The Ministry of National Defence on Monday signed a contract for 250 tanks worth 4.75 billion dollars.',
    'quote: “This is a historic day for the Polish army,” said Minister Mariusz Błaszczak.',
    'report: The tanks will arrive in 2022.',
    'opinion: We believe that a strong army is the best guarantee of peace.',
    'question: Why did the previous government cut the budget?',
    'other: Contact:',
    'other: Press Office',
    'other: tel. +48 22 123 45 67',
    'other: press@mon.gov.pl',
  ])
})

test('an opposition press release', () => {
  const text = [
    'Opposition slams government over housing crisis',
    '',
    'LONDON, 12 March 2023 – The Labour Party today published figures showing that rents rose by 9% last year.',
    '',
    'This reckless government has failed an entire generation. Instead of building homes, ministers are building excuses.',
    '',
    'Tell your MP to back our housing bill. The government must act now.',
    '',
    'Ends',
  ].join('\n')
  assert.deepEqual(label(text, 'Labour Party'), [
    'other: Opposition slams government over housing crisis',
    'other: LONDON, 12 March 2023 –',
    'report: The Labour Party today published figures showing that rents rose by 9% last year.',
    'opinion: This reckless government has failed an entire generation.',
    'opinion: Instead of building homes, ministers are building excuses.',
    'call_to_action: Tell your MP to back our housing bill.',
    'call_to_action: The government must act now.',
    'other: Ends',
  ])
})

test('a movement statement', () => {
  const text = 'Climate Strike: Millions March Worldwide\n\nToday, more than two million people in 150 countries walked out of schools. We will not be silenced! Sign the petition at www.climatestrike.org.\n\nPosted 20 September 2019'
  assert.deepEqual(label(text, 'Climate Strike'), [
    'other: Climate Strike: Millions March Worldwide',
    'report: Today, more than two million people in 150 countries walked out of schools.',
    'opinion: We will not be silenced!',
    'call_to_action: Sign the petition at www.climatestrike.org.',
    'other: Posted 20 September 2019',
  ])
})

test('a military update', () => {
  const text = 'OPERATIONAL UPDATE\n\nKYIV, 24 February 2023 — The Armed Forces repelled 71 attacks near Bakhmut. The enemy continues its barbaric shelling of civilian infrastructure. Do not film or publish the work of air defence.'
  assert.deepEqual(label(text, 'General Staff'), [
    'other: OPERATIONAL UPDATE',
    'other: KYIV, 24 February 2023 —',
    'report: The Armed Forces repelled 71 attacks near Bakhmut.',
    'opinion: The enemy continues its barbaric shelling of civilian infrastructure.',
    'call_to_action: Do not film or publish the work of air defence.',
  ])
})

test('a company announcement', () => {
  const text = 'SAN FRANCISCO, Oct. 24, 2023 /PRNewswire/ -- Acme Corp today announced revenue of $4.2 billion, up 12% year over year. Our new platform is the best solution on the market. Visit our website to learn more.\n\nForward-looking statements: This release contains statements that involve risks.'
  assert.deepEqual(label(text, 'Acme Corp'), [
    'other: SAN FRANCISCO, Oct. 24, 2023 /PRNewswire/ --',
    'report: Acme Corp today announced revenue of $4.2 billion, up 12% year over year.',
    'opinion: Our new platform is the best solution on the market.',
    'call_to_action: Visit our website to learn more.',
    'other: Forward-looking statements: This release contains statements that involve risks.',
  ])
})

test('the same sentences get the same functions whoever the issuer is, and whichever side they name', () => {
  const mirrored = [
    ['The government must stop playing politics with security.', 'The opposition must stop playing politics with security.'],
    ['This reckless government has failed an entire generation.', 'This reckless opposition has failed an entire generation.'],
    ['We call on the ruling party to resign.', 'We call on the opposition party to resign.'],
  ]
  for (const [a, b] of mirrored) {
    const fa = label(a).map((l) => l.split(':')[0])
    assert.deepEqual(label(b).map((l) => l.split(':')[0]), fa)
    for (const issuer of ['Government of Poland', 'Civic Coalition', 'Fridays for Future', 'General Staff', 'Acme Corp']) {
      assert.deepEqual(label(a, issuer).map((l) => l.split(':')[0]), fa)
    }
  }
})

test('a quotation over two sentences makes both quotes', () => {
  assert.deepEqual(label('“We will win. We will never surrender,” he said. The crowd cheered.'), [
    'quote: “We will win.',
    'quote: We will never surrender,” he said.',
    'report: The crowd cheered.',
  ])
})

test('a quotation that ends in the next sentence makes it a quote, however long its attribution', () => {
  assert.deepEqual(label('"This deployment is not a gesture. It is a guarantee," said Colonel Ana Varga, commander of the Iron Wolf Brigade, at the welcome ceremony on Monday.'), [
    'quote: "This deployment is not a gesture.',
    'quote: It is a guarantee," said Colonel Ana Varga, commander of the Iron Wolf Brigade, at the welcome ceremony on Monday.',
  ])
})

test('the items of a list that a call introduces with a colon are calls, numbered or bulleted, whatever their verbs', () => {
  const text = 'The party demands that the government:\n1. publish the full text of the pact within seven days;\n2. suspend payments to the consortium until the review is done;\n- give banks written assurances;\n- review every listing once a year.'
  assert.deepEqual(label(text), [
    'call_to_action: The party demands that the government:',
    'call_to_action: 1. publish the full text of the pact within seven days;',
    'call_to_action: 2. suspend payments to the consortium until the review is done;',
    'call_to_action: - give banks written assurances;',
    'call_to_action: - review every listing once a year.',
  ])
  // A list that a report introduces stays what its items are.
  assert.deepEqual(label('The exercise included:\n- night marches across the border region.'), [
    'report: The exercise included:',
    'report: - night marches across the border region.',
  ])
})

test('a short line of a few words with no verb, ending in a colon, is a section label; one that introduces what follows is not', () => {
  assert.deepEqual(label('Key facts:\nThe unit has 120 soldiers.\nThe mission at a glance:\nThe unit arrived on Monday.\nThe ministry said:\nThe unit will stay until May.'), [
    'other: Key facts:',
    'report: The unit has 120 soldiers.',
    'other: The mission at a glance:',
    'report: The unit arrived on Monday.',
    'report: The ministry said:',
    'report: The unit will stay until May.',
  ])
})

test('how a name is written does not change a characterisation: with or without "The", every side', () => {
  for (const subject of ['NATO', 'The CSTO', 'The United States', 'Russia', 'The European Union', 'The Kremlin', 'The White House']) {
    assert.deepEqual(label(`${subject} is not a defensive alliance.`), [`opinion: ${subject} is not a defensive alliance.`])
  }
})
