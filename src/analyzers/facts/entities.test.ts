import assert from 'node:assert/strict'
import fc from 'fast-check'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, test } from 'node:test'
import { createAnalyzer } from '../../engine/engine.ts'
import { DEFAULT_NER_MODEL } from '../../ner/index.ts'
import type { Entity, Report } from '../../report/schema.ts'
import entitiesAnalyzer, { createEntitiesAnalyzer } from './entities.ts'

const rules = createAnalyzer({ analyzers: [createEntitiesAnalyzer({ nerModel: false })] })
const hasNer = existsSync(fileURLToPath(DEFAULT_NER_MODEL))

/** An entity as a reader sees it: "e1 person Zhang Ming (Zhang) kb:– | Zhang Ming, Zhang". */
function line(e: Entity): string {
  const aliases = e.aliases.length > 0 ? ` (${e.aliases.join(', ')})` : ''
  const qualifier = e.qualifier ? ` [${e.qualifier}]` : ''
  return `${e.id} ${e.type} ${e.name}${aliases}${qualifier} kb:${e.kb?.id ?? '–'} | ${e.mentions.map((m) => m.text).join(', ')}`
}

const entities = (text: string, report: Report = rules.analyze(text)) => report.entities.map(line)

/** Every mention's text is the document's text at its offsets: the report contract. */
function assertExactSpans(report: Report): void {
  for (const e of report.entities) for (const m of e.mentions) assert.equal(report.document.text.slice(m.start, m.end), m.text)
  assert.deepEqual(report.problems, [])
}

describe('entities: what is not an entity', () => {
  const valid = [
    'Reading the report, officials agreed to wait.',
    'Mobile phones were banned at the talks.',
    'Nice work, the delegates said.',
    'Split decisions are common in the committee.',
    'They told us the vote would wait.',
    'Prices rose in May and fell in June.',
    'We ate turkey on Thursday.',
  ]
  for (const text of valid) {
    test(JSON.stringify(text), () => {
      assert.deepEqual(entities(text), [])
    })
  }
})

describe('entities: names, read in context', () => {
  test('"US" is the country, "us" is not', () => {
    assert.deepEqual(entities('The US told us it would act.'), ['e1 location United States (US) kb:country:USA | US'])
  })

  test('"Turkey" the country', () => {
    assert.deepEqual(entities('Turkey launched strikes on Monday.'), ['e1 location Türkiye (Turkey) kb:country:TUR | Turkey'])
  })

  test('"May" the month is no one; "May" after "Theresa May" is her', () => {
    assert.deepEqual(entities('Theresa May resigned in May 2019. May said she had tried.'), ['e1 person Theresa May (May) kb:petrarch:person/theresa-may/GBR | Theresa May, May'])
  })

  test('Georgia after a US city is the US state', () => {
    assert.deepEqual(entities('Gov. Brian Kemp spoke in Atlanta, Georgia, on Friday.'), [
      'e1 person Brian Kemp kb:– | Brian Kemp',
      'e2 location Atlanta kb:city:geonames:4180439 | Atlanta',
      'e3 location Georgia kb:us-state:GA | Georgia',
    ])
  })

  test('Georgia with Tbilisi is the country', () => {
    assert.deepEqual(entities('Russian troops remain in Georgia, officials in Tbilisi said.'), [
      'e1 nationality Russian kb:nationality:RUS | Russian',
      'e2 location Georgia kb:country:GEO | Georgia',
      'e3 location Tbilisi kb:city:geonames:611717 | Tbilisi',
    ])
  })

  test('"Jordan" in a person\'s name is not the country; alone it is', () => {
    assert.deepEqual(entities('Jordan Bardella, president of the National Rally, thanked King Abdullah of Jordan.'), [
      'e1 person Jordan Bardella kb:– | Jordan Bardella',
      'e2 organization National Rally kb:org:fr-rassemblement-national | National Rally',
      'e3 person Abdullah kb:– | Abdullah',
      'e4 location Jordan kb:country:JOR | Jordan',
    ])
  })

  test('a place inside a longer name is not a place', () => {
    assert.deepEqual(entities('Delegates signed the Paris Agreement.'), ['e1 other Paris Agreement kb:– | Paris Agreement'])
    assert.deepEqual(entities('Officials of the Estonian Defence Forces met the Embassy of China.'), [
      'e1 organization Estonian Defence Forces kb:– | Estonian Defence Forces',
      'e2 organization Embassy of China kb:– | Embassy of China',
    ])
  })

  test('a date after "on" or "for" is no part of a body\'s name', () => {
    assert.deepEqual(entities('The unit took over from the Northern Air Command on 1 August and from the Western Fleet for 3 September.'), [
      'e1 organization Northern Air Command kb:– | Northern Air Command',
      'e2 organization Western Fleet kb:– | Western Fleet',
    ])
    // a number that is no day of a month stays in the name
    assert.deepEqual(entities('The Committee on 21st Century Security met on 2 May.'), ['e1 organization Committee on 21st Century Security kb:– | Committee on 21st Century Security'])
  })

  test('organisation names hold "of", "and", "on", numbers and slashes; people stay apart', () => {
    assert.deepEqual(entities('The Ministry of Finance, the Alliance 21/The Blues and the Committee on Procedure and House Affairs objected; Zhang Wei and Li Na did not.'), [
      'e1 organization Ministry of Finance kb:– | Ministry of Finance',
      'e2 organization Alliance 21/The Blues kb:– | Alliance 21/The Blues',
      'e3 organization Committee on Procedure and House Affairs kb:– | Committee on Procedure and House Affairs',
    ])
  })

  test('places and events named by their head word', () => {
    assert.deepEqual(entities('Ships met near the Senkaku Islands before Exercise Spring Storm began.'), [
      'e1 location Senkaku Islands kb:– | Senkaku Islands',
      'e2 other Exercise Spring Storm kb:– | Exercise Spring Storm',
    ])
    assert.deepEqual(entities('Manila invoked the Mutual Defense Treaty and the Energy Security Pact.').slice(1), [
      'e2 other Mutual Defense Treaty kb:– | Mutual Defense Treaty',
      'e3 other Energy Security Pact kb:– | Energy Security Pact',
    ])
  })
})

