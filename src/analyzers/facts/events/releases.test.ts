import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { loadEventResources } from '../events.ts'
import { extractEvents } from './extract.ts'
import { eventContext, type ContextSpec } from './test-support/context.ts'
import { describeEvents } from './test-support/describe.ts'

const resources = loadEventResources()

/** One line per event, as `describeEvents` writes it. */
function events(text: string, spec: ContextSpec = {}): string[] {
  const ctx = eventContext(text, spec)
  return describeEvents(ctx, extractEvents(ctx, resources))
}

const places = (...names: string[]) => Object.fromEntries(names.map((n) => [n, 'location' as const]))

describe('an exercise named with its kind: "completed Exercise Northern Shield"', () => {
  test('the first word of the name is the exercise, with its doer, place, troops and date', () => {
    const text = 'More than 3,500 troops from eight NATO allies completed Exercise Northern Shield in Lithuania on Friday.'
    assert.deepEqual(
      events(text, {
        entities: { NATO: 'organization', 'Exercise Northern Shield': 'other', ...places('Lithuania') },
        amounts: [
          { text: 'More than 3,500 troops', value: 3500, qualifier: 'more_than', unit: 'troops' },
          { text: 'eight NATO allies', value: 8, unit: 'allies' },
        ],
        dates: [{ text: 'on Friday', resolved: '2025-05-23' }],
        published: '2025-05-27',
      }),
      ['150 "Exercise" NATO in Lithuania | amount "More than 3,500 troops" | date "on Friday" | current'],
    )
  })
  test('two forces that completed it: one event each', () => {
    const text = 'The Australian Defence Force and the Indonesian National Armed Forces have completed Exercise Southern Reach in East Java.'
    assert.deepEqual(
      events(text, { entities: { 'Australian Defence Force': 'organization', 'Indonesian National Armed Forces': 'organization', 'Exercise Southern Reach': 'other', ...places('East Java') } }),
      [
        '150 "Exercise" Australian Defence Force in East Java with Australian Defence Force, Indonesian National Armed Forces | current',
        '150 "Exercise" Indonesian National Armed Forces in East Java with Australian Defence Force, Indonesian National Armed Forces | current',
      ],
    )
  })
  test('rightly none: a name that opens with another word, or with no military company', () => {
    assert.deepEqual(events('NATO troops completed Northern Shield in Lithuania.', { entities: { NATO: 'organization', 'Northern Shield': 'other', ...places('Lithuania') } }), [])
    assert.deepEqual(events('The school completed Exercise Bright Minds in Vilnius.', { entities: { 'Exercise Bright Minds': 'other', ...places('Vilnius') } }), [])
  })
  test('the exercise named before "drills" names the drills; it does not hold them', () => {
    assert.deepEqual(events('Northern Shield drills end in Lithuania.', { entities: { 'Northern Shield': 'other', ...places('Lithuania') } }), ['150 "drills" in Lithuania | current'])
    assert.deepEqual(events('Polish drills end in Lithuania.', { entities: { Polish: 'nationality', ...places('Lithuania') } }), ['150 "drills" Polish in Lithuania | current'])
  })
})

describe('observers sent to an exercise watch it: no aid, no meeting', () => {
  test('"Sweden sent observers", "Finland sent a liaison team" after an exercise: the exercise alone', () => {
    const text = 'NATO troops completed the drills in Lithuania on Friday. Sweden sent observers. Finland sent a liaison team of 12 officers.'
    assert.deepEqual(events(text, { entities: { NATO: 'organization', ...places('Lithuania', 'Sweden', 'Finland') } }), ['150 "drills" NATO in Lithuania | current'])
  })
  test('in the sentence of the exercise itself', () => {
    const text = 'Russia and Belarus ended their joint exercise on Tuesday, and the United States sent military observers.'
    const country = (id: string) => ({ type: 'location' as const, kb: { source: 'test', id: `country:${id}` } })
    assert.deepEqual(events(text, { entities: { Russia: country('RU'), Belarus: country('BY'), 'United States': country('US') } }).map((e) => e.split(' |')[0]), [
      '150 "exercise" Russia with Russia, Belarus',
      '150 "exercise" Belarus with Russia, Belarus',
    ])
  })
  test('rightly kept: observers sent to an election, and a team sent to talks', () => {
    assert.deepEqual(events('The OSCE sent observers to the presidential election in Georgia.', { entities: { OSCE: 'organization', ...places('Georgia') } }), ['073 "sent" OSCE in Georgia | current'])
    assert.deepEqual(events('Norway sent a team to the talks in Oslo.', { entities: places('Norway', 'Oslo') }), ['036 "sent" Norway in Oslo | current'])
  })
})

