import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { createAnalyzer } from '../../../engine/engine.ts'
import { DEFAULT_NER_MODEL } from '../../../ner/index.ts'
import entitiesAnalyzer, { createEntitiesAnalyzer } from '../entities.ts'

const rules = createAnalyzer({ analyzers: [createEntitiesAnalyzer({ nerModel: false })] })
const hasNer = existsSync(fileURLToPath(DEFAULT_NER_MODEL))

/** The mentions of a text as "type text", found with the rules alone or with the tagger too. */
const mentions = (text: string, analyzer = rules) => analyzer.analyze(text).entities.flatMap((e) => e.mentions.map((m) => `${e.type} ${m.text}`))

describe('prefixes joined to a name by a hyphen', () => {
  test('"pro-" and what it sides with stay outside the name after them', () => {
    assert.deepEqual(mentions('In Tbilisi on Monday, the pro-Western Coalition for Change called for protests.'), ['location Tbilisi', 'organization Coalition for Change'])
  })

  test('"ex-", "non-" and the like stay outside the name they are joined to', () => {
    assert.deepEqual(mentions('An ex-Acme Holdings banker joined the board on Monday.'), ['organization Acme Holdings'])
    assert.deepEqual(mentions('Talks with non-NATO states resumed on Monday.'), ['organization NATO'])
  })

  test('a name with a hyphen of its own keeps it', () => {
    assert.deepEqual(mentions('Officials met Gen. Bashir al-Hakim and the Co-Chair of the Liaison Committee.'), ['person Bashir al-Hakim', 'organization Liaison Committee'])
  })
})

describe('names inside hyphenated words', () => {
  test('a known name of several words may end inside the hyphenated word', () => {
    assert.deepEqual(mentions('A Hong Kong-based analyst said the Sri Lanka-flagged tanker had left.'), ['location Hong Kong', 'location Sri Lanka'])
  })

  test('a name inside one hyphenated word stays found; an unknown one is none', () => {
    assert.deepEqual(mentions('Kurdish-led forces and a Blue Harbour-based fund were named on Monday.'), ['nationality Kurdish'])
  })
})

describe('units and appointments', () => {
  test('"No." opens a unit\'s name after an appointment', () => {
    assert.deepEqual(mentions('Group Captain Mara Vance, Officer Commanding No. 82 Wing, said the base was ready.'), ['person Mara Vance', 'organization No. 82 Wing'])
  })
})

describe('meetings between countries', () => {
  test('the parties and the format belong to the meeting\'s name', () => {
    assert.deepEqual(mentions('Ministers met on Monday for the India–Japan 2+2 Ministerial Dialogue and the US-China Strategic Dialogue.'), ['other India–Japan 2+2 Ministerial Dialogue', 'other US-China Strategic Dialogue'])
    assert.deepEqual(mentions('Leaders gathered on Friday for the EU–Ukraine Summit.'), ['other EU–Ukraine Summit'])
  })

  test('invalid: countries joined by a dash before no meeting\'s name stay places', () => {
    assert.deepEqual(mentions('The India–Japan border talks and Russia–Ukraine fighting went on.'), ['location India', 'location Japan', 'location Russia', 'location Ukraine'])
  })
})

describe('titles of India\'s ministers', { skip: !hasNer && 'needs the NER model' }, () => {
  const full = createAnalyzer({ analyzers: [entitiesAnalyzer] })

  test('"Raksha Mantri" and "Pradhan Mantri" are titles, alone or before a name, whatever the tagger would say', () => {
    assert.deepEqual(mentions('Raksha Mantri Shri Vikram Rao reviewed the programme. The Raksha Mantri congratulated the scientists, and so did Pradhan Mantri Shri Anil Das.', full), ['person Vikram Rao', 'person Anil Das'])
  })

  test('invalid: the Rajya Sabha stays a body', () => {
    assert.deepEqual(mentions('The bill was passed by the Rajya Sabha on Monday.'), ['organization Rajya Sabha'])
  })
})