describe('entities: one entity, many names', () => {
  test('a long form with its acronym in brackets, and the acronym alone later', () => {
    const report = rules.analyze('Secretary-General Zhang Ming of the ‘Shanghai Cooperation Organisation’ (SCO) spoke. Members of the SCO agreed.')
    assert.deepEqual(entities('', report), [
      'e1 person Zhang Ming kb:– | Zhang Ming',
      'e2 organization Shanghai Cooperation Organisation (SCO) kb:petrarch:IGOCAS | Shanghai Cooperation Organisation, SCO, SCO',
    ])
    assertExactSpans(report)
  })

  test('an acronym with its long form in brackets', () => {
    assert.deepEqual(entities('The SCO (Shanghai Cooperation Organisation) met in Astana.'), [
      'e1 organization Shanghai Cooperation Organisation (SCO) kb:petrarch:IGOCAS | SCO, Shanghai Cooperation Organisation',
      'e2 location Astana kb:city:geonames:1526273 | Astana',
    ])
  })

  test('an organisation the knowledge base does not know, then its initials', () => {
    assert.deepEqual(entities('The Eurasian Water Cooperation Council met on Monday. Later the EWCC issued a statement.'), [
      'e1 organization Eurasian Water Cooperation Council (EWCC) kb:– | Eurasian Water Cooperation Council, EWCC',
    ])
  })

  test('a surname alone joins the person named in full; the title stays out', () => {
    assert.deepEqual(entities('Secretary-General Zhang Ming arrived. Zhang said the talks went well.'), ['e1 person Zhang Ming (Zhang) kb:– | Zhang Ming, Zhang'])
  })

  test('a one-word name the knowledge base gives to someone else yields to the person named here', () => {
    assert.deepEqual(entities('First lady Michelle Obama visited. Obama spoke about schools.'), ['e1 person Michelle Obama (Obama) kb:– | Michelle Obama, Obama'])
  })

  test('"the Movement", "the Alliance" refer back to the body named before whose name ends in that word', () => {
    const [movement] = rules.analyze('The Andean Green Movement met on Monday. The Movement said it would march.').entities
    assert.deepEqual(movement.mentions.map((m) => m.text), ['Andean Green Movement', 'Movement'])
    const [nato] = rules.analyze('NATO ended its drills. The Alliance said the drills went well.').entities
    assert.deepEqual(nato.mentions.map((m) => m.text), ['NATO', 'Alliance'])
  })

  test('a body\'s shorter name joins its fuller one, and then "the Committee" finds it', () => {
    const report = rules.analyze('The Defence Committee met. The House of Commons Defence Committee published a report. The Committee calls on ministers to act.')
    assert.deepEqual(report.entities.map((e) => [e.name, e.mentions.length]), [['House of Commons Defence Committee', 3]])
  })

  test('invalid: a name that only ends a phrase of another name, or two fuller names, keep it apart', () => {
    assert.equal(rules.analyze('The Catholic Church spoke. The Catechism of the Catholic Church is long.').entities.length, 2)
    assert.equal(rules.analyze('The Foreign Affairs Committee met. The House Foreign Affairs Committee and the Senate Foreign Affairs Committee agreed.').entities.length, 3)
  })

  test('invalid: a head word that no body named before ends in stays apart', () => {
    const found = rules.analyze('The Andean Green Movement met on Monday. The Council said it would act.').entities
    assert.ok(!found.some((e) => e.mentions.some((m) => m.text === 'Andean Green Movement') && e.mentions.some((m) => m.text === 'Council')))
  })
})