describe('"the party", "the committee", "the movement" as the doer', () => {
  test('a body named before whose name the noun heads, past a quote that names another', () => {
    const text = 'The Free Democratic Party tabled a motion on Monday. “The minister knows that Parliament must be consulted,” Miriam Kohl said. The party appealed to the Social Democrats to support its motion.'
    const spec = {
      entities: { 'Free Democratic Party': 'organization' as const, Parliament: 'organization' as const, 'Social Democrats': 'organization' as const, 'Miriam Kohl': 'person' as const },
      quotes: [{ text: 'The minister knows that Parliament must be consulted,', speaker: 'Miriam Kohl', cue: 'said' }],
    }
    assert.deepEqual(events(text, spec).filter((e) => e.startsWith('020')), ['020 "appealed to" Free Democratic Party → Social Democrats | current'])
  })
  test('"the movement" for a movement named a few sentences before', () => {
    const text = 'The Peace and Neutrality Movement held its congress in Warsaw. “We will not be silent,” Ewa Kowalczyk said. The movement condemned the exercise.'
    const spec = {
      entities: { 'Peace and Neutrality Movement': 'organization' as const, 'Ewa Kowalczyk': 'person' as const, ...places('Warsaw') },
      quotes: [{ text: 'We will not be silent,', speaker: 'Ewa Kowalczyk', cue: 'said' }],
    }
    assert.deepEqual(events(text, spec).filter((e) => e.startsWith('111')), ['111 "condemned" Peace and Neutrality Movement | current'])
  })
  test('the document’s issuer when its name holds the noun and the text names it only at its end', () => {
    const text = 'NATO troops completed the exercise in Poland on Tuesday. The movement condemned the exercise.\n\nPeace and Neutrality Movement\nPress Office, Warsaw'
    const plain = eventContext(text, { entities: { NATO: 'organization', 'Peace and Neutrality Movement': 'organization', ...places('Poland', 'Warsaw') } })
    const ctx = { ...plain, document: { ...plain.document, issuer: 'Press Office of the Peace and Neutrality Movement' } }
    assert.deepEqual(describeEvents(ctx, extractEvents(ctx, resources)).filter((e) => e.startsWith('111')), ['111 "condemned" Peace and Neutrality Movement | current'])
  })
  test('rightly none: only a quote names a body, and no name holds the noun', () => {
    const text = '“The minister knows that Parliament must be consulted,” Miriam Kohl said. The party appealed to the Social Democrats to support its motion.'
    const spec = {
      entities: { Parliament: 'organization' as const, 'Social Democrats': 'organization' as const, 'Miriam Kohl': 'person' as const },
      quotes: [{ text: 'The minister knows that Parliament must be consulted,', speaker: 'Miriam Kohl', cue: 'said' }],
    }
    assert.deepEqual(events(text, spec).filter((e) => e.startsWith('020')), ['020 "appealed to" → Social Democrats | current'])
    assert.deepEqual(events('Alliance 90 met in Berlin. The alliance condemned the exercise.', { entities: { 'Alliance 90': 'organization', ...places('Berlin') } }).filter((e) => e.startsWith('111')), [
      '111 "condemned" Alliance 90 | current',
    ])
  })
})