describe('laws, charters and summits', () => {
  test('a known body before a head word of laws and meetings is one named thing with it', () => {
    assert.deepEqual(mentions('The force acted under the United Nations Charter, and leaders met at the NATO Summit on Tuesday.'), ['other United Nations Charter', 'other NATO Summit'])
  })

  test('an agreement\'s name goes on with what it is about', () => {
    assert.deepEqual(mentions('Both navies cited the UN Convention on the Law of the Sea and the Joint Comprehensive Plan of Action.'), ['other UN Convention on the Law of the Sea', 'other Joint Comprehensive Plan of Action'])
  })

  test('a numbered part of a text is no name; the text it is part of is', () => {
    assert.deepEqual(mentions('Troops acted under Chapter VII of the United Nations Charter on Monday.'), ['other United Nations Charter'])
  })

  test('invalid: an amendment does not go on over "on", and a body before an ordinary word stays the body', () => {
    assert.deepEqual(mentions('The Fourth Amendment on the Supreme Court docket was argued, and the NATO summit began.'), ['other Fourth Amendment', 'organization Supreme Court', 'organization NATO'])
  })
})

describe('ranks and offices in defence releases', () => {
  test('ranks of two words are titles: "Group Captain", "Air Vice-Marshal", "Petty Officer", "Commander-in-Chief"', () => {
    assert.deepEqual(mentions('Group Captain Mara Vance and Air Vice-Marshal Simon Tremont met Petty Officer Lena Ruiz on Monday.'), ['person Mara Vance', 'person Simon Tremont', 'person Lena Ruiz'])
    assert.deepEqual(mentions('The ship was received by Vice Admiral Rajesh Pendharkar, Flag Officer Commanding-in-Chief, on Monday.'), ['person Rajesh Pendharkar'])
  })

  test('an office named with "the" opening the sentence names no one; a unit numbered with "No" is a body', () => {
    assert.deepEqual(mentions('The Chief of the Air Staff, Air Chief Marshal Sir Rich Knighton, will attend the event.'), ['person Rich Knighton'])
    assert.deepEqual(mentions('He is the Air Officer Commanding No 11 Group at the moment.'), ['organization No 11 Group'])
  })

  test('companies and commands whose first word reads as a rank or an ordinary word', () => {
    assert.deepEqual(mentions('The award went to General Dynamics Land Systems Inc. on Monday.'), ['organization General Dynamics Land Systems Inc.'])
    assert.deepEqual(mentions('Naval Sea Systems Command is the contracting activity for the award.'), ['organization Naval Sea Systems Command'])
  })

  test('invalid: a rank\'s first word alone, or an ordinary word before "of", is no title', () => {
    assert.deepEqual(mentions('The Air Force and the Group of Seven met, and Wing Walkers Ltd. gave a show.'), ['organization Air Force', 'organization Group of Seven', 'organization Wing Walkers Ltd.'])
  })
})

describe('named texts and places of the sea', () => {
  test('reviews and papers are named texts, unless they end a body\'s name', () => {
    assert.deepEqual(mentions('The Strategic Defence Review and the Defence Command Paper were published, and the Executive Office for Immigration Review agreed.'), ['other Strategic Defence Review', 'other Defence Command Paper', 'organization Executive Office for Immigration Review'])
  })

  test('a channel of the sea is a place; a news channel is a body', () => {
    assert.deepEqual(mentions('Two frigates shadowed the destroyer through the English Channel while Fox News Channel reported.'), ['location English Channel', 'organization Fox News Channel'])
  })
})

describe('ships\' hull numbers and units with a bracket in their names', () => {
  /** The entities of a text as "type: mention | mention". */
  const grouped = (text: string) => rules.analyze(text).entities.map((e) => `${e.type}: ${e.mentions.map((m) => m.text).join(' | ')}`)

  test('a hull number in brackets after a ship\'s name is another name of the ship', () => {
    assert.deepEqual(grouped('HMS Queen Elizabeth (R08) sailed with USS Ronald Reagan (CVN 76) and USS Arleigh Burke (DDG-51).'), ['other: HMS Queen Elizabeth | R08', 'other: USS Ronald Reagan | CVN 76', 'other: USS Arleigh Burke | DDG-51'])
  })

  test('invalid: words in brackets after a ship\'s name are no hull number', () => {
    assert.deepEqual(grouped('HMS Somerset (the frigate) and HMS Kent (USA built) sailed on Monday.'), ['other: HMS Somerset', 'other: HMS Kent', 'location: USA'])
  })

  test('a unit with a word in brackets between its number and its head word is one name', () => {
    assert.deepEqual(mentions('The battalion is part of the 3rd (UK) Division, beside 36 (Gurkha) Engineer Regiment.'), ['organization 3rd (UK) Division', 'organization 36 (Gurkha) Engineer Regiment'])
  })

  test('invalid: a number with a bracket before no unit\'s head word stays apart', () => {
    assert.deepEqual(mentions('Twelve (UK) officers and 40 (US) sailors attended.'), ['location UK', 'location US'])
  })
})