describe('entities: a surname that is also a place', () => {
  // The same construction, whichever city the surname spells.
  for (const [first, surname] of [['Carla', 'Lisbon'], ['Tomas', 'Sydney'], ['Amira', 'Cairo']]) {
    test(`"${surname} said" after "${first} ${surname}" is the person`, () => {
      const report = rules.analyze(`Defence Minister ${first} ${surname} met envoys on Friday. ${surname} said the talks had gone well.`)
      assert.deepEqual(entities('', report), [`e1 person ${first} ${surname} (${surname}) kb:– | ${first} ${surname}, ${surname}`])
      assertExactSpans(report)
    })
  }

  test('the surname joins the person also when it comes first, and past a suffix such as "Jr."', () => {
    assert.deepEqual(entities('Lisbon welcomed the plan. Later, Senator Carla Lisbon said she backed it.'), ['e1 person Carla Lisbon (Lisbon) kb:– | Lisbon, Carla Lisbon'])
    assert.deepEqual(entities('Lt. Gen. Robert Dover Jr. briefed reporters. Dover said drills would continue.'), ['e1 person Robert Dover Jr. (Dover) kb:– | Robert Dover Jr., Dover'])
  })

  test('after "to" or "in", or in a list of places, the name stays the place', () => {
    assert.deepEqual(entities('Defence Minister Carla Lisbon flew to Lisbon on Friday.'), ['e1 person Carla Lisbon kb:– | Carla Lisbon', 'e2 location Lisbon kb:city:geonames:2267057 | Lisbon'])
    assert.deepEqual(entities('Sydney, Melbourne and Perth reported gains, Senator Ann Perth said.'), [
      'e1 location Sydney kb:city:geonames:2147714 | Sydney',
      'e2 location Melbourne kb:city:geonames:2158177 | Melbourne',
      'e3 location Perth kb:city:geonames:2063523 | Perth',
      'e4 person Ann Perth kb:– | Ann Perth',
    ])
  })

  test('a given name, or a place with no one of that name in the text, stays the place', () => {
    assert.deepEqual(entities('Ambassador Jordan Peters spoke. Jordan hosted the talks.'), ['e1 person Jordan Peters kb:– | Jordan Peters', 'e2 location Jordan kb:country:JOR | Jordan'])
    assert.deepEqual(entities('Lisbon said the talks had gone well.'), ['e1 location Lisbon kb:city:geonames:2267057 | Lisbon'])
  })
})

describe('entities: military bodies in daily reports', () => {
  test('"General Staff", "Air Force" open a body even at a sentence start; report and unit words before "of" are not the name', () => {
    assert.deepEqual(
      rules.analyze('General Staff of the Armed Forces of Ruritania: update. Air Force units struck two depots. Units of the Northern Group of Forces advanced.').entities.map((e) => e.name),
      ['General Staff of the Armed Forces of Ruritania', 'Air Force', 'Northern Group of Forces'],
    )
  })
  test('a numbered unit keeps its number and its regiment: "No. 9 Squadron", "657 Squadron Army Air Corps", "3rd Battalion, The Royal Borderers"', () => {
    assert.deepEqual(
      rules.analyze('Jets from No. 9 Squadron and helicopters from 657 Squadron Army Air Corps flew. Soldiers from the 3rd Battalion, The Royal Borderers have arrived.').entities.map((e) => [e.type, e.name]),
      [['organization', 'No. 9 Squadron'], ['organization', '657 Squadron Army Air Corps'], ['organization', '3rd Battalion, The Royal Borderers']],
    )
    // a count of people before a capitalised word is no unit
    assert.deepEqual(rules.analyze('About 200 Marines arrived on Friday.').entities.map((e) => e.name), ['Marines'])
  })
  test('"Air and Missile Defense" in a command\'s name is one name; two bodies with "and" stay two', () => {
    assert.deepEqual(rules.analyze('The 34th Army Air and Missile Defense Command will receive them.').entities.map((e) => e.name), ['34th Army Air and Missile Defense Command'])
    assert.deepEqual(rules.analyze('The Northern Army Command and Southern Fleet Command met.').entities.map((e) => e.name), ['Northern Army Command', 'Southern Fleet Command'])
  })
  test('"the Corps", "the Command" refer back to the one unit named before that ends in that word', () => {
    assert.deepEqual(entities('He met the commander of IX Corps at the Corps forward headquarters.'), ['e1 organization IX Corps (Corps) kb:– | IX Corps, Corps'])
  })
  test('invalid: a rank before a name stays a title', () => {
    assert.deepEqual(rules.analyze('General Anna Novak inspected the troops.').entities.map((e) => [e.type, e.name]), [['person', 'Anna Novak']])
  })
})