describe('a call to protest rallies opposition (113), by the one who calls', () => {
  const published = '2026-02-14'
  test('"calls on all Poles to protest …": one call to protest, the caller’s 113 on the appeal’s verb', () => {
    const text = 'The Peace Movement calls on all Poles to protest in front of the ministry in Warsaw on 21 February.'
    const spec = { entities: { 'Peace Movement': 'organization' as const, ...places('Warsaw') }, dates: [{ text: '21 February', resolved: '2026-02-21' }], published }
    assert.deepEqual(events(text, spec), ['113 "calls on" Peace Movement in Warsaw | current'])
  })
  test('"calls on all patriots to rally …": "rally" asked for after "to" is a call to protest too', () => {
    const text = 'The Front calls on all patriots to rally in Chisinau on Saturday.'
    const spec = { entities: { Front: 'organization' as const, ...places('Chisinau') }, dates: [{ text: 'Saturday', resolved: '2026-02-21' }], published }
    assert.deepEqual(events(text, spec), ['113 "calls on" Front in Chisinau | current'])
  })
  test('invalid: an appeal to rally behind someone rallies support, and an appeal to strike may ask for an attack', () => {
    const rallyBehind = events('The Front called on its members to rally behind Maia Sandu.', { entities: { Front: 'organization', 'Maia Sandu': 'person' } })
    assert.deepEqual(rallyBehind, ['020 "called on" Front | current'])
    const strike = events('The Front urged the army to strike the rebels.', { entities: { Front: 'organization' } })
    assert.deepEqual(strike.filter((e) => e.startsWith('02') || e.startsWith('11')), ['020 "urged" Front | current'])
  })
  test('a second call in the same sentence: "… and on all citizens to demonstrate outside the Seimas"', () => {
    const text = 'The Union calls on the Seimas to pass a law closing the border, and on all citizens to demonstrate outside the Seimas on 20 September.'
    const spec = { entities: { Union: 'organization' as const, Seimas: 'organization' as const }, dates: [{ text: '20 September', resolved: '2026-09-20' }], published }
    assert.deepEqual(events(text, spec).filter((e) => e.startsWith('113')), ['113 "demonstrate" Union | current'])
  })
  test('the items of a list after a call that ends in ":"', () => {
    const text = 'The Front calls on every citizen to act now:\n\n- sign our petition;\n- join our march in Almaty on Saturday;\n- tell your neighbours the truth.'
    const spec = { entities: { Front: 'organization' as const, ...places('Almaty') }, dates: [{ text: 'Saturday', resolved: '2026-02-21' }], published }
    assert.deepEqual(events(text, spec), ['020 "calls on" Front | current', '113 "march" Front in Almaty | current'])
  })
  test('rightly kept: a protest reported after an appeal, and an appeal to do something else', () => {
    const text = 'The union called on the government to resign. Thousands protested in Warsaw on Monday.'
    assert.deepEqual(events(text, { entities: places('Warsaw'), dates: [{ text: 'on Monday', resolved: '2026-02-09' }], published }).filter((e) => e.startsWith('14')), [
      '141 "protested" in Warsaw | date "on Monday" | current',
    ])
    assert.deepEqual(events('The Front urged voters to reject the bill.', { entities: { Front: 'organization' } }), ['020 "urged" Front | current', '120 "reject" Front | background'])
  })
})