describe('office words before a minister in a line of the body', () => {
  test('"Defence Procurement Minister" names no one, though most of the line is capitalised', () => {
    assert.deepEqual(mentions('The deal was signed today.\n\nDefence Procurement Minister Helen Marsh said:\n\n‘This contract keeps our helicopters flying.’'), ['person Helen Marsh'])
  })

  test('invalid: a body\'s name before a title stays a name', () => {
    assert.deepEqual(mentions('The deal was signed today.\n\nDefence Committee Chair Helen Marsh said:\n\n‘This contract is welcome.’'), ['organization Defence Committee', 'person Helen Marsh'])
  })
})

describe('companies and towns the tagger reads as people', { skip: !hasNer && 'needs the NER model' }, () => {
  const full = createAnalyzer({ analyzers: [entitiesAnalyzer] })

  test('a name before a country\'s code in capitals is a company\'s national arm', () => {
    assert.deepEqual(mentions('A contract has been awarded to Leonardo UK, the ministry said.', full), ['organization Leonardo UK'])
  })

  test('a name before a country\'s name is a company\'s national arm too', () => {
    assert.deepEqual(mentions('Lockheed Martin won the bid, and Saab Australia agreed on Monday.', full), ['organization Lockheed Martin', 'organization Saab Australia'])
  })

  test('invalid: a given name before a country\'s name is a person\'s', () => {
    assert.deepEqual(mentions('Yesterday Mary Jordan agreed on the plan.', full), ['person Mary Jordan'])
  })

  test('invalid: a titled person before the code is no company', () => {
    assert.ok(!mentions('Earlier, Minister Anna Berg UK said the firm would grow.', full).some((m) => m.startsWith('organization')))
  })

  test('a word of letters and digits goes on with the company name before it', () => {
    assert.deepEqual(mentions('Defence signed a contract with Hanwha and LIG Nex1 on Monday.', full), ['organization Hanwha', 'organization LIG Nex1'])
  })

  test('a one-word name after "near" or "in" is a place, and so is each other mention of it', () => {
    assert.deepEqual(mentions('Wing Commander Priya Raman thanked residents of Katherine. Jets will fly from the base near Katherine.', full), ['person Priya Raman', 'location Katherine', 'location Katherine'])
  })

  test('invalid: a person named in full keeps the name a person\'s', () => {
    assert.deepEqual(mentions('Katherine Lowe said the plan was ready. Officials placed their trust in Katherine.', full), ['person Katherine Lowe', 'person Katherine'])
  })
})

describe('weapon systems, and the shorter forms of named things', () => {
  /** The entities of a text as "type: mention | mention". */
  const grouped = (text: string) => rules.analyze(text).entities.map((e) => `${e.type}: ${e.mentions.map((m) => m.text).join(' | ')}`)

  test('a name ending in "System" with a word of arms in it is a weapon, with its short name in brackets', () => {
    assert.deepEqual(grouped('Live-fire events will include the Navy/Marine Expeditionary Ship Interdiction System (NMESIS) and two M142 High Mobility Artillery Rocket Systems (HIMARS).'), ['other: Navy/Marine Expeditionary Ship Interdiction System | NMESIS', 'other: M142 High Mobility Artillery Rocket Systems | HIMARS'])
  })

  test('invalid: a name ending in "System" with no word of arms stays a body', () => {
    assert.deepEqual(mentions('The Federal Reserve System and General Dynamics Land Systems agreed on Monday.'), ['organization Federal Reserve System', 'organization General Dynamics Land Systems'])
  })

  test('an exercise\'s name without "Exercise" and its year, and a weapon\'s name in the plural, are the same thing', () => {
    assert.deepEqual(grouped('Forces began Exercise Kamandag Shield on Monday. Kamandag Shield runs until April 18.'), ['other: Exercise Kamandag Shield | Kamandag Shield'])
    assert.deepEqual(grouped('“Pitch Black is about trust,” he said of Exercise Pitch Black 2026.'), ['other: Pitch Black | Exercise Pitch Black 2026'])
    assert.deepEqual(grouped('The contract supports the Wildcat helicopters of the fleet. The Wildcats will fly on Monday.'), ['other: Wildcat | Wildcats'])
  })

  test('invalid: the short form going on with another capitalised word is another name', () => {
    assert.deepEqual(grouped('Forces began Exercise Pitch Black on Monday, led by the Pitch Black Squadron.'), ['other: Exercise Pitch Black', 'organization: Pitch Black Squadron'])
  })
})