describe('entities: titles with their offices', () => {
  test('a service of a country is an organisation: "U.S. Marines", "2nd Battalion"', () => {
    assert.deepEqual(rules.analyze('Manila will host more U.S. Marines, and the 2nd Battalion arrived.').entities.map((e) => [e.type, e.name]), [['location', 'Manila'], ['organization', 'U.S. Marines'], ['organization', '2nd Battalion']])
  })
  test('the words of an office after "of" or "for" are not part of the name', () => {
    assert.deepEqual(entities('Ghana’s Minister for Defence and Veterans Affairs Kwame Boateng met the Chief of the General Staff, Gen. Oleksandr Petrenko.'), [
      'e1 location Ghana kb:country:GHA | Ghana',
      'e2 person Kwame Boateng kb:– | Kwame Boateng',
      'e3 person Oleksandr Petrenko kb:– | Oleksandr Petrenko',
    ])
    assert.deepEqual(entities('Secretary of Defense Frank Lowe met Secretary of the Army Daniel Ortiz.'), ['e1 person Frank Lowe kb:– | Frank Lowe', 'e2 person Daniel Ortiz kb:– | Daniel Ortiz'])
    assert.deepEqual(entities('Peru’s Minister of Production and Trade Lucia Quispe arrived.'), ['e1 location Peru kb:country:PER | Peru', 'e2 person Lucia Quispe kb:– | Lucia Quispe'])
  })

  test('a title whose office names a known body, then a name: the name is a person', { skip: !hasNer && 'needs the NER model' }, () => {
    const report = createAnalyzer({ analyzers: [createEntitiesAnalyzer()] }).analyze('The Secretary-General of the SCO Zhang Ming stated that the drills had ended. Zhang also added that more would follow.')
    assert.deepEqual(entities('', report), [
      'e1 organization Shanghai Cooperation Organisation (SCO) kb:petrarch:IGOCAS | SCO',
      'e2 person Zhang Ming (Zhang) kb:– | Zhang Ming, Zhang',
    ])
    // one word after the body ends the body's name, not a person's
    const [federation] = rules.analyze('The head of the International Federation of Red Cross and Red Crescent Societies spoke.').entities
    assert.notEqual(federation?.type, 'person')
  })

  test('a country\'s office the knowledge base knows, then a name: the country is a place, the name a person', () => {
    assert.deepEqual(entities('U.S. Secretary of State Marta Kowalczyk spoke by phone on Monday.'), [
      'e1 location United States (U.S.) kb:country:USA | U.S.',
      'e2 person Marta Kowalczyk kb:– | Marta Kowalczyk',
    ])
    // with no name after it, the office stays what the knowledge base makes of it
    assert.deepEqual(entities('The U.S. Secretary of State spoke by phone on Monday.').length, 1)
  })

  test('honorifics are no part of a name: "Shri", "Smt.", "Mrs", "Dame"', () => {
    assert.deepEqual(entities('The envoy, Shri Arun Mehrotra, met Smt. Leela Narayanan, Mrs Jane Pollard and Dame Ruth Ellery.'), [
      'e1 person Arun Mehrotra kb:– | Arun Mehrotra',
      'e2 person Leela Narayanan kb:– | Leela Narayanan',
      'e3 person Jane Pollard kb:– | Jane Pollard',
      'e4 person Ruth Ellery kb:– | Ruth Ellery',
    ])
  })

  test('appointments such as "Commanding Officer" and "Flag Officer Commanding" name no one', () => {
    assert.deepEqual(entities('The Commanding Officer will call on the Flag Officer Commanding.'), [])
    assert.deepEqual(entities('The Commanding Officer, Captain Anna Berglund, met the press.'), ['e1 person Anna Berglund kb:– | Anna Berglund'])
  })

  test('an office or a title with no name is no one', () => {
    assert.deepEqual(entities('The Minister of Foreign Affairs said the talks had failed.'), [])
    assert.deepEqual(entities('The Senate Armed Services Committee Chairwoman, Sen. Maria Lopez, said so.'), [
      'e1 organization Senate Armed Services Committee kb:petrarch:USAGOVLEG | Senate Armed Services Committee',
      'e2 person Maria Lopez kb:– | Maria Lopez',
    ])
  })

  test('an office naming a body keeps the body', () => {
    assert.deepEqual(entities('She is President of the Centre for Child Protection.'), ['e1 organization Centre for Child Protection kb:– | Centre for Child Protection'])
  })
})