describe('votes in a parliament: opposing and supporting are events, passing legislation is none', () => {
  const bodies = (...names: string[]) => Object.fromEntries(names.map((n) => [n, 'organization' as const]))
  test('"voted down" rejects, "voted in favour of" supports', () => {
    assert.deepEqual(events('The Sejm voted down the petition by 350 votes to 40.', { entities: bodies('Sejm') }), ['120 "voted down" Sejm | current'])
    assert.deepEqual(events('The Greens voted in favour of the bill.', { entities: bodies('Greens') }), ['051 "voted in favour of" Greens | current'])
  })
  test('what a body voted to do is done: "voted to suspend" is current', () => {
    assert.deepEqual(events('Parliament voted to suspend Hungary’s voting rights.', { entities: { ...bodies('Parliament'), ...places('Hungary') } }), ['161 "suspend" Parliament → Hungary | current'])
  })
  test('what the news follows is earlier: "five days after EU member states voted to impose tariffs"', () => {
    const text = 'The move came five days after EU member states voted to impose tariffs on electric vehicles made in China.'
    assert.deepEqual(events(text, { entities: { ...bodies('EU'), ...places('China') } }).map((e) => e.split(' ')[0] + ' ' + e.split(' | ').pop()), ['163 background'])
  })
  test('passing a bill, a resolution or an amendment codes nothing; what a resolution calls for does', () => {
    assert.deepEqual(events('On Thursday the European Parliament voted to adopt a resolution on drone security.', { entities: bodies('European Parliament') }), [])
    assert.deepEqual(events('The Senate passed the bill by 34 votes to 19.', { entities: bodies('Senate') }), [])
    assert.deepEqual(events('The parliament passed an amendment to the constitution.'), [])
    assert.deepEqual(events('The Security Council adopted a resolution calling for a ceasefire.', { entities: bodies('Security Council') }), ['020 "calling for" Security Council | current'])
  })
  test('rightly kept: voting against, and adopting what is no legislation', () => {
    assert.deepEqual(events('Hungary and Poland voted against the acts.', { entities: places('Hungary', 'Poland') }).map((e) => e.split(' with')[0]), ['120 "voted against" Hungary', '120 "voted against" Poland'])
    assert.deepEqual(events('The European Union approved humanitarian aid for Sudan.', { entities: { ...bodies('European Union'), ...places('Sudan') } }), ['073 "humanitarian aid" European Union | current'])
  })
})

describe('forces put on alert (152)', () => {
  test('"put the army on high alert", "placed its forces on combat alert"', () => {
    const text = 'General Raimundas Vaikšnoras put the army on high alert during the drills.'
    assert.deepEqual(events(text, { entities: { 'Raimundas Vaikšnoras': 'person' } }), ['152 "high alert" Raimundas Vaikšnoras | current'])
    assert.deepEqual(events('Russia placed its nuclear forces on combat alert.', { entities: places('Russia') }), ['152 "combat alert" Russia | current'])
  })
  test('rightly none: hospitals put on alert for an epidemic', () => {
    assert.deepEqual(events('The government put the hospitals on alert for the epidemic.'), [])
  })
})

describe('an exercise whose verb comes after it takes that verb’s modal or negation', () => {
  const spec = { entities: places('Estonia', 'Voru') }
  test('"the exercise would be held", "the drills will not take place": background', () => {
    assert.deepEqual(events('More than 1,000 marines deployed to Estonia near Voru. The minister said the exercise would be held every year.', spec).filter((e) => e.startsWith('150')), ['150 "exercise" | background'])
    assert.deepEqual(events('More than 1,000 marines deployed to Estonia. The drills will not take place near Voru.', spec).filter((e) => e.startsWith('150')), ['150 "drills" in Voru | background'])
  })
  test('rightly current: "the exercise took place"', () => {
    assert.deepEqual(events('More than 1,000 marines deployed to Estonia. The exercise took place near Voru.', spec).filter((e) => e.startsWith('150')), ['150 "exercise" in Voru | current'])
  })
})