describe('places named with words of titles and landforms', () => {
  test('a word of a title in a site\'s name, and a plain or plateau, are parts of places\' names', () => {
    assert.deepEqual(mentions('A restricted area is in place over Bradshaw Field Training Area, and troops moved from Salisbury Plain to the Deccan Plateau.'), ['location Bradshaw Field Training Area', 'location Salisbury Plain', 'location Deccan Plateau'])
  })

  test('invalid: a title before a site\'s name is cut off', () => {
    assert.deepEqual(mentions('Field Marshal Anna Berg opened the Salisbury Training Area.'), ['person Anna Berg', 'location Salisbury Training Area'])
  })
})

describe('the first word of a company\'s name alone', { skip: !hasNer && 'needs the NER model' }, () => {
  const full = createAnalyzer({ analyzers: [entitiesAnalyzer] })

  test('is a body where the document names the company in full first', () => {
    assert.deepEqual(mentions('Jobs at Thales UK in Belfast will grow. The missile is built by Thales in Northern Ireland.', full), ['organization Thales UK', 'location Belfast', 'organization Thales', 'location Northern Ireland'])
  })

  test('invalid: an office\'s word opening a body\'s name stays no body alone', () => {
    assert.ok(!mentions('The Environment Agency warned on Monday. Environment officials agreed.', full).includes('organization Environment'))
  })
})

describe('counties of England and the states and regions of Australia', () => {
  test('are places the knowledge base knows', () => {
    assert.deepEqual(mentions('Jobs at the site in Somerset will grow, and jets flew over the Top End of the Northern Territory.'), ['location Somerset', 'location Top End', 'location Northern Territory'])
  })

  test('invalid: a county opening a longer name is part of that name', () => {
    assert.deepEqual(mentions('The Essex Regiment paraded on Monday.'), ['organization Essex Regiment'])
  })
})

describe('British abbreviations in defence releases', () => {
  test('"HM" before a name is "His Majesty\'s", part of the name; "Op" and "Ex" open operations and exercises; "42 Commando" is a unit', () => {
    assert.deepEqual(mentions('Marines of 42 Commando deployed under Op Interflex and Ex Cold Response from HM Naval Base Clyde.'), ['organization 42 Commando', 'other Op Interflex', 'other Ex Cold Response', 'location HM Naval Base Clyde'])
  })

  test('invalid: "HM" alone stays the armed group it abbreviates, and "Op" after a capitalised word opens nothing', () => {
    assert.deepEqual(mentions('Militants of HM attacked a post, and the Photo Op Team left.').filter((m) => !m.startsWith('organization Photo')), ['group HM'])
  })
})

describe('a unit\'s short name in brackets', () => {
  const grouped = (text: string) => rules.analyze(text).entities.map((e) => `${e.type}: ${e.mentions.map((m) => m.text).join(' | ')}`)

  test('a number and a word in capitals in brackets after a unit are its short name', () => {
    assert.deepEqual(grouped('Soldiers from 2nd Battalion, The Parachute Regiment (2 PARA) left on Monday.'), ['organization: 2nd Battalion, The Parachute Regiment | 2 PARA'])
  })

  test('invalid: a count in brackets after a body is no short name', () => {
    assert.deepEqual(grouped('The Defence Committee (12 MPs) met on Monday.'), ['organization: Defence Committee'])
  })
})