describe('entities: names of bodies', () => {
  test('two bodies joined by "and" are two entities', () => {
    assert.deepEqual(entities('Officials of the Ministry of Energy and Ministry of Justice met.'), [
      'e1 organization Ministry of Energy kb:– | Ministry of Energy',
      'e2 organization Ministry of Justice kb:– | Ministry of Justice',
    ])
    assert.deepEqual(entities('The Tribunal and Member States agreed.'), ['e1 organization Tribunal kb:– | Tribunal'])
    assert.deepEqual(entities('U.S. Forces Korea and U.S. Army Pacific announced the drill.'), [
      'e1 organization U.S. Forces Korea kb:– | U.S. Forces Korea',
      'e2 organization U.S. Army Pacific kb:– | U.S. Army Pacific',
    ])
  })

  test('one name with "and" inside stays one', () => {
    assert.deepEqual(entities('The Committee on Agriculture and Rural Affairs met the Energy and Climate Committee.'), [
      'e1 organization Committee on Agriculture and Rural Affairs kb:– | Committee on Agriculture and Rural Affairs',
      'e2 organization Energy and Climate Committee kb:– | Energy and Climate Committee',
    ])
    assert.deepEqual(entities('Brazil and Argentina signed.'), ['e1 location Brazil kb:country:BRA | Brazil', 'e2 location Argentina kb:country:ARG | Argentina'])
  })

  test('a body word with "on", "for" or a number heads the whole name', () => {
    assert.deepEqual(entities('The Subcommittee on Border Security met the 3rd Infantry Division.'), [
      'e1 organization Subcommittee on Border Security kb:– | Subcommittee on Border Security',
      'e2 organization 3rd Infantry Division kb:– | 3rd Infantry Division',
    ])
  })

  test('a command or a mission takes its region into its name; "in" after a command does not', () => {
    assert.deepEqual(entities('The African Union Mission in Somalia thanked U.S. Naval Forces Korea-Japan.'), [
      'e1 organization African Union Mission in Somalia kb:– | African Union Mission in Somalia',
      'e2 organization U.S. Naval Forces Korea-Japan kb:– | U.S. Naval Forces Korea-Japan',
    ])
    assert.deepEqual(entities('The Army in Europe trained.'), ['e1 organization Army kb:– | Army', 'e2 location Europe kb:region:europe | Europe'])
  })
})

describe('entities: press releases of movements and parties', () => {
  test('a possessive inside a movement\'s or a party\'s name belongs to the name', () => {
    assert.deepEqual(entities('The Farmers\' Solidarity Front and the National Women\'s Council called for a strike.'), [
      "e1 organization Farmers' Solidarity Front kb:– | Farmers' Solidarity Front",
      "e2 organization National Women's Council kb:– | National Women's Council",
    ])
    assert.deepEqual(entities('The Miners’ Union of Bolivia and the People\'s Democratic Alliance marched.'), [
      'e1 organization Miners’ Union of Bolivia kb:– | Miners’ Union of Bolivia',
      "e2 organization People's Democratic Alliance kb:– | People's Democratic Alliance",
    ])
  })

  test('an owner that is a place, a body, a person or a date stays apart from what it owns', () => {
    assert.deepEqual(entities('Kenya\'s Electoral Commission and Japan\'s Foreign Ministry responded.'), [
      'e1 location Kenya kb:country:KEN | Kenya',
      'e2 organization Electoral Commission kb:– | Electoral Commission',
      'e3 location Japan kb:country:JPN | Japan',
      'e4 organization Foreign Ministry kb:– | Foreign Ministry',
    ])
    assert.deepEqual(entities('The Union\'s Executive Committee met before Saturday\'s Party Conference.'), [
      'e1 organization Union kb:– | Union',
      'e2 organization Executive Committee kb:– | Executive Committee',
      'e3 organization Party Conference kb:– | Party Conference',
    ])
    assert.deepEqual(entities('Hamas\' Political Bureau denied it; the party\'s youth wing agreed.'), [
      'e1 group Hamas kb:petrarch:PSEREBHMS | Hamas',
      'e2 organization Political Bureau kb:– | Political Bureau',
    ])
  })

  test('the words of a statement or a press office before a name are not part of it', () => {
    const text = 'Media Office of the Toilers’ Party of Arcadia\n\nStatement by the Patriotic Youth Union\n\nThe Toilers’ Party of Arcadia and the Patriotic Youth Union said the vote was rigged.'
    const report = rules.analyze(text)
    assertExactSpans(report)
    assert.deepEqual(entities('', report), [
      'e1 organization Toilers’ Party of Arcadia kb:– | Toilers’ Party of Arcadia, Toilers’ Party of Arcadia',
      'e2 organization Patriotic Youth Union kb:– | Patriotic Youth Union, Patriotic Youth Union',
    ])
    assert.deepEqual(entities('A Communiqué of the Green Left Alliance was read out, and the Press Service of Hamas replied.'), [
      'e1 organization Green Left Alliance kb:– | Green Left Alliance',
      'e2 group Hamas kb:petrarch:PSEREBHMS | Hamas',
    ])
  })

  test('a statement\'s words before a name that is no organisation stay in that name', () => {
    assert.deepEqual(entities('The Press Office of the Prime Minister declined to comment.'), ['e1 organization Press Office of the Prime Minister kb:– | Press Office of the Prime Minister'])
  })

  test('a known organisation written with its head noun in lower case is that organisation', () => {
    assert.deepEqual(entities('The North Atlantic alliance said on Wednesday that the Atlantic alliance had 32 members.'), [
      'e1 organization North Atlantic Treaty Organization (North Atlantic alliance, Atlantic alliance) kb:petrarch:IGOWSTNAT | North Atlantic alliance, Atlantic alliance',
    ])
    assert.deepEqual(entities('Leaders of the Shanghai Cooperation organisation met.'), ['e1 organization Shanghai Cooperation Organisation kb:petrarch:IGOCAS | Shanghai Cooperation organisation'])
  })

  test('a lower-case head noun does not make a name of words that are no known organisation\'s, or that name it already', () => {
    assert.deepEqual(entities('The ruling party won, and the Houthi movement fired missiles.'), ['e1 group Houthis (Houthi) kb:group:houthis | Houthi'])
    assert.deepEqual(entities('A North Atlantic storm hit the Atlantic coast of Iceland.').map((e) => e.split(' | ')[0]), ['e1 location Atlantic kb:region:atlantic', 'e2 location Iceland kb:country:ISL'])
  })
})