describe('the doer is the subject of the verb, not a name in an aside or a phrase of its own', () => {
  test('an aside between commas: "The Estonian minister, who met NATO officials on Monday, condemned Russia"', () => {
    const spec = { entities: { NATO: 'organization' as const, Estonian: 'nationality' as const, ...places('Russia') } }
    assert.deepEqual(events('The Estonian minister, who met NATO officials, condemned Russia.', spec).filter((e) => e.startsWith('111')), ['111 "condemned" Estonian → Russia | current'])
    const participle = { entities: { Kremlin: 'organization' as const, Chinese: 'nationality' as const, ...places('Ukraine') } }
    assert.deepEqual(events('The Kremlin, speaking to Chinese media, accused Ukraine of lying.', participle).filter((e) => e.startsWith('112')), ['112 "accused" Kremlin → Ukraine | current'])
  })
  test('"A spokesman for the Kremlin accused …": the body the spokesman speaks for', () => {
    const spec = { entities: { Kremlin: 'organization' as const, ...places('Ukraine') } }
    assert.deepEqual(events('A spokesman for the Kremlin accused Ukraine of lying.', spec), ['112 "accused" Kremlin → Ukraine | current'])
  })
  test('rightly kept: a list of names with commas acts together', () => {
    assert.deepEqual(events('Germany, France and Poland condemned the attack.', { entities: places('Germany', 'France', 'Poland') }).map((e) => e.split(' with')[0]), [
      '111 "condemned" Germany', '111 "condemned" France', '111 "condemned" Poland',
    ])
  })
})

describe('a cue of another verb or a preposition does not make the event background', () => {
  test('"The ambassador of Poland to Germany condemned …": "to" before a name is a preposition', () => {
    assert.deepEqual(events('The ambassador of Poland to Germany condemned the attack.', { entities: places('Poland', 'Germany') }), ['111 "condemned" Poland | current'])
  })
  test('"Soldiers who had arrived from Belarus shelled the village": the "had" is the arrival’s', () => {
    assert.deepEqual(events('Soldiers who had arrived from Belarus shelled the village.', { entities: places('Belarus') }).filter((e) => e.startsWith('194')), ['194 "shelled" | current'])
  })
  test('rightly kept: "had bombed", "had previously bombed", "plans to jointly hold drills"', () => {
    const spec = { entities: places('Turkey') }
    assert.deepEqual(events('Turkey had bombed the village.', spec), ['195 "bombed" Turkey | background'])
    assert.deepEqual(events('Turkey had previously bombed the village.', spec), ['195 "bombed" Turkey | background'])
    assert.deepEqual(events('Turkey plans to jointly hold military drills in Estonia.', { entities: places('Turkey', 'Estonia') }), ['150 "drills" Turkey in Estonia | background'])
  })
})

describe('with no subject party, the party in the noun’s own phrase holds the exercise', () => {
  test('"About 2,000 servicemen from Russia and Kazakhstan have concluded the CSTO exercise"', () => {
    const text = 'About 2,000 servicemen from Russia and Kazakhstan have concluded the CSTO exercise in Tajikistan.'
    assert.deepEqual(events(text, { entities: { CSTO: 'organization', ...places('Russia', 'Kazakhstan', 'Tajikistan') } }), ['150 "exercise" CSTO in Tajikistan with Russia, Kazakhstan | current'])
  })
  test('rightly kept: a named subject holds it, whoever the noun names', () => {
    assert.deepEqual(events('Belarus held the CSTO military exercise in Tajikistan.', { entities: { CSTO: 'organization', ...places('Belarus', 'Tajikistan') } }), ['150 "exercise" Belarus in Tajikistan | current'])
  })
})