describe('generic words of administrations alone', () => {
  test('"the Agency", "The Government", "Police" name nothing', () => {
    assert.deepEqual(mentions('The Environment Agency said the Agency had acted. A member said The Government must pay. Police fired tear gas.'), ['organization Environment Agency'])
  })

  test('a short name that stands for one body still refers back to it', () => {
    assert.deepEqual(mentions('The European Commission said on Monday that the Commission would act.'), ['organization European Commission', 'organization Commission'])
  })
})

describe('a regiment named alone', () => {
  test('"Rifles" after "1st Battalion, The Rifles" is the regiment', () => {
    assert.deepEqual(mentions('Soldiers of 1st Battalion, The Rifles left on Monday as a Rifles battlegroup deployed.'), ['organization 1st Battalion, The Rifles', 'organization Rifles'])
  })

  test('with no regiment named, the ordinary word is no name', () => {
    assert.deepEqual(mentions('Soldiers of 1st Battalion left on Monday as a Rifles battlegroup deployed.'), ['organization 1st Battalion'])
  })
})

describe('a name listed with a weapon', () => {
  test('"a French Rafale" beside "an Indonesian F-16" is a weapon too', () => {
    assert.deepEqual(mentions('Jets flew: an Indonesian F-16 and a French Rafale share the sky.'), ['nationality Indonesian', 'other F-16', 'nationality French', 'other Rafale'])
  })

  test('a name with no article of its own, or after a weapon used as a modifier, is not', () => {
    assert.ok(!mentions('The jets include an F-16 and Thales said so.').includes('other Thales'))
    assert.ok(!mentions('The jets carried an Indonesian F-16 pilot and a French Thales engineer.').includes('other Thales'))
  })
})

describe('a department named by its domain', () => {
  test('"Defence has signed" after "the Department of Defence" is the department', () => {
    const report = rules.analyze('The Department of Defence said on Monday. Separately, Defence has signed a contract.')
    assert.deepEqual(report.entities.map((e) => [e.name, e.mentions.map((m) => m.text)]), [['Department of Defence', ['Department of Defence', 'Defence']]])
  })

  test('not before a noun, nor when two departments share the domain', () => {
    assert.deepEqual(mentions('The Department of Defence said on Monday. Officials said Defence spending rose.'), ['organization Department of Defence'])
    assert.ok(!mentions('The Ministry of Defence and the Department of Defence met, and Defence said no.').includes('organization Defence'))
  })
})

describe('the issuer on a header line', () => {
  test('a body\'s name alone on the first line, or before its press office, is the body', () => {
    assert.deepEqual(mentions('National Neutrality Front — Press Office\n\nOfficials said on Monday that the rally was planned.'), ['organization National Neutrality Front'])
  })

  test('a headline that goes on after a body\'s name keeps the headline rule', () => {
    assert.deepEqual(mentions('Defence Ministry Signs Deal With Acme\n\nOfficials said on Monday that the deal was signed.'), [])
  })
})

describe('a unit\'s short name of a number and a word in capitals', { skip: !hasNer && 'needs the NER model' }, () => {
  const full = createAnalyzer({ analyzers: [entitiesAnalyzer] })

  test('"2 PARA will return" keeps the number', () => {
    assert.ok(mentions('Soldiers of 2 PARA will return next week.', full).includes('organization 2 PARA'))
  })

  test('a count before a known body is no part of it', () => {
    assert.deepEqual(mentions('Officials said 12 NATO jets flew.', full), ['organization NATO'])
  })
})

describe('a numbered unit and its service', () => {
  test('"42 Commando Royal Marines" and "No. 1 Squadron RAAF" are one body each', () => {
    assert.deepEqual(mentions('Marines of 42 Commando Royal Marines deployed with No. 1 Squadron RAAF.'), ['organization 42 Commando Royal Marines', 'organization No. 1 Squadron RAAF'])
  })

  test('a comma between keeps them apart', () => {
    assert.deepEqual(mentions('Troops of 42 Commando, Royal Marines and the Royal Navy met.'), ['organization 42 Commando', 'organization Royal Marines', 'organization Royal Navy'])
  })
})