describe('entities: places the knowledge base does not know, read from the words around them', () => {
  test('a village after "the village of" and a district before "district" are places, without the place noun', () => {
    assert.deepEqual(entities('Mortar fire hit the village of Khoshkeldi in the Gudermes district, the Chechen ministry said.'), [
      'e1 location Khoshkeldi kb:– | Khoshkeldi',
      'e2 location Gudermes kb:– | Gudermes',
      'e3 nationality Chechen kb:identity:chechen | Chechen',
    ])
  })

  test('towns captured or entered in a report of fighting are places, also where the name comes back alone', () => {
    assert.deepEqual(entities('Rebels captured Kibumba and entered Rugari, the army said. Kibumba was quiet on Monday.'), [
      'e1 location Kibumba kb:– | Kibumba, Kibumba',
      'e2 location Rugari kb:– | Rugari',
    ])
  })

  test('the same construction gives the same reading whichever side is named', () => {
    assert.deepEqual(entities('Armenian troops shelled the village of Yukhari Ayrim.'), ['e1 nationality Armenian kb:nationality:ARM | Armenian', 'e2 location Yukhari Ayrim kb:– | Yukhari Ayrim'])
    assert.deepEqual(entities('Azerbaijani troops shelled the village of Nerkin Karmiraghbyur.'), [
      'e1 nationality Azerbaijani kb:nationality:AZE | Azerbaijani',
      'e2 location Nerkin Karmiraghbyur kb:– | Nerkin Karmiraghbyur',
    ])
  })

  test('invalid: funds seized, a market left, a titled captive, compass words before "region" are no places', () => {
    assert.deepEqual(entities('Regulators seized Norland funds, and the retailer withdrew from Valtora.'), [])
    assert.deepEqual(entities('Troops captured Colonel Dragan Ilic near the bridge.'), ['e1 person Dragan Ilic kb:– | Dragan Ilic'])
    assert.deepEqual(entities('Officials of the Upper East region and the Central district met.'), [])
  })
})

describe('entities: what a mention covers', () => {
  test('"French" is a nationality linked to France', () => {
    const report = rules.analyze('French troops arrived.')
    assert.deepEqual(report.entities.map((e) => [e.type, e.kb]), [['nationality', { source: 'world-countries', id: 'nationality:FRA' }]])
  })

  test('"northern Syria" is Syria with a qualifier; the mention is "Syria"', () => {
    assert.deepEqual(entities('Fighting spread across northern Syria and Syria\'s capital.'), [
      'e1 location Syria [northern] kb:country:SYR | Syria',
      'e2 location Syria kb:country:SYR | Syria',
    ])
  })

  test('quote marks and the possessive are never part of a mention', () => {
    const report = rules.analyze('Russia’s envoy praised the “United Nations” and NATO\'s role.')
    assert.deepEqual(entities('', report), [
      'e1 location Russia kb:country:RUS | Russia',
      'e2 organization United Nations kb:petrarch:IGOUNO | United Nations',
      'e3 organization North Atlantic Treaty Organization (NATO) kb:petrarch:IGOWSTNAT | NATO',
    ])
    assertExactSpans(report)
  })

  test('ids follow the order of first mention', () => {
    const report = rules.analyze('NATO met on Monday. Turkey objected to the plan. NATO agreed to wait.')
    assert.deepEqual(report.entities.map((e) => `${e.id} ${e.mentions.map((m) => m.start).join(' ')}`), ['e1 0 49', 'e2 20'])
  })
})