describe('a label put on something is criticism (111), or praise when its words praise', () => {
  test('"called the measure “too little and too late”", "described Russia as “a terrorist state”"', () => {
    const spec = {
      entities: { 'AfD group': 'organization' as const, 'Donald Tusk': 'person' as const, ...places('Russia') },
      quotes: [
        { text: 'too little and too late', speaker: 'AfD group', cue: 'called' },
        { text: 'a terrorist state', speaker: 'Donald Tusk', cue: 'described' },
      ],
    }
    assert.deepEqual(events('The AfD group welcomed the decision but called the measure “too little and too late”. Donald Tusk described Russia as “a terrorist state”.', spec), [
      '051 "welcomed" AfD group | current',
      '111 "called" AfD group | current',
      '111 "described" Donald Tusk → Russia | current',
    ])
  })
  test('a label’s own words are no target, and a praising label is praise', () => {
    const spec = {
      entities: { 'Piotr Zawadzki': 'person' as const, Kremlin: 'organization' as const },
      quotes: [
        { text: 'Kremlin propaganda', speaker: 'Piotr Zawadzki', cue: 'called' },
        { text: 'a historic success', speaker: 'Piotr Zawadzki', cue: 'called' },
      ],
    }
    assert.deepEqual(events('Piotr Zawadzki called the petition “Kremlin propaganda”. Later he called the exercise “a historic success”.', spec).map((e) => e.split(' |')[0]), [
      '111 "called" Piotr Zawadzki',
      '051 "called" Piotr Zawadzki',
    ])
  })
})

describe('rejecting the blame laid on oneself is a denial (016), rejecting a proposal a rejection (120)', () => {
  test('"rejected responsibility", "rejected any involvement": a denial', () => {
    const spec = { entities: { Minsk: 'location' as const } }
    assert.deepEqual(events('Minsk rejected responsibility at the time.', spec), ['016 "rejected" Minsk | current'])
    assert.deepEqual(events('Minsk rejected any involvement in the incursions.', spec), ['016 "rejected" Minsk | current'])
  })
  test('invalid: "rejected the proposal" stays a rejection', () => {
    assert.deepEqual(events('Minsk rejected the proposal.', { entities: { Minsk: 'location' } }), ['120 "rejected" Minsk | current'])
  })
})

describe('offers to mediate and calls told with a verb', () => {
  test('"offered to mediate" is an intent to mediate (039), with a relative clause between doer and verb too', () => {
    assert.deepEqual(events('Russia, which keeps military bases in both countries, offered to mediate.', { entities: places('Russia') }), ['039 "offered" Russia | current'])
    assert.deepEqual(events('Turkey offered its mediation.', { entities: places('Turkey') }), ['039 "offered" Turkey | current'])
  })
  test('invalid: an offer of something else is no mediation', () => {
    assert.ok(!events('Russia offered to send aid.', { entities: places('Russia') }).some((e) => e.startsWith('039')))
  })
  test('"spoke by telephone with", "phoned": a telephone discussion (041)', () => {
    const people = { 'Vladimir Putin': 'person' as const, 'Emmanuel Macron': 'person' as const }
    assert.deepEqual(events('President Vladimir Putin spoke by telephone with Emmanuel Macron.', { entities: people }).map((e) => e.split(' |')[0]), [
      '041 "spoke by telephone" Vladimir Putin → Emmanuel Macron',
      '041 "spoke by telephone" Emmanuel Macron → Vladimir Putin',
    ])
  })
  test('invalid: speaking at a forum is no call', () => {
    assert.deepEqual(events('Vladimir Putin spoke at the forum.', { entities: { 'Vladimir Putin': 'person' } }), [])
  })
})

describe('a name after a comma is no object of the event before it', () => {
  test('"In response to the Chinese drills, Taiwan deployed …": Taiwan responds, the drills aim at no one named', () => {
    const found = events('In response to the Chinese drills, Taiwan deployed warships.', { entities: { Chinese: 'nationality', Taiwan: 'location' } })
    assert.deepEqual(found.map((e) => e.split(' |')[0]), ['150 "drills" Chinese', '154 "deployed" Taiwan'])
  })
  test('invalid: with no comma the name is still the object, "Chinese drills against Taiwan", "shelled Kharkiv"', () => {
    assert.deepEqual(events('Chinese drills against Taiwan began.', { entities: { Chinese: 'nationality', Taiwan: 'location' } }).map((e) => e.split(' |')[0]), ['150 "drills" Chinese → Taiwan'])
    assert.deepEqual(events('Russia shelled Kharkiv.', { entities: places('Russia', 'Kharkiv') }).map((e) => e.split(' |')[0]), ['194 "shelled" Russia → Kharkiv'])
  })
})

describe('what a body voted to do is done, even when its voters are not named', () => {
  test('"MEPs voted to ban …": a ban (163) with no named actor', () => {
    assert.deepEqual(events('MEPs voted to ban the import of products made with forced labour.'), ['163 "ban" | current'])
  })
  test('invalid: a ban only hoped for, or a resolution adopted, is no event', () => {
    assert.deepEqual(events('MEPs hope to ban the import of products made with forced labour.'), [])
    assert.deepEqual(events('MEPs voted to adopt a resolution on drone security.'), [])
  })
})

describe('two acts joined by "and" in one clause stay two events', () => {
  test('"summoned the Tajik ambassador and called the attack “…”": the summons and the criticism', () => {
    const text = 'Nurbek Sadyrov summoned the Tajik ambassador and called the attack "a deliberate strike on sleeping families".'
    const spec = { entities: { 'Nurbek Sadyrov': 'person' as const, Tajik: 'nationality' as const }, quotes: [{ text: 'a deliberate strike on sleeping families', speaker: 'Nurbek Sadyrov', cue: 'called' }] }
    assert.deepEqual(events(text, spec).map((e) => e.split(' |')[0]), ['114 "summoned" Nurbek Sadyrov → Tajik', '111 "called" Nurbek Sadyrov'])
  })
  test('invalid: a label in a participle clause is the same criticism told again', () => {
    const text = 'Nurbek Sadyrov condemned the attack, calling it "a deliberate strike on sleeping families".'
    const spec = { entities: { 'Nurbek Sadyrov': 'person' as const }, quotes: [{ text: 'a deliberate strike on sleeping families', speaker: 'Nurbek Sadyrov', cue: 'calling' }] }
    assert.equal(events(text, spec).filter((e) => e.startsWith('11')).length, 1)
  })
})

describe('a participle joined to a passive is passive too', () => {
  test('"was summoned … and handed a note of protest": no doer named, the envoy is acted on', () => {
    const found = events('The Belarusian chargé was summoned to the ministry and handed a note of protest.', { entities: { Belarusian: 'nationality' } })
    assert.deepEqual(found.map((e) => e.split(' |')[0]), ['114 "summoned" → Belarusian', '111 "note of protest" → Belarusian'])
  })
  test('invalid: an active second verb keeps the first one\'s doer', () => {
    const found = events('Lithuania summoned the Belarusian chargé and handed him a note of protest.', { entities: { Lithuania: 'location', Belarusian: 'nationality' } })
    assert.ok(found.some((e) => e.startsWith('111 "note of protest" Lithuania')), found.join('\n'))
  })
})

describe('a body named by its kind is a subject the dictionary verbs accept', () => {
  test('"The movement accused Chisinau of …": an accusation, its doer left unnamed when no movement is named', () => {
    const found = events('Let no one be fooled. The movement accused Chisinau of hiding the true scale of military cooperation.', { entities: places('Chisinau') })
    assert.deepEqual(found.map((e) => e.split(' |')[0]), ['112 "accused" → Chisinau'])
  })
  test('invalid: a verb with no subject at all, or a common noun that is no body, codes nothing', () => {
    assert.deepEqual(events('Hiding the scale of cooperation accused Chisinau.', { entities: places('Chisinau') }), [])
    assert.deepEqual(events('The weather accused Chisinau of nothing.', { entities: places('Chisinau') }), [])
  })
})