test('a realistic paragraph, end to end', () => {
  const text = [
    'BEIJING — Chinese President Xi Jinping hosted leaders of the Shanghai Cooperation Organisation (SCO) on Tuesday,',
    'as Russia’s Vladimir Putin and India’s foreign minister arrived in the capital.',
    'Putin told reporters that NATO and the European Union were “to blame” for the war in eastern Ukraine,',
    'while the SCO’s Secretary-General Zhang Ming said Muslim and Kurdish groups in northern Syria needed aid.',
    'Zhang added that the African Union (AU) would join the talks in May.',
  ].join(' ')
  const report = rules.analyze(text)
  assertExactSpans(report)
  assert.deepEqual(entities('', report), [
    'e1 location Beijing kb:city:geonames:1816670 | BEIJING',
    'e2 nationality Chinese kb:nationality:CHN | Chinese',
    'e3 person Xi Jinping kb:petrarch:person/xi-jinping/CHN | Xi Jinping',
    'e4 organization Shanghai Cooperation Organisation (SCO) kb:petrarch:IGOCAS | Shanghai Cooperation Organisation, SCO, SCO',
    'e5 location Russia kb:country:RUS | Russia',
    'e6 person Vladimir Putin (Putin) kb:petrarch:person/vladimir-putin/RUS | Vladimir Putin, Putin',
    'e7 location India kb:country:IND | India',
    'e8 organization North Atlantic Treaty Organization (NATO) kb:petrarch:IGOWSTNAT | NATO',
    'e9 organization European Union kb:petrarch:IGOEUREEC | European Union',
    'e10 location Ukraine [eastern] kb:country:UKR | Ukraine',
    'e11 person Zhang Ming (Zhang) kb:– | Zhang Ming, Zhang',
    'e12 nationality Muslim kb:identity:muslim | Muslim',
    'e13 nationality Kurdish kb:identity:kurdish | Kurdish',
    'e14 location Syria [northern] kb:country:SYR | Syria',
    'e15 organization African Union (AU) kb:petrarch:IGOAFRAFU | African Union, AU',
  ])
})