describe('"they" after a coordinated subject stands for every party of it', () => {
  test('"Kyrgyzstan and Tajikistan fought … They signed a treaty": one signing each', () => {
    const found = events('Kyrgyzstan and Tajikistan fought a brief border war in 2022. They signed a treaty settling the border.', { entities: places('Kyrgyzstan', 'Tajikistan') })
    assert.deepEqual(found.filter((e) => e.startsWith('057')).map((e) => e.split(' with')[0]), ['057 "treaty" Kyrgyzstan → Tajikistan', '057 "treaty" Tajikistan → Kyrgyzstan'])
  })
  test('invalid: parties not joined into one subject give "they" the nearest one only', () => {
    const found = events('Kyrgyzstan blamed Tajikistan for the war. They signed a treaty settling the border.', { entities: places('Kyrgyzstan', 'Tajikistan') })
    assert.deepEqual(found.filter((e) => e.startsWith('057')).map((e) => e.split(' |')[0]), ['057 "treaty" Tajikistan'])
  })
})

describe('an appeal to the partners in a body is aimed at that body', () => {
  test('"calls on its partners in the European Union and NATO": one appeal to each body', () => {
    const spec = { entities: { Lithuania: 'location' as const, 'European Union': 'organization' as const, NATO: 'organization' as const } }
    const found = events('Lithuania calls on its partners in the European Union and NATO to follow suit.', spec)
    assert.deepEqual(found.map((e) => e.split(' with')[0]), ['020 "calls on" Lithuania → European Union', '020 "calls on" Lithuania → NATO'])
  })
  test('invalid: a place after "in" is where, and a body after "in" that no member noun precedes aims at no one', () => {
    assert.deepEqual(events('Lithuania called on its partners in Vilnius to follow suit.', { entities: places('Lithuania', 'Vilnius') }).map((e) => e.split(' |')[0]), ['020 "called on" Lithuania in Vilnius'])
    const spec = { entities: { Lithuania: 'location' as const, NATO: 'organization' as const } }
    assert.ok(!events('Lithuania called for restraint in NATO debates.', spec).some((e) => e.includes('→ NATO')))
  })
})

describe('an attack answered in kind is a use of force', () => {
  const spec = { entities: { 'State Committee for National Security': 'organization' as const, Kyrgyz: 'nationality' as const } }
  test('"its units had only responded to that attack": 190, the body its units belong to', () => {
    const text = 'The State Committee for National Security said a Kyrgyz drone had struck a checkpoint, and that its units had only responded to that attack.'
    const found = events(text, spec).filter((e) => e.includes('"responded"'))
    assert.deepEqual(found.map((e) => e.split(' |')[0]), ['190 "responded" State Committee for National Security'])
  })
  test('invalid: responding to a letter or to questions is no force', () => {
    const found = events('The State Committee for National Security responded to the letter and to questions from Kyrgyz reporters.', spec)
    assert.ok(!found.some((e) => e.startsWith('19')), found.join('\n'))
  })
})

describe('a state that goes on is no act', () => {
  const spec = { entities: places('Yerevan') }
  test('"Yerevan remained committed to the peace process": no event', () => {
    assert.deepEqual(events('Yerevan remained committed to the peace process.', spec), [])
  })
  test('invalid: an act beside the state stays an event', () => {
    const found = events('Yerevan remained calm and welcomed the peace process.', spec)
    assert.ok(found.some((e) => e.startsWith('051 "welcomed" Yerevan')), found.join('\n'))
  })
})

describe('declaring diplomats persona non grata expels them (174)', () => {
  const spec = { entities: { 'Ministry of Foreign Affairs': 'organization' as const, 'Embassy of Belarus': 'organization' as const } }
  test('"has declared two diplomats of the Embassy of Belarus persona non grata": 174 by the ministry', () => {
    const found = events('The Ministry of Foreign Affairs has declared two diplomats of the Embassy of Belarus persona non grata.', spec)
    assert.ok(found.some((e) => e.startsWith('174 "declared" Ministry of Foreign Affairs')), found.join('\n'))
  })
  test('invalid: declaring the talks a success expels no one', () => {
    const found = events('The Ministry of Foreign Affairs declared the talks with the Embassy of Belarus a success.', spec)
    assert.ok(!found.some((e) => e.startsWith('17')), found.join('\n'))
  })
})