describe('entities with the NER model', { skip: !hasNer && 'needs models/ner.bin (npm run train:ner)' }, () => {
  const full = createAnalyzer({ analyzers: [entitiesAnalyzer] })

  test('names the knowledge base does not know are found and typed', () => {
    const report = full.analyze('Emmanuel Macron met Olaf Scholz in Berlin on Friday.')
    assertExactSpans(report)
    assert.deepEqual(report.entities.map((e) => `${e.type} ${e.name}`), ['person Emmanuel Macron', 'person Olaf Scholz', 'location Berlin'])
  })

  test('"Press" opens a title before one, and "Officer Commanding" is an appointment, not a body', () => {
    const report = full.analyze('Pentagon Press Secretary Pat Ryder spoke. Wing Commander Sarah Bradley, Officer Commanding 140 Expeditionary Air Wing, said so.')
    assert.deepEqual(report.entities.map((e) => `${e.type} ${e.name}`), ['organization Pentagon', 'person Pat Ryder', 'person Sarah Bradley', 'organization 140 Expeditionary Air Wing'])
  })

  test('a body known by one ordinary word is not that body inside a longer name, nor a body before a street word', () => {
    const names = (text: string) => full.analyze(text).entities.map((e) => `${e.type} ${e.name} ${e.kb?.id ?? '-'}`)
    assert.ok(!names('The Harbour Coalition for Change came second.').some((n) => n.includes('au-coalition')))
    assert.ok(!names('The Peace Coalition Saxony held a rally.').some((n) => n.includes('au-coalition')))
    assert.ok(!names('Protesters gathered on SNP Square in the capital.').some((n) => n.includes('gb-snp')))
    // invalid: the word alone, and the body alone, still link
    assert.ok(names('The Coalition won the election in Canberra.').some((n) => n.includes('au-coalition')))
    assert.ok(names('The SNP won the vote.').some((n) => n.includes('gb-snp')))
  })

  test('a currency code before an amount is no name; with no amount after it, it may be', () => {
    assert.deepEqual(full.analyze('The contract is worth approximately PLN 26 billion, or EUR 6 billion.').entities.map((e) => e.name), [])
    assert.deepEqual(full.analyze('The PLN Group signed the contract on Monday.').entities.length, 1)
  })

  test('"Rear" and "Lance" open ranks after another title: "IDF Spokesperson Rear Adm. Daniel Hagari"', () => {
    const report = full.analyze('IDF Spokesperson Rear Adm. Daniel Hagari said so. Lance Cpl. Tim Ruiz died. Lance Armstrong won.')
    assert.deepEqual(report.entities.filter((e) => e.type === 'person').map((e) => e.name), ['Daniel Hagari', 'Tim Ruiz', 'Lance Armstrong'])
  })

  test('an abbreviation of lower-case words is a term, not a name, there and later', () => {
    const report = full.analyze('Iran built unmanned aerial vehicles (UAVs) for Russia. Doctors saw mild traumatic brain injury (MTBI) in 40 cases; MTBI is common.')
    assert.deepEqual(report.entities.map((e) => e.name), ['Iran', 'Russia'])
  })

  test('invalid: an acronym of a capitalised name stays the name\'s', () => {
    const report = full.analyze('The Office of Foreign Assets Control (OFAC) acted; OFAC said so.')
    assert.deepEqual(report.entities.map((e) => [e.name, e.mentions.length]), [['Office of Foreign Assets Control', 3]])
  })

  test('a one-word name with a place-name ending is a place: "RAF Coningsby in Lincolnshire"', () => {
    const report = full.analyze('The jets, based at RAF Coningsby in Lincolnshire, will fly for four months.')
    assert.equal(report.entities.find((e) => e.name === 'Lincolnshire')?.type, 'location')
  })

  test('invalid: a surname ending in "-ville" stays a person', () => {
    const report = full.analyze('Herman Melville wrote the book. Melville said it was long.')
    assert.deepEqual(report.entities.map((e) => [e.type, e.name]), [['person', 'Herman Melville']])
  })

  test('a body the document names in words of its own shows that name, not the knowledge base\'s', () => {
    const report = full.analyze('HMS Duncan of the Royal Navy sailed. The US Senate voted. NATO met.')
    assert.deepEqual(report.entities.filter((e) => e.kb).map((e) => e.name), ['Royal Navy', 'US Senate', 'North Atlantic Treaty Organization'])
  })

  test('invalid: "Press" alone is no title', () => {
    const report = full.analyze('By The Associated Press DAYTON, Ohio — police said so.')
    assert.ok(!report.entities.some((e) => e.type === 'person'), JSON.stringify(report.entities.map((e) => [e.type, e.name])))
  })

  test('a headline in title case keeps only the names its body writes too', () => {
    const text = 'Ryder Meets With Philippine Counterpart, Reaffirms Ironclad Alliance\n\nPat Ryder hosted Gilberto Teodoro at the Pentagon on Monday.'
    const headline = full.analyze(text).entities.flatMap((e) => e.mentions.filter((m) => m.start < 70).map((m) => `${e.type} ${m.text}`))
    assert.deepEqual(headline, ['person Ryder', 'nationality Philippine'])
  })

  test('invalid: a dateline in capitals, and a document that is all headline, keep their names', () => {
    assert.ok(full.analyze('GENEVA / PORT SUDAN, 16 February 2024\n\nThe United Nations launched appeals today.').entities.some((e) => e.name === 'GENEVA'))
    assert.deepEqual(full.analyze('Pat Ryder Meets Gilberto Teodoro In Manila').entities.map((e) => e.name), ['Pat Ryder', 'Gilberto Teodoro', 'Manila'])
  })

  test('sentence-initial common words stay out with the model too', () => {
    assert.deepEqual(entities('Reading the report, officials agreed. Mobile phones were banned.', full.analyze('Reading the report, officials agreed. Mobile phones were banned.')), [])
  })
})

test('any text gives valid, non-overlapping mentions in order', () => {
  const word = fc.constantFrom('Zhang', 'Ming', 'the', 'SCO', '(', ')', 'Shanghai', 'Cooperation', 'Organisation', 'US', 'us', 'May', 'northern', 'Syria', "'s", '’', '“', '”', 'President', 'Georgia', ',', '.', 'Jordan', 'said', 'NATO', 'Mr.', 'al-Qaeda', 'Gulf', 'Türkiye', '\n\n', 'É', '🙂', "People's", 'Workers’', 'Front', 'Party', 'Statement', 'of', 'Press', 'Office', 'North', 'Atlantic', 'alliance')
  fc.assert(
    fc.property(fc.array(word, { maxLength: 40 }), (words) => {
      const report = rules.analyze({ text: words.join(' '), language: 'en' })
      assertExactSpans(report)
      const spans = report.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start)
      for (let k = 1; k < spans.length; k++) assert.ok(spans[k].start >= spans[k - 1].end, 'mentions do not overlap')
      report.entities.forEach((e, k) => {
        assert.equal(e.id, `e${k + 1}`)
        if (k > 0) assert.ok(e.mentions[0].start > report.entities[k - 1].mentions[0].start)
      })
    }),
    { numRuns: 300 },
  )
})

test('a missing NER model is a setup problem that says how to fix it', () => {
  const report = createAnalyzer({ analyzers: [createEntitiesAnalyzer({ nerModel: '/nonexistent/ner.bin' })] }).analyze('NATO met.')
  assert.deepEqual(report.entities, [])
  assert.match(report.problems[0].message, /NER model is missing.*npm run train:ner/)
})
